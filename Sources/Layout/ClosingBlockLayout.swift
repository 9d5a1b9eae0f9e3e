import FormModel

/// Lays out the rows that close a form: the finance office's opinion, and the notes.
enum ClosingBlockLayout {
    /// `财政分局批复意见 | 经审核，…`, under the form's own label when it printed one.
    static func opinion(_ block: OpinionBlock, form: Form, columns: ColumnSet) -> BlockRows {
        guard form.opinion != nil || form.opinionLabel != nil || block.printedWhenEmpty else { return BlockRows() }
        var cursor = RowCursor(columns)
        cursor.add(plain: form.opinionLabel ?? block.label, .label, through: block.labelEnd, ownsRow: false)
        cursor.add(plain: form.opinion ?? "", .text, through: .annualValue)
        return BlockRows(body: [cursor.cells])
    }

    /// One full-width row a note: a remark after the table, or text the reader could not place.
    static func notes(form: Form, columns: ColumnSet) -> BlockRows {
        BlockRows(body: form.notes.map { note in
            var cursor = RowCursor(columns)
            cursor.add(plain: note.text, .note, through: .annualValue, lines: .line(note.line))
            return cursor.cells
        })
    }
}
