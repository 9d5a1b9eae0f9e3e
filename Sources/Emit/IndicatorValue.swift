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
    public init?(parsing text: String) {
        var rest = Substring(Vocabulary.halfWidth(text)).trimmingSpaces
        let leading = IndicatorValue.leadingComparison(of: &rest)
        rest = rest.trimmingSpaces
        guard let number = IndicatorValue.number(from: &rest) else { return nil }
        var unit = rest.trimmingSpaces
        let trailing = IndicatorValue.trailingComparison(of: &unit)
        unit = unit.trimmingSpaces
        if let leading, let trailing, leading != trailing { return nil }
        guard IndicatorValue.isPlainUnit(unit) else { return nil }
        self.init(comparison: leading ?? trailing ?? .equal, number: number, unit: String(unit))
    }

    // MARK: Parts

    /// Removes and returns a comparison at the start (`≥`, `>=`, `不低于`), longest spelling first.
    private static func leadingComparison(of text: inout Substring) -> Comparison? {
        for (spelling, comparison) in ComparisonWords.leading where text.hasPrefix(spelling) {
            text = text.dropFirst(spelling.count)
            return comparison
        }
        return nil
    }

    /// Removes and returns a comparison at the end (`90%以上` → `≥`).
    private static func trailingComparison(of text: inout Substring) -> Comparison? {
        for (spelling, comparison) in ComparisonWords.trailing where text.hasSuffix(spelling) {
            text = text.dropLast(spelling.count)
            return comparison
        }
        return nil
    }

    /// Removes and returns a leading number (`-1,234.5`), as plain ASCII without separators.
    /// Thousands separators must group by three, else the text is not one number.
    private static func number(from text: inout Substring) -> String? {
        var scalars = text.unicodeScalars[...]
        var plain = ""
        if let sign = scalars.first, sign == "-" || sign == "+" {
            if sign == "-" { plain.append("-") }
            scalars = scalars.dropFirst()
        }
        var groups: [String] = [""]
        while let s = scalars.first, s.isASCIIDigit || (s == "," && scalars.dropFirst().first?.isASCIIDigit == true) {
            if s == "," { groups.append("") } else { groups[groups.count - 1].unicodeScalars.append(s) }
            scalars = scalars.dropFirst()
        }
        guard !groups[0].isEmpty else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        plain += groups.joined()
        if scalars.first == ".", let digit = scalars.dropFirst().first, digit.isASCIIDigit {
            plain.append(".")
            scalars = scalars.dropFirst()
            while let s = scalars.first, s.isASCIIDigit {
                plain.unicodeScalars.append(s)
                scalars = scalars.dropFirst()
            }
        }
        text = Substring(scalars)
        return plain
    }

    /// Whether the text after the number is a unit and not more of a sentence: short, with no
    /// digit (a second number), comparison, clause punctuation or range mark in it.
    private static func isPlainUnit(_ unit: Substring) -> Bool {
        guard unit.count <= ComparisonWords.longestUnit,
              !unit.unicodeScalars.contains(where: { $0.isASCIIDigit || ComparisonWords.notInUnit.contains($0) })
        else { return false }
        let text = String(unit), plain = text.isPlainForSearch
        return !ComparisonWords.leading.contains { text.containsPhrase($0.spelling, isPlain: plain) }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

extension Substring {
    /// Without leading and trailing white space (the ideographic space is folded to a space before).
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
