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
        guard let numbers = lines.numbers(in: form) else { return [] }
        let spending = numbers.prefix(Vocabulary.budgetSpending.count), income = numbers.dropFirst(spending.count)
        guard let anchor = income.first?.field else { return [] }
        let spent = spending.reduce(Decimal(0)) { $0 + $1.value }
        let received = income.reduce(Decimal(0)) { $0 + $1.value }
        let difference = spent - received
        guard abs(difference) > tolerance else { return [] }
        return [Diagnostic(.warning, .budgetMismatch, line: anchor.line, column: anchor.column,
            "the budget does not balance: \(spendingNames) come to \(PrintedNumber.text(spent)), "
            + "but \(incomeNames) come to \(PrintedNumber.text(received)) (difference \(PrintedNumber.text(abs(difference))))")]
    }

    /// The spending lines, then the income lines.
    private static let lines = FieldLabels([Vocabulary.budgetSpending, Vocabulary.budgetIncome])

    /// 0.01 for each printed term.
    private static let tolerance = Decimal(string: "0.01")! * Decimal(Vocabulary.budgetSpending.count + Vocabulary.budgetIncome.count)

    /// The two sides' names for the message (`"基本支出" + "项目支出" + …`), joined once.
    private static let spendingNames = Vocabulary.budgetSpending.map(quoted).joined(separator: " + ")
    private static let incomeNames = Vocabulary.budgetIncome.map(quoted).joined(separator: " + ")
}
