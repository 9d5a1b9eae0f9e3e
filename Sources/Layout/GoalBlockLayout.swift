import FormModel

/// Lays out the goal block: one text beside its label, two texts side by side, or each
/// goal's own label above its text.
enum GoalBlockLayout {
    static func rows(_ block: GoalBlock, form: Form, columns: ColumnSet) -> BlockRows {
        let goals = form.goals
        if goals.isEmpty {
            var cursor = RowCursor(columns)
            cursor.add(plain: block.label, .label, through: block.labelEnd, ownsRow: false)
            cursor.add(plain: "", .text, through: .annualValue)
            return BlockRows(body: [cursor.cells])
        }
        switch block.arrangement {
        case .single where goals.count == 1:
            var cursor = RowCursor(columns)
            cursor.add(plain: goals[0].label, .label, through: block.labelEnd, lines: .line(goals[0].line), ownsRow: false)
            cursor.add(goals[0].body, .text, through: .annualValue, lines: .line(goals[0].line))
            return BlockRows(body: [cursor.cells])
        case let .sideBySide(firstEnd) where goals.count == 2:
            var labels = RowCursor(columns)
            labels.add(plain: block.label, .label, through: block.labelEnd, rowSpan: 2, ownsRow: false)
            labels.add(plain: goals[0].label, .label, through: firstEnd, ownsRow: false)
            labels.add(plain: goals[1].label, .label, through: .annualValue, ownsRow: false)
            var texts = RowCursor(columns, after: block.labelEnd)
            texts.add(goals[0].body, .text, through: firstEnd, lines: .line(goals[0].line))
            texts.add(goals[1].body, .text, through: .annualValue, lines: .line(goals[1].line))
            return BlockRows(body: [labels.cells, texts.cells])
        default:
            return stacked(block, goals: goals, columns: columns)
        }
    }

    /// Each goal's label on its own row (unless it repeats the block label), its text below.
    private static func stacked(_ block: GoalBlock, goals: [Goal], columns: ColumnSet) -> BlockRows {
        var rows: [[GridCell]] = []
        for goal in goals {
            if Vocabulary.labelKey(goal.label) != Vocabulary.labelKey(block.label) {
                var label = RowCursor(columns, after: block.labelEnd)
                label.add(plain: goal.label, .label, through: .annualValue, ownsRow: false)
                rows.append(label.cells)
            }
            var text = RowCursor(columns, after: block.labelEnd)
            text.add(goal.body, .text, through: .annualValue, lines: .line(goal.line))
            rows.append(text.cells)
        }
        var first = RowCursor(columns)
        first.add(plain: block.label, .label, through: block.labelEnd, rowSpan: rows.count, ownsRow: false)
        rows[0] = first.cells + rows[0]
        return BlockRows(body: rows)
    }
}
