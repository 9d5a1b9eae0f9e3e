import Foundation
import FormModel

/// A rate or satisfaction indicator (`…率`, `…满意度`) whose value is a bare `1`, or above 100%.
///
/// A bare `1` is almost always `100%` written as a fraction, or a `%` lost to OCR (seed 004:
/// `刑罚执行与社区矫正衔接率` with `100%` on the left and `1` on the right). Above 100% is
/// impossible for a share, but not for a growth or change rate (`增长率 ≥120%`), so names with
/// one of ``Vocabulary/unboundedRateWords`` are only checked for the bare `1`.
enum RateValue: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for row in form.indicators where isRate(row) {
            for (which, value) in values(of: row) {
                let column = which == "period" ? row.periodColumn : row.annualColumn
                if isBareOne(value) {
                    found.append(Diagnostic(.warning, .suspiciousRate, line: row.line, column: column,
                        "\(quoted(name(of: row))) is a rate, but its \(which) value is \(quoted(value)); write it as a percentage such as \"100%\""))
                } else if !isUnbounded(row), let above = percentages(in: value).first(where: { $0 > 100 }) {
                    found.append(Diagnostic(.warning, .suspiciousRate, line: row.line, column: column,
                        "\(quoted(name(of: row))) is a rate, but its \(which) value \(quoted(value)) is \(PrintedNumber.text(above))%, above 100%"))
                }
            }
        }
        return found
    }

    /// Whether a row's value on either side is a bare `1` the check reports.
    static func flagsBareOne(_ row: IndicatorRow) -> Bool {
        isRate(row) && values(of: row).contains { isBareOne($0.1) }
    }

    static func isRate(_ row: IndicatorRow) -> Bool {
        [row.level3, row.annualLevel3 ?? ""].contains { name in Vocabulary.rateWords.contains { name.containsPhrase($0) } }
    }

    private static func isUnbounded(_ row: IndicatorRow) -> Bool {
        [row.level3, row.annualLevel3 ?? ""].contains { name in Vocabulary.unboundedRateWords.contains { name.containsPhrase($0) } }
    }

    private static func name(of row: IndicatorRow) -> String { row.level3.isEmpty ? (row.annualLevel3 ?? "") : row.level3 }

    private static func values(of row: IndicatorRow) -> [(String, String)] {
        [("period", row.periodValue), ("annual", row.annualValue)].filter { !$0.1.isEmpty }
    }

    /// `1`, `1.0`, `≥1`: a one with no unit, optionally after a comparison sign.
    static func isBareOne(_ value: String) -> Bool {
        let body = IndicatorNumber.dropComparison(Vocabulary.foldedLabel(value))
        guard let number = PrintedNumber.value(body), !body.contains(",") else { return false }
        return number == 1
    }

    /// Every number printed with a percent sign (`≥120%` → 120).
    static func percentages(in value: String) -> [Decimal] {
        IndicatorNumber.numbers(in: Vocabulary.halfWidth(value)).filter(\.isPercent).map(\.value)
    }
}

/// Numbers inside an indicator value, for the value checks.
enum IndicatorNumber {
    struct Found {
        let value: Decimal
        let isPercent: Bool
    }

    static let comparisons: Set<Character> = ["≥", "≤", ">", "<", "=", "≈", "~"]

    /// The value without a leading comparison sign.
    static func dropComparison(_ text: String) -> String { String(text.drop { comparisons.contains($0) }) }

    /// The numbers in a text, in order, each with whether a `%` follows it.
    static func numbers(in text: String) -> [Found] {
        var found: [Found] = []
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            guard characters[i].isASCII, characters[i].isNumber else { i += 1; continue }
            var j = i
            while j < characters.count, characters[j].isASCII, characters[j].isNumber || characters[j] == "." { j += 1 }
            if let value = PrintedNumber.value(String(characters[i..<j])) {
                found.append(Found(value: value, isPercent: j < characters.count && characters[j] == "%"))
            }
            i = j
        }
        return found
    }
}
