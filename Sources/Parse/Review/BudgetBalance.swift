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
        let spending = Vocabulary.budgetSpending.count
        if exact.count == fields.count, let sums = FixedPointBalance(Array(exact.prefix(spending)), Array(exact.dropFirst(spending))) {
            guard sums.isOff else { return [] }
            return [finding(at: anchor, spent: sums.left.text, received: sums.right.text, difference: sums.absoluteDifference.text)]
        }
        let numbers = fields.compactMap { PrintedNumber.value($0.value) }
        guard numbers.count == fields.count else { return [] }
        let spent = numbers.prefix(spending).reduce(Decimal(0), +), received = numbers.dropFirst(spending).reduce(Decimal(0), +)
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

    /// The spending lines, then the income lines.
    private static let lines = FieldLabels([Vocabulary.budgetSpending, Vocabulary.budgetIncome])

    /// 0.01 for each printed term.
    private static let tolerance = Decimal(string: "0.01")! * Decimal(Vocabulary.budgetSpending.count + Vocabulary.budgetIncome.count)

    /// The two sides' names for the message (`"基本支出" + "项目支出" + …`), joined once.
    private static let spendingNames = Vocabulary.budgetSpending.map(quoted).joined(separator: " + ")
    private static let incomeNames = Vocabulary.budgetIncome.map(quoted).joined(separator: " + ")
}
