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
        // The fields are asked in place, by their position, and only the total is copied.
        let fields = form.fields
        guard !form.tasks.isEmpty, let totalIndex = fields.indices.last(where: { isTotal.answer(for: fields[$0].label) })
        else { return [] }
        let total = fields[totalIndex]
        let amounts = form.tasks.compactMap(\.amount)
        guard amounts.count == form.tasks.count,
              let printed = totalAmount(total.value, defaultUnit: amounts[0].unit) else { return [] }
        guard let text = mismatch(amounts, total: printed) else { return [] }
        return [Diagnostic(.warning, .sumMismatch, line: total.line, column: total.column,
            "the task amounts add up to \(text.sum)\(printed.unit.rawValue), but \(quoted(total.label)) is "
            + "\(quoted(total.value)) (difference \(text.difference))")]
    }

    /// The tasks' sum and its difference from the total, as the message writes them, when
    /// they differ by more than the tolerance; `nil` when they agree.
    static func mismatch(_ amounts: [Amount], total: Amount) -> (sum: String, difference: String)? {
        if let exact = ExactSum(amounts, total: total) { return exact.mismatch }
        return decimalMismatch(amounts, total: total)
    }

    /// ``mismatch(_:total:)`` worked out in `Decimal`, in 元 and back, for any amounts.
    static func decimalMismatch(_ amounts: [Amount], total: Amount) -> (sum: String, difference: String)? {
        let sum = amounts.reduce(Decimal(0)) { $0 + $1.inYuan } / total.unit.yuanFactor
        let tolerance = Decimal(string: "0.01")! * Decimal(amounts.count + 1)
        let difference = sum - total.value
        guard abs(difference) > tolerance else { return nil }
        return (PrintedNumber.text(sum), PrintedNumber.text(abs(difference)))
    }

    /// ``Vocabulary/label(_:isIn:)`` for the total labels, answered in advance for the
    /// vocabulary's field labels (every form asks it of each field).
    static let isTotal = KnownSpellings(ReviewSpellings.fieldLabels) { Vocabulary.label($0, isIn: Vocabulary.totalLabels) }

    /// The total in the unit it names (`96.1`, `96.1万元`), else in the tasks' unit.
    private static func totalAmount(_ text: String, defaultUnit: Amount.Unit) -> Amount? {
        let folded = Vocabulary.foldedLabel(text)
        for unit in [Amount.Unit.wanYuan, .yuan] where folded.hasSuffix(unit.rawValue) {
            return Amount(printed: String(folded.dropLast(unit.rawValue.count)), unit: unit)
        }
        return Amount(printed: folded, unit: defaultUnit)
    }

    /// The task amounts' sum in the total's unit, its difference from the total and the
    /// tolerance, counted exactly (``FixedPointBalance``) when every amount was read from print
    /// (``Amount/printedUnits``): the values `Decimal` works out, and as
    /// ``PrintedNumber/text(_:)`` writes them, since six places need no rounding. Anything else
    /// is left to `Decimal`.
    struct ExactSum {
        let balance: FixedPointBalance

        /// ``TaskTotal/mismatch(_:total:)`` of these sums.
        var mismatch: (sum: String, difference: String)? {
            guard balance.isOff else { return nil }
            return (balance.left.text, balance.absoluteDifference.text)
        }

        init?(_ amounts: [Amount], total: Amount) {
            // An amount in the total's unit keeps its places; 万元 in 元 drops four, 元 in 万元 adds four.
            func term(of amount: Amount) -> FixedPoint? {
                guard let (count, decimals) = amount.printedUnits, let units = Int64(exactly: count) else { return nil }
                let shift = amount.unit == total.unit ? 0 : amount.unit == .yuan ? 4 : -4
                return FixedPoint(units: units, decimals: decimals + shift)
            }
            guard let printed = term(of: total) else { return nil }
            var terms: [FixedPoint] = []
            for amount in amounts {
                guard let term = term(of: amount) else { return nil }
                terms.append(term)
            }
            guard let balance = FixedPointBalance(terms, [printed]) else { return nil }
            self.balance = balance
        }
    }
}
