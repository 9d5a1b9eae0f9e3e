import FormModel

/// Builds one row left to right: each cell ends in a named column and starts where the
/// previous one ended, so templates never count columns.
struct RowCursor {
    let columns: ColumnSet
    private(set) var column: Int
    private(set) var cells: [GridCell] = []

    /// A row whose first free column is `column` (the columns before it are covered by
    /// cells spanning down from rows above).
    init(_ columns: ColumnSet, from column: Int = 0) {
        self.columns = columns
        self.column = column
        cells.reserveCapacity(columns.count - column)
    }

    /// A row that starts after the column a spanning label ends in.
    init(_ columns: ColumnSet, after role: ColumnRole) {
        self.init(columns, from: columns.index(of: role) + 1)
    }

    /// Moves past the columns up to and including `end`, which a cell from a row above covers.
    mutating func skip(through end: ColumnRole) {
        column = max(column, columns.index(of: end) + 1)
    }

    /// Adds a cell that covers the columns up to and including `end`. `lines` are the source
    /// lines it shows; `ownsRow` says whether it shows its row's own content
    /// (``SourceLines/ownsRow``).
    mutating func add(_ text: RichText, _ role: CellRole, through end: ColumnRole, rowSpan: Int = 1,
                      lines: SourceLines.Lines = .none, ownsRow: Bool = true) {
        add(content: .rich(text), role, through: end, rowSpan: rowSpan, lines: lines, ownsRow: ownsRow)
    }

    /// Adds a cell of plain text.
    mutating func add(plain: String, _ role: CellRole, through end: ColumnRole, rowSpan: Int = 1,
                      lines: SourceLines.Lines = .none, ownsRow: Bool = true) {
        add(content: CellText(plain: plain), role, through: end, rowSpan: rowSpan, lines: lines, ownsRow: ownsRow)
    }

    /// Adds a cell of text as the grid keeps it.
    mutating func add(content text: consuming CellText, _ role: CellRole, through end: ColumnRole, rowSpan: Int = 1,
                      lines: SourceLines.Lines = .none, ownsRow: Bool = true) {
        let span = max(1, columns.index(of: end) - column + 1)
        cells.append(GridCell(content: text, role: role, rowSpan: rowSpan, colSpan: span,
                              source: SourceLines(lines, ownsRow: ownsRow)))
        column += span
    }
}
