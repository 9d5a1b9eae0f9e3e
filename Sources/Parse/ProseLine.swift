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
        let heading = stripHeadingMarks(text)
        let folded = foldedHeading(heading)
        if folded.isEmpty { return .text(heading) }
        // Running text (a goal paragraph, a 50 MB line) is never a title, year or page number;
        // testing it against every title phrase would cost one pass over it per phrase.
        let isShort = folded.unicodeScalars.count <= longestHeading
        if isShort, isPageNumber(folded) { return .pageNumber }
        if isShort, let year = yearLine(folded) { return .year(year) }
        if let (label, value) = labelled(heading) { return .labelled(label: label, value: value) }
        if isShort, isTitle(folded) { return .title(heading) }
        return .text(heading)
    }

    /// The most characters (spaces dropped) a title, year or page-number line has; real titles
    /// have under 60.
    static let longestHeading = 200

    /// `# 标题`, `## 标题` → `标题`.
    static func stripHeadingMarks(_ text: String) -> String {
        guard text.hasPrefix("#") else { return text }
        return String(text.drop { $0 == "#" }.drop { $0 == " " })
    }

    static func isTitle(_ folded: String) -> Bool {
        let plain = folded.isPlainForSearch
        return titlePhrases.contains { folded.containsPhrase($0, isPlain: plain) }
    }

    /// The title markers and the form kinds' folded title phrases.
    private static let titlePhrases = Vocabulary.titleMarkers + FormKind.titlePhrases.flatMap(\.phrases)

    /// The line half-width and without white space, as characters. In plain text (see
    /// `isPlainForSearch`) every scalar is a character of its own, so this is the label
    /// folding, done on UTF-8 without walking character boundaries.
    static func foldedHeading(_ heading: String) -> String {
        if heading.isPlainForSearch { return Vocabulary.foldedLabel(heading) }
        return Vocabulary.halfWidth(heading).filter { !$0.isWhitespace }
    }

    /// `(2026年)`, `( 2025 年度 )`, `（2025年度）`, `2025年度`.
    static func yearLine(_ folded: String) -> Int? {
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
                return Int(String(String.UnicodeScalarView(window)))
            }
            i += 1
        }
        return nil
    }

    /// `批复单位：东莞市财政局清溪分局` → (批复单位, 东莞市财政局清溪分局), for the labels the vocabulary knows.
    static func labelled(_ text: String) -> (String, String)? {
        // The colon found by its bytes (`:` or `：`, EF BC 9A) rather than character by character:
        // most lines are running text with no colon, or a long way to it.
        let bytes = text.utf8
        guard let colon = bytes.indices.first(where: { index in
            bytes[index] == UInt8(ascii: ":") || (bytes[index] == 0xEF && bytes[bytes.index(after: index)...].starts(with: [0xBC, 0x9A]))
        }) else { return nil }
        let label = String(text[..<colon]).filter { !$0.isWhitespace }
        guard Vocabulary.label(label, isIn: Vocabulary.organizationLineAnyLabels) else { return nil }
        return (label, text[text.index(after: colon)...].trimmingSpaces())
    }

    /// `- 2 -`, `— 3 —`, `第 2 页 共 5 页`, `第2页`, `2/5`.
    private static let dashes: Set<Character> = ["-", "—", "–", "－", "―"]

    static func isPageNumber(_ folded: String) -> Bool {
        // Every page-number spelling below holds an ASCII digit: most lines are answered here.
        // And every one is short (`第12页共345页` is 17 bytes): values and sentences are answered here.
        guard folded.utf8.count <= 48,
              folded.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
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
