import FormModel

/// Lays out the indicator table as printed: `绩效指标` merged over every indicator row,
/// each level-1 and level-2 category merged over its rows, one row for each empty category,
/// and on a side-by-side form the right half repeating level 2 and level 3 with the annual
/// value.
enum IndicatorBlockLayout {
    static func rows(_ block: IndicatorBlock, form: Form, columns: ColumnSet) -> BlockRows {
        let sideBySide = columns.contains(.annualLevel2)
        let rows = form.indicators
        let level1Runs = runs(rows) { sameText(rows[$0].level1, rows[$1].level1) }
        let level2Runs = runs(rows, of: sameLevel2(rows))

        var body: [[GridCell]] = []
        body.reserveCapacity(rows.count)
        // Each part is read from the row in place (`rows[index].level3`): binding the row to
        // a name would copy all its strings, once a row.
        for index in rows.indices {
            var cursor = RowCursor(columns, after: .blockLabel)
            let lines = SourceLines.Lines.line(rows[index].line)
            if let run = level1Runs[index] {
                cursor.add(plain: rows[index].level1, .category, through: .level1, rowSpan: run.count, lines: .indicatorRows(run), ownsRow: false)
            } else {
                cursor.skip(through: .level1)
            }
            let level2Run = level2Runs[index]
            if let run = level2Run {
                cursor.add(plain: rows[index].level2, .category, through: .level2, rowSpan: run.count, lines: .indicatorRows(run), ownsRow: false)
            } else {
                cursor.skip(through: .level2)
            }
            cursor.add(plain: rows[index].level3, .value, through: .level3, lines: lines)
            cursor.add(plain: rows[index].periodValue, .value, through: .periodValue, lines: lines)
            if sideBySide {
                // The right half: its own level-2 cell merged like the left one, then level 3.
                if let run = level2Run {
                    cursor.add(plain: rows[index].level2, .category, through: .annualLevel2, rowSpan: run.count, lines: .indicatorRows(run), ownsRow: false)
                } else {
                    cursor.skip(through: .annualLevel2)
                }
                cursor.add(plain: rows[index].annualLevel3 ?? rows[index].level3, .value, through: .annualLevel3, lines: lines)
            }
            cursor.add(plain: rows[index].annualValue, .value, through: .annualValue, lines: lines)
            body.append(cursor.cells)
        }
        if body.isEmpty {
            var cursor = RowCursor(columns, after: .blockLabel)
            for role in columns.roles.dropFirst() { cursor.add(plain: "", .value, through: role) }
            body.append(cursor.cells)
        }
        var label = RowCursor(columns)
        label.add(plain: block.label, .label, through: .blockLabel, rowSpan: body.count, ownsRow: false)
        body[0] = label.cells + body[0]

        var header = RowCursor(columns)
        header.add(plain: "", .header, through: .blockLabel, ownsRow: false)
        header.add(plain: block.level1Header, .header, through: .level1, ownsRow: false)
        header.add(plain: block.level2Header, .header, through: .level2, ownsRow: false)
        header.add(plain: block.level3Header, .header, through: .level3, ownsRow: false)
        header.add(plain: block.periodHeader, .header, through: .periodValue, ownsRow: false)
        if sideBySide {
            header.add(plain: block.level2Header, .header, through: .annualLevel2, ownsRow: false)
            header.add(plain: block.level3Header, .header, through: .annualLevel3, ownsRow: false)
        }
        header.add(plain: block.annualHeader, .header, through: .annualValue, ownsRow: false)
        return BlockRows(header: [header.cells], body: body)
    }

    /// A run of rows under one category cell, by their indices.
    typealias Run = Range<Int>

    /// For each row, the run of rows with the same key that it starts, or `nil` when it
    /// continues the run of the row above. Rows are compared by their indices, so that no
    /// row is copied to be compared.
    static func runs(_ rows: [IndicatorRow], of sameKey: (Int, Int) -> Bool) -> [Run?] {
        var runs = [Run?](repeating: nil, count: rows.count)
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count && sameKey(start, end) { end += 1 }
            runs[start] = start..<end
            start = end
        }
        return runs
    }

    /// Whether two rows (by index) share their level-2 cell: the same level 1 and level 2.
    /// The key is the pair joined by U+001F. Rows whose parts are the same have the same key (the
    /// separator joins nothing), and rows whose parts differ differ in key unless one of the
    /// four parts holds the separator: only then are the keys built and compared.
    static func sameLevel2(_ rows: [IndicatorRow]) -> (Int, Int) -> Bool {
        { a, b in
            if sameText(rows[a].level1, rows[b].level1) && sameText(rows[a].level2, rows[b].level2) { return true }
            guard holdsSeparator(rows[a].level1) || holdsSeparator(rows[a].level2)
                || holdsSeparator(rows[b].level1) || holdsSeparator(rows[b].level2) else { return false }
            return "\(rows[a].level1)\u{1F}\(rows[a].level2)" == "\(rows[b].level1)\u{1F}\(rows[b].level2)"
        }
    }

    /// Whether a text holds U+001F, the separator of a level-2 key, found with `memchr`.
    private static func holdsSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.firstOffset(of: 0x1F) != nil }
    }

    /// `==`, answered by the bytes when they are the same (`==` compares Chinese text by
    /// canonical equivalence, at a cost).
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.hasSameUTF8(as: b) || a == b
    }
}
