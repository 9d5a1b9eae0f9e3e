import FormModel

/// A cell while the grid is being built: the cell, plus the source lines behind it, so that
/// repairs on those lines can be marked once the whole grid stands.
struct DraftCell {
    var text: CellText
    var role: CellRole
    var rowSpan: Int
    var colSpan: Int
    /// The source lines whose content the cell shows.
    var lines: [Int]
    /// Whether the cell shows one source row's own content (an indicator name, a field value),
    /// rather than a label merged over many rows. A repair that names no cell marks the
    /// whole row's own cells.
    var ownsRow: Bool

    func finished(repair: String?) -> GridCell {
        GridCell(content: text, role: role, rowSpan: rowSpan, colSpan: colSpan, repair: repair)
    }
}

/// Rows of draft cells for one block: header rows to repeat on every page, and the body.
/// A block with header rows is printed as a band of its own.
struct BlockRows {
    var header: [[DraftCell]] = []
    var body: [[DraftCell]] = []
}

/// Builds one row left to right: each cell ends in a named column and starts where the
/// previous one ended, so templates never count columns.
struct RowCursor {
    let columns: ColumnSet
    private(set) var column: Int
    private(set) var cells: [DraftCell] = []

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

    /// Adds a cell that covers the columns up to and including `end`.
    mutating func add(_ text: RichText, _ role: CellRole, through end: ColumnRole, rowSpan: Int = 1,
                      lines: [Int] = [], ownsRow: Bool = true) {
        add(content: .rich(text), role, through: end, rowSpan: rowSpan, lines: lines, ownsRow: ownsRow)
    }

    /// Adds a cell of plain text.
    mutating func add(plain: String, _ role: CellRole, through end: ColumnRole, rowSpan: Int = 1,
                      lines: [Int] = [], ownsRow: Bool = true) {
        add(content: CellText(plain: plain), role, through: end, rowSpan: rowSpan, lines: lines, ownsRow: ownsRow)
    }

    /// Adds a cell of text as the grid keeps it.
    mutating func add(content text: CellText, _ role: CellRole, through end: ColumnRole, rowSpan: Int = 1,
                      lines: [Int] = [], ownsRow: Bool = true) {
        let span = max(1, columns.index(of: end) - column + 1)
        cells.append(DraftCell(text: text, role: role, rowSpan: rowSpan, colSpan: span, lines: lines, ownsRow: ownsRow))
        column += span
    }
}
