import Foundation
import FormModel

/// Turns the raw text of one cell into clean text: markup resolved, comparison spellings made
/// `≥`/`≤`, and spaces removed where OCR put them inside Chinese text or next to it.
///
/// Spaces between two Latin words or numbers stay (one space). Nothing else is changed here:
/// width folding of values and label repairs belong to the readers that know what a cell is.
enum CellCleaner {
    struct Cleaned {
        let text: String
        /// The paragraphs and bold runs, or `nil` when the text is one plain paragraph.
        let markup: RichText?
        let joinedWord: Bool
    }

    /// The cleaned text of a cell given as a substring (a markdown or HTML table's cell).
    static func clean(_ raw: Substring) -> Cleaned {
        var raw = raw
        return raw.withUTF8(clean)
    }

    /// The cleaned text of a cell's UTF-8 bytes (valid UTF-8: a slice of a `String`'s).
    static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> Cleaned {
        clean(bytes) { String(decoding: $0, as: UTF8.self) }
    }

    /// The cleaned text of a cell's bytes, a piece of `source`'s: its strings are copied out
    /// of the source text, without validating the bytes again.
    static func clean(_ bytes: UnsafeBufferPointer<UInt8>, in source: TextBytes) -> Cleaned {
        clean(bytes) { source.string(of: $0) }
    }

    /// The cleaned text of a cell's bytes, whose pieces `string` makes strings of.
    ///
    /// Nearly every cell is plain (``isPlainSimple(bytes:)``) and becomes its string straight
    /// from its bytes. Most of the rest hold no tag or entity, only spaces to tidy or LaTeX: one
    /// run, cleaned without the lists of paragraphs and runs.
    private static func clean(_ bytes: UnsafeBufferPointer<UInt8>, string: (UnsafeBufferPointer<UInt8>) -> String) -> Cleaned {
        if bytes.isEmpty { return Cleaned(text: "", markup: nil, joinedWord: false) }
        if isPlainSimple(bytes: bytes) { return Cleaned(text: string(bytes), markup: nil, joinedWord: false) }
        guard InlineMarkup.holdsMarkup(bytes) else {
            // One paragraph of one plain run, as `InlineMarkup.paragraphs` would give; its
            // cleaned text has no newline (a newline is a space to tidy), so it is its own
            // rich text (`RichText(plain:)`) and no markup is kept.
            let (runs, joined) = tidy([RichText.Run(LaTeX.resolve(string(bytes)))])
            return Cleaned(text: runs.first?.text ?? "", markup: nil, joinedWord: joined)
        }
        var joined = false
        let paragraphs = InlineMarkup.paragraphs(bytes: bytes).map { runs in
            let (cleaned, didJoin) = tidy(runs)
            joined = joined || didJoin
            return cleaned
        }
        let rich = RichText(paragraphs: paragraphs)
        return Cleaned(text: rich.plainText, markup: rich, joinedWord: joined)
    }

    /// Text with no markup, no spaces and no comparison spellings to fix: the common case.
    /// Answered on the UTF-8 bytes, since it is asked of every cell: an ideograph's lead byte
    /// alone tells that it needs nothing.
    private static func isPlainSimple(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                // Spaces and controls, markup, entities, LaTeX and comparison spellings.
                switch b {
                case 0..<0x21, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "$"),
                     UInt8(ascii: "\\"), UInt8(ascii: "="), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    return false
                default:
                    i += 1
                    continue
                }
            }
            // U+4000–U+9FFF: ideographs.
            if b >= 0xE4 && b <= 0xE9 { i += 3; continue }
            // Chinese punctuation, the rest of a long paragraph, told by its bytes too: U+3001–U+303F
            // (E3 80 81–BF) and U+FF00–U+FF3F (EF BC 80–BF) but ＜ and ＞.
            if i + 2 < bytes.count {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if (b == 0xE3 && b1 == 0x80 && b2 != 0x80) || (b == 0xEF && b1 == 0xBC && b2 != 0x9C && b2 != 0x9E) {
                    i += 3
                    continue
                }
            }
            let (scalar, width) = bytes.scalar(at: i)
            // Controls U+0080–U+009F (U+0085 among them) and the no-break space; `tidy` drops or
            // folds them, as it does the other spaces, the noncharacters and ≧ ≦ ＞ ＜.
            if scalar <= 0xA0 || isSpace(Unicode.Scalar(scalar)!) { return false }
            switch scalar {
            case 0x2266, 0x2267, 0xFF1C, 0xFF1E, 0xFFFE, 0xFFFF: return false
            default: i += width
            }
        }
        return true
    }

    /// Cleans the runs of one paragraph as one stream, so that a space at a run boundary is
    /// judged by the characters on both sides of it.
    private static func tidy(_ runs: [RichText.Run]) -> ([RichText.Run], Bool) {
        var stream = TidyStream(runs: runs)
        for (index, run) in runs.enumerated() {
            stream.take(normalizedComparisons(run.text), run: index)
        }
        return stream.finish()
    }

    /// The scalars of a paragraph's runs, taken one by one: a run of spaces is held until the
    /// scalar after it shows whether one space stays (between Latin words or numbers) or none
    /// (next to Chinese text, after a comparison sign before a digit, before `%`); controls are
    /// dropped. The kept text is gathered as UTF-8, copied a stretch of kept bytes at a time,
    /// and made a string once a run: appending to a string a scalar at a time cost hundreds of
    /// instructions a scalar.
    private struct TidyStream {
        let runs: [RichText.Run]
        private(set) var result: [RichText.Run] = []
        /// Whether spaces between two Chinese characters were dropped (`产出指 标`).
        private var joined = false
        /// The last scalar kept that is no space.
        private var before: Unicode.Scalar?
        /// The run of the first space of the spaces held, if any are.
        private var heldSpace: Int?
        private var text: [UInt8] = []
        private var textRun = 0
        /// The last run's text as taken, with its run: when the bytes gathered for that run are
        /// all of its bytes, unchanged (most runs of long text), the run keeps this string
        /// rather than a new one made from the bytes and validated again.
        private var taken: (text: String, run: Int)?

        init(runs: [RichText.Run]) { self.runs = runs }

        /// Takes the scalars of one run's text.
        mutating func take(_ text: String, run: Int) {
            var bytes = text
            bytes.withUTF8 { take($0, run: run) }
            taken = (text, run)
        }

        /// Takes the scalars of one run's UTF-8 bytes.
        private mutating func take(_ bytes: UnsafeBufferPointer<UInt8>, run: Int) {
            // The bytes from `kept` up to `i` are kept as they are, not yet copied.
            var kept = 0, i = 0
            // Where the last scalar kept by the loop's first branch starts: decoded into `before`
            // only when the next scalar needs it, not for every scalar of a long paragraph.
            var lastPlain: Int?
            while i < bytes.count {
                let lead = bytes[i]
                if heldSpace == nil, (lead > 0x20 && lead < 0x7F) || (lead >= 0xE4 && lead <= 0xE9) {
                    // Printable ASCII and U+4000–U+9FFF, no control or space: kept, with no
                    // spaces held before them to judge.
                    lastPlain = i
                    i += lead < 0x80 ? 1 : 3
                    continue
                }
                if let last = lastPlain {
                    before = Unicode.Scalar(bytes.scalar(at: last).value)
                    lastPlain = nil
                }
                let (value, width) = bytes.scalar(at: i)
                let s = Unicode.Scalar(value)!
                let isDropped = isControl(s)
                if isDropped || isSpace(s) {
                    keep(UnsafeBufferPointer(rebasing: bytes[kept..<i]), run: run)
                    if !isDropped, heldSpace == nil { heldSpace = run }
                    i += width
                    kept = i
                    continue
                }
                if let spaceRun = heldSpace, let before {
                    if isHan(before) && isHan(s) { joined = true }
                    if !(isWide(before) || isWide(s) || (isOperator(before) && isDigit(s)) || (isDigit(before) && s == "%")) {
                        switchRun(to: spaceRun)
                        text.append(UInt8(ascii: " "))
                    }
                }
                heldSpace = nil
                before = s
                i += width
            }
            if let last = lastPlain { before = Unicode.Scalar(bytes.scalar(at: last).value) }
            keep(UnsafeBufferPointer(rebasing: bytes[kept...]), run: run)
        }

        /// Kept bytes of a run.
        private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>, run: Int) {
            guard !bytes.isEmpty else { return }
            switchRun(to: run)
            text.append(contentsOf: bytes)
        }

        /// Makes the text gathered so far a run of its own when the next bytes are another run's.
        private mutating func switchRun(to run: Int) {
            if run != textRun {
                flush()
                textRun = run
            }
        }

        private mutating func flush() {
            if !text.isEmpty { result.append(RichText.Run(gatheredText(), isStrong: runs[textRun].isStrong)) }
            text.removeAll(keepingCapacity: true)
        }

        /// The text gathered for the current run: the run's text as taken when the bytes are
        /// that text's, else a string of the bytes.
        private func gatheredText() -> String {
            if let taken, taken.run == textRun, text.count == taken.text.utf8.count {
                let same = text.withUnsafeBufferPointer { bytes in
                    var taken = taken.text
                    return taken.withUTF8 { $0.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0 }
                }
                if same { return taken.text }
            }
            return String(decoding: text, as: UTF8.self)
        }

        /// The cleaned runs (spaces at the end dropped) and whether words were joined.
        mutating func finish() -> ([RichText.Run], Bool) {
            flush()
            return (result, joined)
        }
    }

    /// `≧ ≦ >= <= => =< ＞＝ ＜＝` → `≥`/`≤`.
    static func normalizedComparisons(_ text: String) -> String {
        guard holdsComparisonSpelling(text) else { return text }
        var out = text.replacingAll("≧", "≥").replacingAll("≦", "≤")
        for (spelling, symbol) in [("＞＝", "≥"), ("＜＝", "≤"), (">=", "≥"), ("<=", "≤"), ("=>", "≥"), ("=<", "≤")] {
            out = out.replacingAll(spelling, symbol)
        }
        return out
    }

    /// Whether the text holds a character ``normalizedComparisons(_:)`` rewrites: `=`, or
    /// `≦` `≧` `＜` `＞` (E2 89 A6, E2 89 A7, EF BC 9C, EF BC 9E), found by their bytes.
    private static func holdsComparisonSpelling(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                switch bytes[i] {
                // U+4000–U+9FFF, ideographs: most of a long text, stepped over a scalar at a time.
                case 0xE4...0xE9: i += 3
                case UInt8(ascii: "="): return true
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x89 && (bytes[i + 2] == 0xA6 || bytes[i + 2] == 0xA7):
                    return true
                case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9E):
                    return true
                default: i += 1
                }
            }
            return false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { Vocabulary.isWhitespace(s) || s.value == 0xA0 || s.value == 0x3000 }
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n") || (s.value >= 0x7F && s.value < 0xA0) || s.value == 0xFFFE || s.value == 0xFFFF
    }
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }
    /// Chinese characters, CJK punctuation, full-width forms and curly quotes.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0xFF00...0xFFEF, 0x201C, 0x201D, 0x2018, 0x2019: return true
        default: return isHan(s)
        }
    }
    static func isOperator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "≥", "≤", "<", ">", "=", "≠", "≈", "±", "~": return true
        default: return false
        }
    }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}

extension String {
    /// Every occurrence of `target` replaced, matched by UTF-8 bytes in one pass
    /// (``Swift/UnsafeBufferPointer/firstOffset(of:from:)``). Foundation's `range(of:)`, searched
    /// again for each occurrence, took time in proportion to the rest of the text each time:
    /// quadratic in a cell of a thousand `>=`.
    func replacingAll(_ target: String, _ replacement: String) -> String {
        let needle = Array(target.utf8)
        guard !needle.isEmpty else { return self }
        var text = self
        return text.withUTF8 { bytes in
            needle.withUnsafeBufferPointer { word in
                guard var match = bytes.firstOffset(of: word) else { return self }
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + 16)
                var start = 0
                while true {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<match]))
                    out.append(contentsOf: replacement.utf8)
                    start = match + word.count
                    guard let next = bytes.firstOffset(of: word, from: start) else { break }
                    match = next
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
