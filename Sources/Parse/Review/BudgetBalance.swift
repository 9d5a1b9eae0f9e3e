import Foundation
import FormModel

/// The budget grid adds up: 基本支出 + 项目支出 + 事业发展性支出 = 财政拨款 + 其他资金.
///
/// 事业发展性支出 is printed as a header over its two parts (财政专项资金, 其他事业发展性支出), so
/// the spending side is the four lines of ``Vocabulary/budgetSpending``. Each printed term is
/// rounded to the cent, so the sides may differ by 0.01 per term (seed 001: 225.75 against
/// 225.74). When any line is missing, blank or not a number, the check says nothing: a blank
/// is not a zero, and guessing would report sums the form never claimed.
enum BudgetBalance: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        guard let fields = lines.fields(in: form), let anchor = fields.dropFirst(Vocabulary.budgetSpending.count).first else { return [] }
        var exact: [FixedPoint] = []
        for field in fields {
            switch FixedPoint.reading(field.value) {
            case .notANumber: return []
            case .number(let number): exact.append(number)
            case .unknown: break
            }
        }
        if exact.count == fields.count, let sums = Sums(exact) {
            guard sums.difference.units.magnitude > sums.tolerance.units.magnitude else { return [] }
            return [finding(at: anchor, spent: sums.spent.text, received: sums.received.text, difference: sums.absoluteDifference.text)]
        }
        let numbers = fields.compactMap { PrintedNumber.value($0.value) }
        guard numbers.count == fields.count else { return [] }
        let spending = numbers.prefix(Vocabulary.budgetSpending.count), income = numbers.dropFirst(spending.count)
        let spent = spending.reduce(Decimal(0), +), received = income.reduce(Decimal(0), +)
        let difference = spent - received
        guard abs(difference) > tolerance else { return [] }
        return [finding(at: anchor, spent: PrintedNumber.text(spent), received: PrintedNumber.text(received),
                        difference: PrintedNumber.text(abs(difference)))]
    }

    private static func finding(at anchor: Field, spent: String, received: String, difference: String) -> Diagnostic {
        Diagnostic(.warning, .budgetMismatch, line: anchor.line, column: anchor.column,
            "the budget does not balance: \(spendingNames) come to \(spent), "
            + "but \(incomeNames) come to \(received) (difference \(difference))")
    }

    /// The two sides and their difference counted in one decimal place (at least the cent),
    /// when no count overflows: the same values `Decimal` adds up to.
    private struct Sums {
        let spent: FixedPoint, received: FixedPoint, difference: FixedPoint, tolerance: FixedPoint

        var absoluteDifference: FixedPoint { FixedPoint(units: Int64(difference.units.magnitude), decimals: difference.decimals) }

        init?(_ numbers: [FixedPoint]) {
            let places = numbers.map(\.decimals).reduce(2, max)
            var spent: Int64 = 0, received: Int64 = 0
            for (i, number) in numbers.enumerated() {
                guard let units = number.units(inPlaces: places) else { return nil }
                let (sum, overflow) = i < Vocabulary.budgetSpending.count
                    ? spent.addingReportingOverflow(units) : received.addingReportingOverflow(units)
                if overflow { return nil }
                if i < Vocabulary.budgetSpending.count { spent = sum } else { received = sum }
            }
            let (difference, overflow) = spent.subtractingReportingOverflow(received)
            guard !overflow, difference != .min,
                  let tolerance = FixedPoint(units: Int64(numbers.count), decimals: 2).units(inPlaces: places) else { return nil }
            self.spent = FixedPoint(units: spent, decimals: places)
            self.received = FixedPoint(units: received, decimals: places)
            self.difference = FixedPoint(units: difference, decimals: places)
            self.tolerance = FixedPoint(units: tolerance, decimals: places)
        }
    }

    /// The spending lines, then the income lines.
    private static let lines = FieldLabels([Vocabulary.budgetSpending, Vocabulary.budgetIncome])

    /// 0.01 for each printed term.
    private static let tolerance = Decimal(string: "0.01")! * Decimal(Vocabulary.budgetSpending.count + Vocabulary.budgetIncome.count)

    /// The two sides' names for the message (`"基本支出" + "项目支出" + …`), joined once.
    private static let spendingNames = Vocabulary.budgetSpending.map(quoted).joined(separator: " + ")
    private static let incomeNames = Vocabulary.budgetIncome.map(quoted).joined(separator: " + ")
}
