import FormModel

/// Lays out a task table: the column headers (repeated on each page), one row a task, and
/// the total row (`金额合计`, a field in the model) under the amount column.
enum TaskBlockLayout {
    /// The labels of the total row, with their keys worked out once.
    private static let totalLabels = FieldLabels(Vocabulary.totalLabels)

    static func rows(_ block: TaskBlock, tasks: [WorkTask], takesTotal: Bool, columns: ColumnSet,
                     pool: inout FieldPool) -> BlockRows {
        let total = takesTotal ? pool.take(anyOf: totalLabels) : nil
        guard !tasks.isEmpty || total != nil || block.printedWhenEmpty else { return BlockRows() }

        let placement = ExtraParts(block)
        var body: [[GridCell]] = []
        for task in tasks {
            var cursor = RowCursor(columns, after: block.labelEnd)
            if !block.printsHeader && task.content.isEmpty && task.goal.isEmpty && task.amount == nil {
                cursor.add(plain: displayName(task), .value, through: .annualValue, lines: .line(task.line))
            } else {
                for column in block.columns {
                    let role: CellRole = column.part == .content || column.part == .goal ? .text : .value
                    cursor.add(content: cellText(of: task, column.part, placement), role, through: column.end, lines: .line(task.line))
                }
            }
            body.append(cursor.cells)
        }
        if let total {
            var cursor = RowCursor(columns, after: block.labelEnd)
            for column in block.columns {
                let text = column.part == .name ? total.label : column.part == .amount ? total.value : ""
                cursor.add(plain: text, column.part == .name ? .label : .value, through: column.end, lines: .line(total.line))
            }
            body.append(cursor.cells)
        }
        if body.isEmpty {
            var cursor = RowCursor(columns, after: block.labelEnd)
            if block.printsHeader {
                for column in block.columns { cursor.add(plain: "", .value, through: column.end) }
            } else {
                cursor.add(plain: "", .value, through: .annualValue)
            }
            body.append(cursor.cells)
        }
        var label = RowCursor(columns)
        label.add(plain: block.label, .label, through: block.labelEnd, rowSpan: body.count, ownsRow: false)
        body[0] = label.cells + body[0]

        guard block.printsHeader else { return BlockRows(body: body) }
        var header = RowCursor(columns)
        header.add(plain: "", .header, through: block.labelEnd, ownsRow: false)
        let unit = tasks.lazy.compactMap(\.amount?.unit).first
        for column in block.columns {
            let text = column.part == .amount && unit != nil ? "\(column.header)（\(unit!.rawValue)）" : column.header
            header.add(plain: text, .header, through: column.end, ownsRow: false)
        }
        return BlockRows(header: [header.cells], body: body)
    }

    /// The task name as printed, with the form's numbering: `任务1：维稳信访工作经费`.
    static func displayName(_ task: WorkTask) -> String {
        task.number.map { "\($0)：\(task.name)" } ?? task.name
    }

    /// The parts of a task the template has no column for, and the column whose cell keeps
    /// them (the content column, or the last): worked out once a block.
    private struct ExtraParts {
        let host: TaskColumn.Part
        let parts: [TaskColumn.Part]

        init(_ block: TaskBlock) {
            let shown = Set(block.columns.map(\.part))
            host = shown.contains(.content) ? .content : block.columns.last?.part ?? .name
            parts = [TaskColumn.Part.content, .goal, .amount].filter { !shown.contains($0) }
        }
    }

    /// A column's text. Parts of the task the template has no column for are kept, as
    /// paragraphs after the content column's text (or the last column's), so nothing is lost.
    private static func cellText(of task: WorkTask, _ part: TaskColumn.Part, _ extra: ExtraParts) -> CellText {
        guard part == extra.host, !extra.parts.isEmpty else { return CellText(plain: text(of: task, part)) }
        var text = RichText(plain: self.text(of: task, part))
        for part in extra.parts {
            text = text.appending(RichText(plain: self.text(of: task, part)))
        }
        return .rich(text)
    }

    private static func text(of task: WorkTask, _ part: TaskColumn.Part) -> String {
        switch part {
        case .name: return displayName(task)
        case .content: return task.content
        case .amount: return task.amount?.text ?? ""
        case .goal: return task.goal
        }
    }
}
