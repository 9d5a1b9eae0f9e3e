import FormModel

/// Resolves the inline markup OCR tools put inside a cell: `<p>`, `<b>`, `<br>` and other tags,
/// HTML entities, and LaTeX such as `$\geq$ 95\%`, into paragraphs of plain and bold runs.
///
/// A `<` that does not open a well-formed tag is text (`<9万元/人/年`). Tags it does not know
/// (`<span>`, `<eq>`) are removed and their content kept.
enum InlineMarkup {
    /// Whether the bytes hold a tag or an entity, the markup that makes paragraphs, bold runs
    /// or new characters. Without any, the text is one plain paragraph (with its LaTeX).
    static func holdsMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var starts = MarkupStarts(bytes), i = 0
        while let at = starts.next(from: i) {
            if bytes[at] == UInt8(ascii: "<") ? Tag(bytes, at: at) != nil : entity(bytes, at: at) != nil { return true }
            i = at + 1
        }
        return false
    }

    /// The bytes where markup may start, `<` and `&`, found in order by `memchr`: the text
    /// between them is most of a cell, and a loop over every byte cost several instructions a
    /// byte of every long paragraph. The next of each byte is kept until passed, so a text full
    /// of them is still searched once.
    private struct MarkupStarts {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var nextTagStart: Int?
        private var nextEntityStart: Int?

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            nextTagStart = bytes.firstOffset(of: UInt8(ascii: "<"))
            nextEntityStart = bytes.firstOffset(of: UInt8(ascii: "&"))
        }

        /// The offset of the first `<` or `&` at or after `offset`, if any.
        mutating func next(from offset: Int) -> Int? {
            if let at = nextTagStart, at < offset { nextTagStart = bytes.firstOffset(of: UInt8(ascii: "<"), from: offset) }
            if let at = nextEntityStart, at < offset { nextEntityStart = bytes.firstOffset(of: UInt8(ascii: "&"), from: offset) }
            switch (nextTagStart, nextEntityStart) {
            case let (tag?, entity?): return min(tag, entity)
            case let (tag, entity): return tag ?? entity
            }
        }
    }

    /// The paragraphs of a cell's UTF-8 bytes, each a list of runs.
    ///
    /// Works on the UTF-8 bytes: markup starts only at the ASCII bytes `<` and `&`, so the text
    /// between them is copied a stretch at a time, never a scalar at a time.
    static func paragraphs(bytes: UnsafeBufferPointer<UInt8>) -> [[RichText.Run]] {
        var paragraphs: [[RichText.Run]] = []
        var runs: [RichText.Run] = []
        var current = ""
        var strong = false
        var textStart = 0

        func takeText(upTo end: Int) {
            // `+=`, not a new string each time: a line of a million entities took quadratic time.
            if end > textStart { current += String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart..<end]), as: UTF8.self) }
        }
        func flushRun() {
            if !current.isEmpty { runs.append(RichText.Run(current, isStrong: strong)) }
            current = ""
        }
        func flushParagraph() {
            flushRun()
            if !runs.isEmpty { paragraphs.append(runs) }
            runs = []
        }

        var starts = MarkupStarts(bytes), i = 0
        while let at = starts.next(from: i) {
            i = at
            let byte = bytes[i]
            if byte == UInt8(ascii: "<"), let tag = Tag(bytes, at: i) {
                takeText(upTo: i)
                switch tag.name {
                case "p", "div", "li", "tr": flushParagraph()
                case "br": flushParagraph()
                case "b", "strong":
                    if tag.isClosing == strong { flushRun(); strong = !tag.isClosing }
                default: break
                }
                i = tag.end
                textStart = i
                continue
            }
            if byte == UInt8(ascii: "&"), let (replacement, end) = entity(bytes, at: i) {
                takeText(upTo: i)
                current += replacement
                i = end
                textStart = i
                continue
            }
            i += 1
        }
        takeText(upTo: bytes.count)
        flushParagraph()
        return paragraphs.map { $0.map { RichText.Run(LaTeX.resolve($0.text), isStrong: $0.isStrong) } }
    }

    /// A well-formed tag at `start`: `<name attr…>`, `</name>` or `<name/>`.
    struct Tag {
        let name: String
        let isClosing: Bool
        /// The byte offset after the tag.
        let end: Int

        init?(_ s: UnsafeBufferPointer<UInt8>, at start: Int) {
            var i = start + 1
            var closing = false
            if i < s.count, s[i] == UInt8(ascii: "/") { closing = true; i += 1 }
            let nameStart = i
            while i < s.count, isASCIILetter(s[i]) || (i > nameStart && isASCIIDigit(s[i])) { i += 1 }
            guard i > nameStart, i < s.count else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: s[nameStart..<i]), as: UTF8.self).lowercased()
            // After the name: `>`, `/>`, or white space then attributes up to `>` (no `<` inside).
            if s[i] == UInt8(ascii: ">") {
                self.init(name: name, isClosing: closing, end: i + 1)
                return
            }
            if s[i] == UInt8(ascii: "/"), i + 1 < s.count, s[i + 1] == UInt8(ascii: ">") {
                self.init(name: name, isClosing: closing, end: i + 2)
                return
            }
            guard Vocabulary.isWhitespace(Unicode.Scalar(s.scalar(at: i).value)!) else { return nil }
            // Up to 512 scalars of attributes.
            var j = i, scalars = 0
            while j < s.count, s[j] != UInt8(ascii: ">") {
                if s[j] == UInt8(ascii: "<") { return nil }
                j += s.scalar(at: j).width
                scalars += 1
                if scalars > 512 { return nil }
            }
            guard j < s.count else { return nil }
            self.init(name: name, isClosing: closing, end: j + 1)
        }

        private init(name: String, isClosing: Bool, end: Int) {
            self.name = name
            self.isClosing = isClosing
            self.end = end
        }
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    private static func isASCIIDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private static let namedEntities: [String: String] = [
        "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": " ", "ge": "≥", "le": "≤",
        "times": "×", "divide": "÷", "plusmn": "±", "middot": "·", "mdash": "—", "ndash": "–", "hellip": "…",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "deg": "°", "permil": "‰", "yen": "¥",
    ]

    /// An entity at `start` (`&ge;`, `&#8805;`, `&#x2265;`) and the byte offset after it.
    static func entity(_ s: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
        var i = start + 1
        while i < s.count, s[i] != UInt8(ascii: ";"), i - start - 1 < 10 {
            guard isASCIILetter(s[i]) || isASCIIDigit(s[i]) || s[i] == UInt8(ascii: "#") else { return nil }
            i += 1
        }
        guard i < s.count, s[i] == UInt8(ascii: ";"), i > start + 1 else { return nil }
        let body = String(decoding: UnsafeBufferPointer(rebasing: s[(start + 1)..<i]), as: UTF8.self)
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
