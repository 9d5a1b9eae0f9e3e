/// Where a cell sits in the grid once spans are counted.
///
/// Rows list only the cells that start in them, as HTML tables do; writers that need a
/// plain matrix (the CSV `grid` table) and the checks that the grid is rectangular place
/// each cell with ``FormGrid/placements()``.
public struct CellPlacement: Sendable, Hashable {
    /// The 0-based row, counting every row of every band.
    public let row: Int
    /// The 0-based column.
    public let column: Int
    public let cell: GridCell
}

extension FormGrid {
    /// Every cell with its row and column, in row order; `nil` when the cells do not tile
    /// the grid exactly (a gap, an overlap, a cell past the right edge, or a span that leaves
    /// its row group).
    public func placements() -> [CellPlacement]? {
        var placed: [CellPlacement] = []
        var firstRow = 0
        for band in bands {
            for group in [band.headerRows, band.bodyRows] where !group.isEmpty {
                guard let cells = GridPlacement.place(group, columns: columnCount, firstRow: firstRow) else { return nil }
                placed += cells
                firstRow += group.count
            }
        }
        return placed
    }

    /// Whether every row covers every column exactly once, spans counted.
    public var isRectangular: Bool { placements() != nil }
}

/// The placement of one row group, by the HTML table model.
enum GridPlacement {
    static func place(_ rows: [[GridCell]], columns: Int, firstRow: Int) -> [CellPlacement]? {
        var taken = Array(repeating: Array(repeating: false, count: columns), count: rows.count)
        var placed: [CellPlacement] = []
        for (r, row) in rows.enumerated() {
            var c = 0
            for cell in row {
                while c < columns && taken[r][c] { c += 1 }
                guard c + cell.colSpan <= columns, r + cell.rowSpan <= rows.count else { return nil }
                for dr in 0..<cell.rowSpan {
                    for dc in 0..<cell.colSpan {
                        if taken[r + dr][c + dc] { return nil }
                        taken[r + dr][c + dc] = true
                    }
                }
                placed.append(CellPlacement(row: firstRow + r, column: c, cell: cell))
                c += cell.colSpan
            }
        }
        return taken.allSatisfy { $0.allSatisfy { $0 } } ? placed : nil
    }
}
