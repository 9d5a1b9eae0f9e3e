import FormModel

/// An indicator value taken apart into comparison, number and unit (`≤2万元/场` → `≤`, `2`, `万元/场`).
///
/// Spreadsheet users filter and sort hundreds of forms by these parts, so the CSV writer puts
/// each in its own column. The parse is deliberately strict: only a value that is one
/// comparison, one number and one unit is taken apart. Anything else — qualitative text
/// (`显著提升`), a subject before the comparison (`月均≥15单`), several numbers
/// (`劳务派遣人员≤9万元/人/年，社工≤119277元/人/年`), a comparison without a number — yields `nil`,
/// because a wrong guess in a sorted column is worse than an empty cell.
public struct IndicatorValue: Sendable, Hashable {
    /// The comparison a value states. A bare number and unit (`12次`) states equality.
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        /// `≥`, `不低于`, `至少`, `90%以上`.
        case atLeast = "≥"
        /// `≤`, `不超过`, `5人以下`.
        case atMost = "≤"
        /// `>`, `大于`, `超过`.
        case greaterThan = ">"
        /// `<`, `小于`, `低于`.
        case lessThan = "<"
        /// `=`, or a number with no comparison (`12次`).
        case equal = "="
    }

    /// The comparison the value states; the raw value is the sign written to the CSV.
    public let comparison: Comparison
    /// The number as plain ASCII: optional `-`, digits, optional decimals, no thousands
    /// separators (`1,200` → `1200`), so that a spreadsheet reads it as a number.
    public let number: String
    /// Whatever follows the number (`%`, `万元/场`, `万人次`); empty when nothing does.
    public let unit: String

    public init(comparison: Comparison, number: String, unit: String) {
        self.comparison = comparison
        self.number = number
        self.unit = unit
    }

    /// Takes a printed value apart, or returns `nil` when it is not exactly comparison, number, unit.
    ///
    /// A value that is plain text (``Swift/String/isPlainForSearch``, as nearly all are) is
    /// taken apart on its scalars and bytes: every scalar of it is a character of its own and no
    /// two spellings of it are canonically equivalent, so a comparison spelling is at its start
    /// or end exactly when its bytes are, and a white-space character is a White_Space scalar.
    /// The character-by-character road, which costs a grapheme walk for every spelling tried,
    /// is kept for other text.
    public init?(parsing text: String) {
        let folded = Vocabulary.halfWidth(text)
        let plain = folded.isPlainForSearch
        var rest = Substring(folded).trimmingSpaces(plain)
        let leading = IndicatorValue.leadingComparison(of: &rest, plain)
        rest = rest.trimmingSpaces(plain)
        guard let number = IndicatorValue.number(from: &rest) else { return nil }
        var unit = rest.trimmingSpaces(plain)
        let trailing = IndicatorValue.trailingComparison(of: &unit, plain)
        unit = unit.trimmingSpaces(plain)
        if let leading, let trailing, leading != trailing { return nil }
        guard IndicatorValue.isPlainUnit(unit, plain) else { return nil }
        self.init(comparison: leading ?? trailing ?? .equal, number: number, unit: String(unit))
    }

    // MARK: Parts

    /// Removes and returns a comparison at the start (`≥`, `>=`, `不低于`), longest spelling first.
    private static func leadingComparison(of text: inout Substring, _ plain: Bool) -> Comparison? {
        if plain {
            var copy = text
            guard let found = copy.withUTF8({ bytes in leadingSpellings.first { bytes.starts(with: $0.bytes) } }) else {
                return nil
            }
            text = Substring(text.utf8.dropFirst(found.bytes.count))
            return found.comparison
        }
        for (spelling, comparison) in ComparisonWords.leading where text.hasPrefix(spelling) {
            text = text.dropFirst(spelling.count)
            return comparison
        }
        return nil
    }

    /// Removes and returns a comparison at the end (`90%以上` → `≥`).
    private static func trailingComparison(of text: inout Substring, _ plain: Bool) -> Comparison? {
        if plain {
            var copy = text
            guard let found = copy.withUTF8({ bytes in
                trailingSpellings.first { bytes.count >= $0.bytes.count && bytes.suffix($0.bytes.count).elementsEqual($0.bytes) }
            }) else {
                return nil
            }
            text = Substring(text.utf8.dropLast(found.bytes.count))
            return found.comparison
        }
        for (spelling, comparison) in ComparisonWords.trailing where text.hasSuffix(spelling) {
            text = text.dropLast(spelling.count)
            return comparison
        }
        return nil
    }

    /// The comparison spellings (``ComparisonWords``) as UTF-8 bytes, in the same order, for
    /// plain text; and the ones before a number as a phrase list, for the unit test.
    private static let leadingSpellings = ComparisonWords.leading.map { (bytes: Array($0.spelling.utf8), comparison: $0.comparison) }
    private static let trailingSpellings = ComparisonWords.trailing.map { (bytes: Array($0.spelling.utf8), comparison: $0.comparison) }
    private static let leadingPhrases = PhraseList(ComparisonWords.leading.map(\.spelling))

    /// Removes and returns a leading number (`-1,234.5`), as plain ASCII without separators.
    /// Thousands separators must group by three, else the text is not one number.
    ///
    /// Read on the UTF-8 bytes: every mark of a number is ASCII, and no byte of another scalar
    /// is ASCII, so a byte test is the scalar test.
    private static func number(from text: inout Substring) -> String? {
        let bytes = text.utf8
        var index = bytes.startIndex
        func isDigit(at index: Substring.UTF8View.Index) -> Bool {
            index < bytes.endIndex && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
        }
        var plain: [UInt8] = []
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            if bytes[index] == UInt8(ascii: "-") { plain.append(UInt8(ascii: "-")) }
            index = bytes.index(after: index)
        }
        // The digits of the first group, of the group being read, and whether every group
        // after the first has three.
        var firstGroup = 0, group = 0, groups = 1, laterGroupsOfThree = true
        func endGroup() {
            if groups == 1 { firstGroup = group } else if group != 3 { laterGroupsOfThree = false }
        }
        while index < bytes.endIndex {
            if isDigit(at: index) {
                plain.append(bytes[index])
                group += 1
            } else if bytes[index] == UInt8(ascii: ","), isDigit(at: bytes.index(after: index)) {
                endGroup()
                groups += 1
                group = 0
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        endGroup()
        guard firstGroup > 0 else { return nil }
        if groups > 1 {
            guard firstGroup <= 3, laterGroupsOfThree else { return nil }
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "."), isDigit(at: bytes.index(after: index)) {
            plain.append(UInt8(ascii: "."))
            index = bytes.index(after: index)
            while isDigit(at: index) {
                plain.append(bytes[index])
                index = bytes.index(after: index)
            }
        }
        text = Substring(bytes[index...])
        return String(decoding: plain, as: UTF8.self)
    }

    /// Whether the text after the number is a unit and not more of a sentence: short, with no
    /// digit (a second number), comparison, clause punctuation or range mark in it.
    /// (In plain text the characters are counted as scalars.)
    private static func isPlainUnit(_ unit: Substring, _ plain: Bool) -> Bool {
        guard (plain ? unit.unicodeScalars.count : unit.count) <= ComparisonWords.longestUnit,
              !unit.unicodeScalars.contains(where: { $0.isASCIIDigit || ComparisonWords.notInUnit.contains($0) })
        else { return false }
        let text = String(unit)
        return !leadingPhrases.anyOccurs(in: text, isPlain: plain || text.isPlainForSearch)
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

extension Substring {
    /// Without leading and trailing white space (the ideographic space is folded to a space
    /// before). In plain text a character is one scalar, and white space when the scalar is
    /// White_Space (``Vocabulary/isWhitespace(_:)``), so the scalars are trimmed without
    /// finding character boundaries.
    fileprivate func trimmingSpaces(_ plain: Bool) -> Substring {
        guard plain else { return trimmingSpaces }
        guard hasWhitespaceAtAnEnd else { return self }
        var scalars = unicodeScalars[...]
        while let first = scalars.first, Vocabulary.isWhitespace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, Vocabulary.isWhitespace(last) { scalars = scalars.dropLast() }
        return Substring(scalars)
    }

    /// Whether the first or the last scalar is White_Space: most values have none to trim,
    /// and are answered without slicing their scalars.
    private var hasWhitespaceAtAnEnd: Bool {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return false }
        return Vocabulary.isWhitespace(first) || Vocabulary.isWhitespace(last)
    }

    /// Without leading and trailing white space, character by character.
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
