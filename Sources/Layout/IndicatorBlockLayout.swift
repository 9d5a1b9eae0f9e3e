import FormModel

/// Lays out the indicator table as printed: `绩效指标` merged over every indicator row,
/// each level-1 and level-2 category merged over its rows, one row for each empty category,
/// and on a side-by-side form the right half repeating level 2 and level 3 with the annual
/// value.
enum IndicatorBlockLayout {
    static func rows(_ block: IndicatorBlock, form: Form, columns: ColumnSet) -> BlockRows {
        let sideBySide = columns.contains(.annualLevel2)
        let rows = form.indicators
        let level1Runs = runLengths(rows) { $0.level1 }
        let level2Runs = runLengths(rows) { "\($0.level1)\u{1F}\($0.level2)" }

        var body: [[DraftCell]] = []
        for (index, row) in rows.enumerated() {
            var cursor = RowCursor(columns, after: .blockLabel)
            let lines = [row.line]
            if let run = level1Runs[index] {
                cursor.add(plain: row.level1, .category, through: .level1, rowSpan: run.count, lines: run.lines, ownsRow: false)
            } else {
                cursor.skip(through: .level1)
            }
            let level2Run = level2Runs[index]
            if let run = level2Run {
                cursor.add(plain: row.level2, .category, through: .level2, rowSpan: run.count, lines: run.lines, ownsRow: false)
            } else {
                cursor.skip(through: .level2)
            }
            cursor.add(plain: row.level3, .value, through: .level3, lines: lines)
            cursor.add(plain: row.periodValue, .value, through: .periodValue, lines: lines)
            if sideBySide {
                // The right half: its own level-2 cell merged like the left one, then level 3.
                if let run = level2Run {
                    cursor.add(plain: row.level2, .category, through: .annualLevel2, rowSpan: run.count, lines: run.lines, ownsRow: false)
                } else {
                    cursor.skip(through: .annualLevel2)
                }
                cursor.add(plain: row.annualLevel3 ?? row.level3, .value, through: .annualLevel3, lines: lines)
            }
            cursor.add(plain: row.annualValue, .value, through: .annualValue, lines: lines)
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

    /// For each row that starts a run of equal keys, the run's length and source lines.
    static func runLengths(_ rows: [IndicatorRow], key: (IndicatorRow) -> String) -> [Int: (count: Int, lines: [Int])] {
        var runs: [Int: (count: Int, lines: [Int])] = [:]
        var start = 0
        while start < rows.count {
            let value = key(rows[start])
            var end = start + 1
            while end < rows.count && key(rows[end]) == value { end += 1 }
            runs[start] = (end - start, rows[start..<end].map(\.line))
            start = end
        }
        return runs
    }
}
