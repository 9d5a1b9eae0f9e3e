import Foundation
import FormModel

/// The task amounts add up to the table's total row (`金额合计`).
///
/// Compared in 元, each side in the unit its column header (or its own `万元` suffix) names,
/// allowing 0.01 of the printed unit per term for rounding. The check is skipped when the form
/// has no total, when the total is not a number, or when any task has no amount: a task left
/// blank may be exactly what the difference is, and the review does not guess.
enum TaskTotal: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        guard let total = form.fields.last(where: { Vocabulary.label($0.label, isIn: Vocabulary.totalLabels) }),
              !form.tasks.isEmpty else { return [] }
        let amounts = form.tasks.compactMap(\.amount)
        guard amounts.count == form.tasks.count,
              let printed = totalAmount(total.value, defaultUnit: amounts[0].unit) else { return [] }
        let unit = printed.unit
        let sum = amounts.reduce(Decimal(0)) { $0 + $1.inYuan } / unit.yuanFactor
        let tolerance = Decimal(string: "0.01")! * Decimal(amounts.count + 1)
        let difference = sum - printed.value
        guard abs(difference) > tolerance else { return [] }
        return [Diagnostic(.warning, .sumMismatch, line: total.line, column: total.column,
            "the task amounts add up to \(PrintedNumber.text(sum))\(unit.rawValue), but \(quoted(total.label)) is "
            + "\(quoted(total.value)) (difference \(PrintedNumber.text(abs(difference))))")]
    }

    /// The total in the unit it names (`96.1`, `96.1万元`), else in the tasks' unit.
    private static func totalAmount(_ text: String, defaultUnit: Amount.Unit) -> Amount? {
        let folded = Vocabulary.foldedLabel(text)
        for unit in [Amount.Unit.wanYuan, .yuan] where folded.hasSuffix(unit.rawValue) {
            return Amount(printed: String(folded.dropLast(unit.rawValue.count)), unit: unit)
        }
        return Amount(printed: folded, unit: defaultUnit)
    }
}
