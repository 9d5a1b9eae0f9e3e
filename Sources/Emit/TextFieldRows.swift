import FormModel

/// The header fields of a form as rows of the clean text, in the model's order.
///
/// Each run of fields that share a group is written the way the reader groups them: the budget
/// grid as `预算整体情况 | 基本支出 | 304.74 | 财政拨款 | 593.99` (two pairs a row, the group label
/// first on every row), a field group as one row `基本信息 | 财政供养人员数 | 28 | …`, and an
/// ungrouped field as `部门名称 | …` on its own row. A `预算单位：…` line above the table stays a
/// line, since it is what names the organization when no field does. A blank ungrouped value is
/// written `*`. An ungrouped field whose label the reader would take for a block label (a goal
/// part such as `年度目标`, read from a damaged goal block) is written after a blank group cell,
/// `* | 年度目标 | …`, so that the row reads as a field row like any other.
enum TextFieldRows {
    static func lines(_ fields: [Field], organization: String?) -> [String] {
        var lines: [String] = []
        var index = 0
        while index < fields.count {
            let group = fields[index].group
            var end = index + 1
            while end < fields.count, fields[end].group == group, group != nil { end += 1 }
            let run = Array(fields[index..<end])
            if let group, isBudget(run[0]) {
                lines += budgetRows(run, group: group)
            } else if let group {
                lines.append(TextCell.row([TextCell.plain(group)] + run.flatMap { [TextCell.plain($0.label), TextCell.plain($0.value)] }))
            } else {
                lines += run.map { line(for: $0, organization: organization) }
            }
            index = end
        }
        return lines
    }

    /// Where the field rows go: all above the goals, except that a field the reader would take
    /// for a budget line (an unknown label right after the budget grid) starts a second block
    /// below the goals, where a row at the label column is read as a field again. Without goals
    /// the fields stay in one block.
    static func blocks(_ fields: [Field], hasGoals: Bool) -> (aboveGoals: [Field], belowGoals: [Field]) {
        guard hasGoals, let split = fields.indices.dropFirst().first(where: { index in
            isBudget(fields[index - 1]) && fields[index].group == nil
                && !Vocabulary.label(fields[index].label, isIn: Vocabulary.formLabels)
        }) else { return (fields, []) }
        return (Array(fields[..<split]), Array(fields[split...]))
    }

    private static func isBudget(_ field: Field) -> Bool {
        field.group.map { Vocabulary.label($0, isIn: Vocabulary.budgetSection) } ?? false
    }

    /// Two pairs a row; a blank value ends its row, so that the next label cannot be read as it.
    private static func budgetRows(_ fields: [Field], group: String) -> [String] {
        var rows: [String] = []
        var cells: [String] = []
        for field in fields {
            cells += [TextCell.plain(field.label), TextCell.plain(field.value)]
            if cells.count == 4 || field.value.isEmpty {
                rows.append(TextCell.row([TextCell.plain(group)] + cells))
                cells = []
            }
        }
        if !cells.isEmpty { rows.append(TextCell.row([TextCell.plain(group)] + cells)) }
        return rows
    }

    private static func line(for field: Field, organization: String?) -> String {
        if Vocabulary.label(field.label, isIn: Vocabulary.organizationLineLabels), !field.value.isEmpty, field.value == organization {
            return TextCell.plain(field.label) + "：" + TextCell.plain(field.value)
        }
        let cells = [TextCell.plain(field.label), field.value.isEmpty ? blank : TextCell.plain(field.value)]
        return TextCell.row(opensBlock(field.label) ? [blank] + cells : cells)
    }

    /// Whether a row starting with this label would open a block (goals, tasks, indicators, the
    /// budget grid, the opinion) instead of being read as a field.
    private static func opensBlock(_ label: String) -> Bool {
        Vocabulary.label(label, isIn: Vocabulary.sectionLabels) || Vocabulary.label(label, isIn: Vocabulary.goalParts)
            || Vocabulary.isOpinionLabel(label)
    }

    /// A blank value, as the forms print one: the reader skips it, and the row keeps two cells,
    /// so that a label alone is never read as a line of prose (a title, a year, an approver).
    static let blank = "*"
}
