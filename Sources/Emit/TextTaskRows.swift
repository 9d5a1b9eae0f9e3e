import FormModel

/// The key-task table and the other-tasks rows of the clean text.
///
/// The header names the amount unit (`拟投入的资金(元)` or `(万元)`), taken from the tasks
/// themselves; each task is `名称 | 主要实施内容 | 金额 | 期望达到的目标` with its amount as
/// printed, and the table's total row follows the tasks, as on the form.
enum TextTaskRows {
    static func lines(tasks: [WorkTask], otherTasks: [WorkTask], totals: [Field]) -> [String] {
        guard !tasks.isEmpty || !otherTasks.isEmpty || !totals.isEmpty else { return [] }
        let section = totals.first?.group.flatMap { $0.isEmpty ? nil : $0 } ?? Vocabulary.taskSection[0]
        let unit = headerUnit(tasks + otherTasks)
        var lines = [TextCell.row([section, "名称", "主要实施内容", "拟投入的资金(\(unit.rawValue))", "期望达到的目标"])]
        lines += tasks.map { TextCell.row([""] + cells($0)) }
        lines += totals.map { TextCell.row([TextCell.plain(section), TextCell.plain($0.label), "", TextCell.plain($0.value)]) }
        for (index, task) in otherTasks.enumerated() {
            lines.append(TextCell.row([index == 0 ? "其他需完成的任务(可选填)" : ""] + cells(task)))
        }
        return lines
    }

    private static func cells(_ task: WorkTask) -> [String] {
        let name = task.number.map { $0 + "：" + task.name } ?? task.name
        return [name, task.content, task.amount?.text ?? "", task.goal].map(TextCell.plain)
    }

    /// The unit of the amounts printed without one (a `万元` suffix names its own), 元 by default.
    private static func headerUnit(_ tasks: [WorkTask]) -> Amount.Unit {
        tasks.compactMap(\.amount).first { !$0.text.hasSuffix("元") }?.unit ?? .yuan
    }
}
