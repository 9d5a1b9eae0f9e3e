import FormModel

/// What a line of prose above or between the tables says: a title, a year, an approver, a
/// page number, or just text.
enum ProseLine: Equatable {
    case title(String)
    case year(Int)
    /// `批复单位：…`, `预算单位：…`: a label and its value on one line.
    case labelled(label: String, value: String)
    case pageNumber
    case text(String)

    static func classify(_ text: String) -> ProseLine {
        // Most lines are running text: answered by one pass over their bytes, without folding.
        if let shape = PlainLineShape(text), shape.isTextOrLabelled {
            guard shape.hasColon, let (label, value) = labelled(text) else { return .text(text) }
            return .labelled(label: label, value: value)
        }
        let heading = stripHeadingMarks(text)
        let (folded, plain) = foldedHeading(heading)
        if folded.isEmpty { return .text(heading) }
        // Running text (a goal paragraph, a 50 MB line) is never a title, year or page number;
        // testing it against every title phrase would cost one pass over it per phrase. (No
        // more bytes than the limit is no more scalars: the scalars are counted only past it.)
        let isShort = folded.utf8.count <= longestHeading || folded.unicodeScalars.count <= longestHeading
        if isShort, isPageNumber(folded, isPlain: plain) { return .pageNumber }
        if isShort, let year = yearLine(folded, isPlain: plain) { return .year(year) }
        if let (label, value) = labelled(heading) { return .labelled(label: label, value: value) }
        if isShort, titlePhrases.anyOccurs(in: folded, isPlain: plain) { return .title(heading) }
        return .text(heading)
    }

    /// The most characters (spaces dropped) a title, year or page-number line has; real titles
    /// have under 60.
    static let longestHeading = 200

    /// What a line can be, told by its scalars alone, for a plain line (``Swift/String/isPlainForSearch``)
    /// without heading marks: in plain text folding only makes full-width ASCII half-width and
    /// drops white space, and no scalar has another spelling, so a line without a colon is no
    /// labelled line, one without the last scalar of a title phrase no title, and one holding a
    /// scalar that no page number (or no year) is spelled with is none. Most lines are told
    /// running text by this one pass over their bytes, without folding them.
    private struct PlainLineShape {
        var hasColon = false
        var mayBeTitle = false
        var mayBePageNumber = true
        var mayBeYear = true

        /// The shape of a plain line without heading marks; `nil` for any other line.
        init?(_ text: String) {
            guard text.utf8.first != UInt8(ascii: "#"), text.isPlainForSearch else { return nil }
            let pageScalars = ProseLine.pageNumberScalars, yearScalars = ProseLine.yearScalars
            var text = text
            self = text.withUTF8 { bytes in
                var shape = PlainLineShape()
                // Page numbers and years are spelled with few scalars: the walk stops at the
                // first scalar that spells neither (on most lines, the first scalar).
                var i = 0
                while i < bytes.count, shape.mayBePageNumber || shape.mayBeYear {
                    var (scalar, width) = bytes.scalar(at: i)
                    i += width
                    if scalar >= 0xFF01 && scalar <= 0xFF5E { scalar -= 0xFEE0 }
                    // The white space of plain text: ASCII's and the ideographic space.
                    if scalar == 0x20 || (scalar >= 0x09 && scalar <= 0x0C) || scalar == 0x3000 { continue }
                    if scalar >= 0x30 && scalar <= 0x39 { continue }
                    if shape.mayBePageNumber, !pageScalars.contains(scalar) { shape.mayBePageNumber = false }
                    if shape.mayBeYear, !yearScalars.contains(scalar) { shape.mayBeYear = false }
                }
                // A colon (`:` or `：`) or a title phrase's last scalar may stand anywhere: each
                // is searched for by its bytes.
                shape.hasColon = ProseLine.colons.contains { bytes.holds($0) }
                shape.mayBeTitle = ProseLine.titlePhraseEndBytes.contains { bytes.holds($0) }
                return shape
            }
        }

        /// The shape before any scalar is read.
        private init() {}

        /// Whether the line can be nothing but running text or a labelled line.
        var isTextOrLabelled: Bool { !mayBeTitle && !mayBePageNumber && !mayBeYear }
    }

    /// The UTF-8 of the last scalar of each title phrase: a plain line without them is no title.
    /// Each is an ideograph, which folding neither makes nor changes.
    fileprivate static let titlePhraseEndBytes: [[UInt8]] = {
        let phrases = Vocabulary.titleMarkers + FormKind.titlePhrases.flatMap(\.phrases)
        let ends = Set(phrases.map { Vocabulary.foldedLabel($0).unicodeScalars.last! })
        precondition(ends.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "a title phrase ends in no ideograph")
        return ends.sorted { $0.value < $1.value }.map { Array(String($0).utf8) }
    }()

    /// The UTF-8 of the colons a labelled line is written with, `:` and `：`.
    fileprivate static let colons: [[UInt8]] = [Array(":".utf8), Array("：".utf8)]

    /// The scalars but digits and white space that page numbers are spelled with, once folded.
    fileprivate static let pageNumberScalars: [UInt32] = "-—–―,/第页共".unicodeScalars.map(\.value)
    /// The scalars but digits and white space that year lines are spelled with, once folded.
    fileprivate static let yearScalars: [UInt32] = "()年度".unicodeScalars.map(\.value)

    /// `# 标题`, `## 标题` → `标题`.
    static func stripHeadingMarks(_ text: String) -> String {
        // A text that starts with the character `#` starts with its byte: most lines are
        // answered by the byte alone.
        guard text.utf8.first == UInt8(ascii: "#"), text.hasPrefix("#") else { return text }
        return String(text.drop { $0 == "#" }.drop { $0 == " " })
    }

    /// The title markers and the form kinds' folded title phrases, searched for in every short
    /// prose line.
    private static let titlePhrases = PhraseList(Vocabulary.titleMarkers + FormKind.titlePhrases.flatMap(\.phrases))

    /// The line half-width and without white space, as characters, and whether that is plain
    /// text. In plain text (see `isPlainForSearch`) every scalar is a character of its own, so
    /// this is the label folding, done on UTF-8 without walking character boundaries; and the
    /// folding of plain text is plain (full-width ASCII becomes ASCII, never a CR).
    static func foldedHeading(_ heading: String) -> (folded: String, isPlain: Bool) {
        if heading.isPlainForSearch { return (Vocabulary.foldedLabel(heading), true) }
        let folded = Vocabulary.halfWidth(heading).filter { !$0.isWhitespace }
        return (folded, folded.isPlainForSearch)
    }

    /// `(2026年)`, `( 2025 年度 )`, `（2025年度）`, `2025年度`.
    ///
    /// Plain text is read by its bytes: every character of it is one scalar, and no two
    /// spellings of it are equivalent.
    static func yearLine(_ folded: String, isPlain: Bool) -> Int? {
        guard isPlain else { return yearLine(characters: folded) }
        var bytes = folded
        return bytes.withUTF8 { line in
            var body = line[...]
            if body.first == UInt8(ascii: "("), body.last == UInt8(ascii: ")") { body = body.dropFirst().dropLast() }
            // Four ASCII digits, then 年 (E5 B9 B4) and perhaps 度 (E5 BA A6).
            guard body.count == 7 || body.count == 10,
                  body.prefix(4).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  body.dropFirst(4).elementsEqual(body.count == 7 ? yearWord.prefix(3) : yearWord[...])
            else { return nil }
            return body.prefix(4).reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
    }

    /// The bytes of `年度`.
    private static let yearWord = Array("年度".utf8)

    /// ``yearLine(_:isPlain:)`` read character by character, for text that is not plain.
    private static func yearLine(characters folded: String) -> Int? {
        var body = Substring(folded)
        if body.first == "(" && body.last == ")" { body = body.dropFirst().dropLast() }
        guard body.hasSuffix("年") || body.hasSuffix("年度") else { return nil }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        let rest = body.dropFirst(digits.count)
        guard digits.count == 4, rest == "年" || rest == "年度" else { return nil }
        return Int(digits)
    }

    /// The year a title mentions (`2025年度…申报表`), if any.
    static func year(inTitle title: String) -> Int? {
        let scalars = Array(Vocabulary.halfWidth(title).unicodeScalars)
        var i = 0
        while i + 4 < scalars.count {
            let window = scalars[i..<i + 4]
            if window.allSatisfy({ $0.isASCII && $0.properties.numericType != nil }), scalars[i + 4] == "年",
               i == 0 || !(scalars[i - 1].isASCII && scalars[i - 1].properties.numericType != nil) {
                return Int(String(scalars: window))
            }
            i += 1
        }
        return nil
    }

    /// `批复单位：东莞市财政局清溪分局` → (批复单位, 东莞市财政局清溪分局), for the labels the vocabulary knows.
    static func labelled(_ text: String) -> (String, String)? {
        // The colon found by its bytes (`:` or `：`, EF BC 9A) rather than character by character:
        // most lines are running text with no colon, or a long way to it.
        var line = text
        guard let offset = line.withUTF8({ bytes in
            bytes.indices.first { i in
                bytes[i] == UInt8(ascii: ":") || (bytes[i] == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x9A)
            }
        }) else { return nil }
        let colon = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let written = String(text[..<colon])
        // A plain label is asked as written: its key drops the same white space (in plain text
        // each scalar is a character), and most are running text, ruled out without a copy.
        let isPlain = written.isPlainForSearch
        if isPlain, !Vocabulary.label(written, isIn: Vocabulary.organizationLineAnyLabels) { return nil }
        // Plain text with no ASCII space and no E3 lead byte (the ideographic space's) has no white space.
        let hasNoSpace = isPlain && !written.utf8.contains { $0.isASCIIWhitespace || $0 == 0xE3 }
        let label = hasNoSpace ? written : written.filter { !$0.isWhitespace }
        guard isPlain || Vocabulary.label(label, isIn: Vocabulary.organizationLineAnyLabels) else { return nil }
        return (label, text[valueStart(after: colon, in: text)...].trimmingSpaces())
    }

    /// Where the value of a labelled line starts: after the colon's character. The byte after
    /// the colon's scalar starts the next character when it is ASCII or a CJK ideograph (lead
    /// byte E4–E9), which join nothing before them; otherwise the characters are walked.
    private static func valueStart(after colon: String.Index, in text: String) -> String.Index {
        let utf8 = text.utf8
        let width = utf8[colon] == UInt8(ascii: ":") ? 1 : 3
        let next = utf8.index(colon, offsetBy: width)
        guard next < utf8.endIndex else { return next }
        let lead = utf8[next]
        return lead < 0x80 || (lead >= 0xE4 && lead <= 0xE9) ? next : text.index(after: colon)
    }

    /// `- 2 -`, `— 3 —`, `第 2 页 共 5 页`, `第2页`, `2/5`.
    private static let dashes: Set<Character> = ["-", "—", "–", "－", "―"]

    /// Plain text is read by its bytes, as ``yearLine(_:isPlain:)`` is.
    static func isPageNumber(_ folded: String, isPlain: Bool) -> Bool {
        // Every page-number spelling below holds an ASCII digit: most lines are answered here.
        // And every one is short (`第12页共345页` is 17 bytes): values and sentences are answered here.
        guard folded.utf8.count <= 48,
              folded.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        guard isPlain else { return isPageNumber(characters: folded) }
        var text = folded
        return text.withUTF8 { PlainPageNumber(line: $0).isPageNumber }
    }

    /// ``isPageNumber(_:isPlain:)`` read character by character, for text that is not plain.
    private static func isPageNumber(characters folded: String) -> Bool {
        let core = folded.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }.reversed()
        let coreText = String(core)
        if coreText.count < folded.count, !coreText.isEmpty, coreText.count <= 4, coreText.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return true
        }
        if folded.hasPrefix("第"), folded.contains("页") {
            let allowed = Set("第页共,/")
            return folded.allSatisfy { ($0.isASCII && $0.isNumber) || allowed.contains($0) } && folded.contains { $0.isNumber }
        }
        let parts = folded.split(separator: "/")
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            return true
        }
        return false
    }
}

/// The page-number spellings of ``ProseLine/isPageNumber(_:isPlain:)`` read on the UTF-8 bytes
/// of a plain, folded line (one that holds an ASCII digit): in plain text each scalar is a
/// character, so a dash, digit, `/` or `第` character is exactly its scalar's bytes.
private struct PlainPageNumber {
    let line: UnsafeBufferPointer<UInt8>

    var isPageNumber: Bool {
        if isDashedNumber { return true }
        if line.starts(with: Self.ordinal), line.holds(Self.page) { return isCountedPage }
        return isFraction
    }

    /// `- 2 -`, `—3—`: one to four digits with dashes dropped from either end (at least one).
    private var isDashedNumber: Bool {
        var start = 0, end = line.count
        while start < end, let width = dashWidth(at: start, end: end) { start += width }
        while end > start, let width = dashWidth(endingAt: end, start: start) { end -= width }
        let core = line[start..<end]
        return core.count < line.count && !core.isEmpty && core.count <= 4 && core.allSatisfy(Self.isDigit)
    }

    /// `第2页共5页`: every character an ASCII digit or one of 第 页 共 , / (and one digit there
    /// is, as the caller found).
    private var isCountedPage: Bool {
        var i = 0
        while i < line.count {
            let byte = line[i]
            if Self.isDigit(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") { i += 1; continue }
            let scalar = line[i..<min(i + 3, line.count)]
            guard Self.counting.contains(where: { scalar.elementsEqual($0) }) else { return false }
            i += 3
        }
        return true
    }

    /// `2/5`: the line split at `/` (empty parts dropped, as `split` drops them) is two runs
    /// of one to three digits.
    private var isFraction: Bool {
        var parts = 0, run = 0
        for byte in line {
            if byte == UInt8(ascii: "/") {
                if run > 0 { parts += 1 }
                run = 0
            } else {
                guard Self.isDigit(byte), run < 3 else { return false }
                run += 1
            }
        }
        if run > 0 { parts += 1 }
        return parts == 2
    }

    /// The byte width of a dash starting at `i` (before `end`), or `nil`.
    private func dashWidth(at i: Int, end: Int) -> Int? {
        if line[i] == UInt8(ascii: "-") { return 1 }
        return i + 3 <= end && isWideDash(at: i) ? 3 : nil
    }

    /// The byte width of a dash ending at `end` (after `start`), or `nil`.
    private func dashWidth(endingAt end: Int, start: Int) -> Int? {
        if line[end - 1] == UInt8(ascii: "-") { return 1 }
        return end - 3 >= start && isWideDash(at: end - 3) ? 3 : nil
    }

    private func isWideDash(at i: Int) -> Bool {
        let scalar = line[i..<i + 3]
        return Self.wideDashes.contains { scalar.elementsEqual($0) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `—` `–` `―` `－`, the dashes of three bytes.
    private static let wideDashes = ["—", "–", "―", "－"].map { Array($0.utf8) }
    /// `第` and `页`.
    private static let ordinal = Array("第".utf8), page = Array("页".utf8)
    private static let counting = ["第", "页", "共"].map { Array($0.utf8) }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Vocabulary.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !Vocabulary.isWhitespace($0) }) else { return "" }
        // Copied as one run of UTF-8 between the two scalars, not rebuilt a scalar at a time
        // (and not sliced by characters, which would round to a character boundary).
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}
