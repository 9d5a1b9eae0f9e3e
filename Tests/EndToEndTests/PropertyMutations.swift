import Foundation

/// Damaged copies of an example, the way OCR and copying damage files: lines split, tabs dropped
/// or doubled, markup scattered in, a different encoding. Each copy comes from a seeded generator,
/// so the same seed always gives the same copies and a failure names a reproducible case.
struct PropertyMutations {
    /// One damaged copy: what was done to it (for the failure message) and its bytes.
    struct Mutation {
        let name: String
        let bytes: [UInt8]
        /// Whether every word of the original is still whole and still text: no piece deleted or
        /// repeated across a cell boundary, nothing that turns text into a comment or a script.
        let keepsText: Bool
    }

    /// Markup whose content is not text (a comment, a script), or that hides what follows.
    static let hidingMarkup: Set<String> = [
        "<script>alert(1)</script>", "<style>body{background:url(javascript:alert(1))}</style>", "<iframe src=\"x\"></iframe>",
        "<!--", "-->", "<![CDATA[", "<?xml", "]]>",
    ]

    /// Markup OCR tools put inside cells, active content no output may ever carry, and formula
    /// triggers. None brings letters of its own (except scripts), so that a word it lands next to
    /// is still the input's word.
    static let markup = [
        "<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<strong>", "</span>", "<td>", "</td><td>", "<tr>",
        "&amp;", "&ge;", "&#8805;", "&#x4E2D;", "&nbsp;", "&", "<", ">", "$\\geq$", "\\%", "$", "{", "}", "\\text{",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "</a>",
        "<style>body{background:url(javascript:alert(1))}</style>", "<iframe src=\"x\"></iframe>",
        "]]>", "<!--", "-->", "<![CDATA[", "<?xml", "\u{0}", "\u{1}", "\u{FFFE}", "\u{FEFF}", "\u{200B}",
        "=@", "+", "-", "\"", ",", "\r", "|", "| --- |", "　",
    ]

    let text: String
    var generator: SeededGenerator

    init(of text: String, seed: UInt64) {
        self.text = text
        generator = SeededGenerator(seed: seed)
    }

    /// `count` damaged copies; each applies one to four damages at random places.
    mutating func generate(_ count: Int) -> [Mutation] {
        (0..<count).map { index in
            var scalars = Array(text.unicodeScalars)
            var steps: [String] = []
            var keepsText = true
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let (step, keeps) = damage(&scalars)
                steps.append(step)
                keepsText = keepsText && keeps
            }
            let (encoded, encoding) = encode(String(String.UnicodeScalarView(scalars)), index: index)
            return Mutation(name: "#\(index) \(steps.joined(separator: ", ")), \(encoding)", bytes: encoded, keepsText: keepsText)
        }
    }

    private mutating func damage(_ scalars: inout [Unicode.Scalar]) -> (String, Bool) {
        let at = outsideTag(scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &generator), in: scalars)
        switch Int.random(in: 0..<7, using: &generator) {
        case 0:
            scalars.insert("\n", at: at)
            return ("split line at \(at)", true)
        case 1:
            guard let tab = nearest("\t", from: at, in: scalars) else { return ("no tab to drop", true) }
            scalars.remove(at: tab)
            return ("dropped tab at \(tab)", true)
        case 2:
            guard let tab = nearest("\t", from: at, in: scalars) else { return ("no tab to double", true) }
            scalars.insert("\t", at: tab)
            return ("doubled tab at \(tab)", true)
        case 3:
            let piece = Self.markup.randomElement(using: &generator)!
            scalars.insert(contentsOf: piece.unicodeScalars, at: at)
            return ("inserted \(piece.debugDescription) at \(at)", !Self.hidingMarkup.contains(piece))
        case 4:
            let count = min(Int.random(in: 1...40, using: &generator), scalars.count - at)
            scalars.removeSubrange(at..<at + count)
            return ("deleted \(count) at \(at)", false)
        case 5:
            var index = 0
            scalars = scalars.filter { s in
                defer { index += 1 }
                return !(s == "\n" && index > 0 && scalars[index - 1] == "\r")
            }.map { $0 == "\n" ? "\r" : $0 }
            return ("CR line ends", true)
        default:
            let count = min(Int.random(in: 1...200, using: &generator), scalars.count - at)
            let piece = scalars[at..<at + count]
            scalars.insert(contentsOf: piece, at: at)
            return ("repeated \(count) at \(at)", false)
        }
    }

    /// A position not inside an HTML tag (`<td colspan="2">`): damage there would turn the tag's
    /// own text into cell text, which is not what OCR does.
    /// Nor inside an ASCII word (`\\geq`, `&ge;`, `95%`): OCR does not cut those either.
    private func outsideTag(_ at: Int, in scalars: [Unicode.Scalar]) -> Int {
        var at = at
        let before = scalars[..<at]
        if let open = before.lastIndex(of: "<"), !(before[open...].contains(">")),
           let close = scalars[open...].prefix(300).firstIndex(of: ">") {
            at = close + 1
        }
        func isWordPart(_ s: Unicode.Scalar) -> Bool { s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil || "\\&#;$%".unicodeScalars.contains(s)) }
        while at > 0, at < scalars.count, isWordPart(scalars[at - 1]), isWordPart(scalars[at]) { at += 1 }
        return at
    }

    private func nearest(_ target: Unicode.Scalar, from start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        scalars[start...].firstIndex(of: target) ?? scalars[..<start].lastIndex(of: target)
    }

    /// The text in one of the encodings OCR exports come in, in turn.
    private func encode(_ text: String, index: Int) -> ([UInt8], String) {
        switch index % 6 {
        case 1: return ([0xEF, 0xBB, 0xBF] + Array(text.utf8), "UTF-8 with BOM")
        case 2: return ([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16LE")
        case 3: return ([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "UTF-16BE")
        case 4:
            if let data = text.data(using: String.Encoding(rawValue: 0x8000_0632)) { return (Array(data), "GB18030") }
            return (Array(text.utf8), "UTF-8 (GB18030 cannot hold it)")
        default: return (Array(text.utf8), "UTF-8")
        }
    }
}
