import FormModel

/// Writes the model back as tab-separated text in one canonical layout (`--to text`).
///
/// The point is a cleaned copy that a reviewer can fix by hand in any editor and feed to
/// FormPress again: the layout is the one the reader reads most plainly (one value a cell, the
/// official row labels, markup only where a cell needs it), and reading it back gives the same
/// model, up to source lines and the reader's own repair notes. The order is the printed
/// form's: title, year, approver, header fields and budget grid, goals, the task table, other
/// tasks, the indicator table, the opinion row, and the notes after the table.
public enum TextWriter {
    /// Every form of every document, one after the other, ending with a newline.
    public static func render(_ documents: [Document]) -> String {
        documents.map(render).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Every form of one document, separated by a blank line, ending with a newline.
    public static func render(_ document: Document) -> String {
        document.forms.map(render).joined(separator: "\n")
    }

    /// One form, ending with a newline.
    public static func render(_ form: Form) -> String {
        let (before, after) = splitNotes(form)
        let totals = taskTotals(form.fields)
        var lines: [String] = []
        if !form.title.isEmpty { lines.append(TextCell.plain(form.title)) }
        if let year = form.year { lines.append("(\(year)年度)") }
        if let approver = form.approver { lines.append(Vocabulary.approverLabels[0] + "：" + TextCell.plain(approver)) }
        lines += before.map { TextCell.plain($0.text) }
        let fields = TextFieldRows.blocks(Array(form.fields.dropLast(totals.count)), hasGoals: !form.goals.isEmpty)
        lines += TextFieldRows.lines(fields.aboveGoals, organization: form.organization)
        lines += goalLines(form.goals)
        lines += TextFieldRows.lines(fields.belowGoals, organization: form.organization)
        lines += TextTaskRows.lines(tasks: form.tasks, otherTasks: form.otherTasks, totals: totals)
        lines += TextIndicatorRows.lines(form.indicators, layout: form.indicatorLayout)
        if let label = form.opinionLabel ?? form.opinion.map({ _ in "财政分局批复意见" }) {
            lines.append(TextCell.row([TextCell.plain(label), TextCell.plain(form.opinion ?? "")]))
        }
        lines += after.map { TextCell.plain($0.text) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Notes the reader could not place (flagged `unplaced-text` on their line) go above the
    /// table, where the reader flags them again; remarks after the table stay after it.
    private static func splitNotes(_ form: Form) -> (before: [Note], after: [Note]) {
        let unplacedLines = Set(form.diagnostics.filter { $0.code == .unplacedText }.map(\.line))
        let before = form.notes.filter { unplacedLines.contains($0.line) }
        let after = form.notes.filter { !unplacedLines.contains($0.line) }
        return (before, after)
    }

    /// The fields the task table's total rows became: the trailing fields labelled `合计`/`总计`
    /// that carry the task table's label as their group.
    private static func taskTotals(_ fields: [Field]) -> [Field] {
        Array(fields.reversed().prefix { field in
            Vocabulary.label(field.label, isIn: Vocabulary.totalLabels) && field.group.map { Vocabulary.label($0, isIn: Vocabulary.taskSection) || $0.isEmpty } == true
        }.reversed())
    }

    /// Goal texts: a block label (`总体绩效目标`) with its text, or the project sub-labels
    /// (`实施周期总目标`, `2025年度目标`) each with its text on the row below.
    private static func goalLines(_ goals: [Goal]) -> [String] {
        var lines: [String] = []
        for (index, goal) in goals.enumerated() {
            if Vocabulary.label(goal.label, isIn: Vocabulary.goalParts) {
                lines.append(TextCell.row([index == 0 ? Vocabulary.goalSection[0] : "", TextCell.plain(goal.label)]))
                if !goal.body.isEmpty { lines.append(TextCell.row(["", TextCell.rich(goal.body)])) }
            } else {
                lines.append(TextCell.row([TextCell.plain(goal.label), TextCell.rich(goal.body)]))
            }
        }
        return lines
    }
}
