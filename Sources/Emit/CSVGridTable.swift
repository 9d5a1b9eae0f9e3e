import FormModel
import Layout

/// The `grid` table: a form's official layout (``FormGrid``) flattened to a rectangle of cells,
/// for reading one form as printed in a spreadsheet.
///
/// The lines above the table (title, year, approver) come first, one row each. A merged cell's
/// text sits in its top-left cell and the cells it covers are empty, or, with `fillMerged`,
/// repeat its text, so that a filter on any row or column still finds it.
enum CSVGridTable {
    /// One form's records, all as wide as the widest (at least the grid's own width).
    static func records(_ form: Form, fillMerged: Bool) -> [[String]] {
        let grid = FormLayout.grid(for: form)
        let lines = [[grid.title], grid.yearLine.map { [$0] }, grid.partyLine.isEmpty ? nil : grid.partyLine].compactMap { $0 }
        return padded(lines + flatten(grid.rows, width: grid.columnCount, fillMerged: fillMerged))
    }

    /// Every form of every document, forms separated by one empty row, all rows equally wide.
    static func records(_ documents: [Document], fillMerged: Bool) -> [[String]] {
        let forms = documents.flatMap(\.forms).map { records($0, fillMerged: fillMerged) }
        return padded(forms.enumerated().flatMap { index, records in (index > 0 ? [[""]] : []) + records })
    }

    private static func padded(_ records: [[String]]) -> [[String]] {
        let width = records.map(\.count).max() ?? 0
        return records.map { $0 + Array(repeating: "", count: width - $0.count) }
    }

    /// Places each cell where an HTML table would: rows in order, each cell in the first column
    /// not covered by a cell from a row above, spans reserving the slots they cover.
    static func flatten(_ rows: [[GridCell]], width: Int, fillMerged: Bool) -> [[String]] {
        var slots: [[String?]] = Array(repeating: Array(repeating: nil, count: width), count: rows.count)
        for (r, row) in rows.enumerated() {
            var column = 0
            for cell in row {
                while column < slots[r].count, slots[r][column] != nil { column += 1 }
                for dr in 0..<cell.rowSpan where r + dr < rows.count {
                    for dc in 0..<cell.colSpan {
                        let c = column + dc
                        while slots[r + dr].count <= c { slots[r + dr].append(nil) }
                        slots[r + dr][c] = (dr == 0 && dc == 0) || fillMerged ? cell.plainText : ""
                    }
                }
                column += cell.colSpan
            }
        }
        return slots.map { $0.map { $0 ?? "" } }
    }
}
