import FormModel

/// Resolves the inline markup OCR tools put inside a cell: `<p>`, `<b>`, `<br>` and other tags,
/// HTML entities, and LaTeX such as `$\geq$ 95\%`, into paragraphs of plain and bold runs.
///
/// A `<` that does not open a well-formed tag is text (`<9万元/人/年`). Tags it does not know
/// (`<span>`, `<eq>`) are removed and their content kept.
enum InlineMarkup {
    static func paragraphs(_ raw: Substring) -> [[RichText.Run]] {
        var paragraphs: [[RichText.Run]] = []
        var runs: [RichText.Run] = []
        var current = ""
        var strong = false
        let scalars = Array(raw.unicodeScalars)

        func flushRun() {
            if !current.isEmpty { runs.append(RichText.Run(current, isStrong: strong)) }
            current = ""
        }
        func flushParagraph() {
            flushRun()
            if !runs.isEmpty { paragraphs.append(runs) }
            runs = []
        }

        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "<", let tag = Tag(scalars, at: i) {
                switch tag.name {
                case "p", "div", "li", "tr": flushParagraph()
                case "br": flushParagraph()
                case "b", "strong":
                    if tag.isClosing == strong { flushRun(); strong = !tag.isClosing }
                default: break
                }
                i = tag.end
                continue
            }
            if s == "&", let (replacement, end) = entity(scalars, at: i) {
                // `+=`, not `unicodeScalars.append(contentsOf:)`, which builds a new string each
                // time: a line of a million entities took quadratic time.
                current += replacement
                i = end
                continue
            }
            current.unicodeScalars.append(s)
            i += 1
        }
        flushParagraph()
        return paragraphs.map { $0.map { RichText.Run(LaTeX.resolve($0.text), isStrong: $0.isStrong) } }
    }

    /// A well-formed tag at `start`: `<name attr…>`, `</name>` or `<name/>`.
    struct Tag {
        let name: String
        let isClosing: Bool
        let end: Int

        init?(_ s: [Unicode.Scalar], at start: Int) {
            var i = start + 1
            var closing = false
            if i < s.count, s[i] == "/" { closing = true; i += 1 }
            var name = ""
            while i < s.count, s[i].isASCII, s[i].properties.isAlphabetic || (!name.isEmpty && s[i].properties.numericType != nil) {
                name.unicodeScalars.append(s[i])
                i += 1
            }
            guard !name.isEmpty, i < s.count else { return nil }
            // After the name: `>`, `/>`, or white space then attributes up to `>` (no `<` inside).
            if s[i] == ">" {
                self.init(name: name.lowercased(), isClosing: closing, end: i + 1)
                return
            }
            if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" {
                self.init(name: name.lowercased(), isClosing: closing, end: i + 2)
                return
            }
            guard s[i].properties.isWhitespace else { return nil }
            var j = i
            while j < s.count, s[j] != ">" {
                if s[j] == "<" { return nil }
                j += 1
                if j - i > 512 { return nil }
            }
            guard j < s.count else { return nil }
            self.init(name: name.lowercased(), isClosing: closing, end: j + 1)
        }

        private init(name: String, isClosing: Bool, end: Int) {
            self.name = name
            self.isClosing = isClosing
            self.end = end
        }
    }

    private static let namedEntities: [String: String] = [
        "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": " ", "ge": "≥", "le": "≤",
        "times": "×", "divide": "÷", "plusmn": "±", "middot": "·", "mdash": "—", "ndash": "–", "hellip": "…",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "deg": "°", "permil": "‰", "yen": "¥",
    ]

    /// An entity at `start` (`&ge;`, `&#8805;`, `&#x2265;`) and the index after it.
    static func entity(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        var body = ""
        while i < s.count, s[i] != ";", body.unicodeScalars.count < 10 {
            guard s[i].isASCII, s[i].properties.isAlphabetic || s[i].properties.numericType != nil || s[i] == "#" else { return nil }
            body.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (String(scalar), i + 1)
        }
        guard let named = namedEntities[body] else { return nil }
        return (named, i + 1)
    }
}
