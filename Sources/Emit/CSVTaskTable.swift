import Foundation
import FormModel

/// The `tasks` table: one row per task (key tasks, then other tasks), with the amount as
/// printed, its unit, and the amount in 元 as a plain number, so that budgets add up in a sheet.
enum CSVTaskTable {
    typealias Row = CSVFormItem<(section: String, task: WorkTask)>

    static let table = CSVTableText<Row>(columns: Row.formColumns + [
        CSVColumn("任务类别", "section") { $0.item.section },
        CSVColumn("编号", "number") { $0.item.task.number ?? "" },
        CSVColumn("任务名称", "name") { $0.item.task.name },
        CSVColumn("主要实施内容", "content") { $0.item.task.content },
        CSVColumn("期望达到的目标", "goal") { $0.item.task.goal },
        CSVColumn("金额", "amount") { $0.item.task.amount?.text ?? "" },
        CSVColumn("金额单位", "amount_unit") { $0.item.task.amount?.unit.rawValue ?? "" },
        CSVColumn("金额（元）", "amount_yuan") { $0.item.task.amount.map { plain($0.inYuan) } ?? "" },
        CSVColumn("源行号", "line") { String($0.item.task.line) },
    ])

    static func records(_ documents: [Document], header: CSVHeaderLanguage) -> [[String]] {
        table.records(Row.all(in: documents) { form in
            form.tasks.map { (Vocabulary.taskSection[0], $0) } + form.otherTasks.map { (Vocabulary.otherTaskSection[0], $0) }
        }, header: header)
    }

    /// A decimal as plain ASCII digits with a `.` and no grouping (`600000`, `105000.5`).
    static func plain(_ number: Decimal) -> String {
        var number = number
        return NSDecimalString(&number, posixLocale)
    }
}

/// The locale numbers are spelled in (`.` before the decimals), made once.
private let posixLocale = Locale(identifier: "en_US_POSIX")
