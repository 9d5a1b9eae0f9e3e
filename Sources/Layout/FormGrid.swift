import FormModel

/// One form laid out as the official printed table: the lines above the table, and the
/// grid of cells with their row and column spans.
///
/// This is `Layout`'s whole output. The XHTML writer prints it and the CSV `grid` table
/// exports it, so a form looks the same in every output and no writer decides the layout.
public struct FormGrid: Sendable, Hashable {
    /// The form kind whose template laid the grid out.
    public let kind: FormKind
    /// The title, printed centred above the table.
    public let title: String
    /// The year line under the title (`（2025年度）`), or `nil` when the form gives no year.
    public let yearLine: String?
    /// The line just above the table: `批复单位：…` on approval forms, and `预算单位：…` when the
    /// organization appears nowhere in the grid. Empty when there is nothing to say.
    public let partyLine: [String]
    /// The columns and their widths; their count is the grid's width.
    public let columns: ColumnSet
    /// The grid, in bands printed one after another. Each band may repeat header rows on
    /// every page it runs onto (the column headers of the task and indicator tables).
    public let bands: [GridBand]

    public init(kind: FormKind, title: String, yearLine: String?, partyLine: [String], columns: ColumnSet, bands: [GridBand]) {
        self.kind = kind
        self.title = title
        self.yearLine = yearLine
        self.partyLine = partyLine
        self.columns = columns
        self.bands = bands
    }

    /// How many columns every row covers.
    public var columnCount: Int { columns.count }
    /// Portrait, or landscape for the 8-column side-by-side table.
    public var orientation: PageOrientation { columns.orientation }
    /// Every row, top to bottom, header rows included.
    public var rows: [[GridCell]] { bands.flatMap { $0.headerRows + $0.bodyRows } }
    /// How many rows are column headers repeated on each page.
    public var headerRowCount: Int { bands.reduce(0) { $0 + $1.headerRows.count } }
}

/// A run of grid rows printed as one table: header rows repeated on every page, then the body.
///
/// A cell never spans from one band into another, nor from the header rows into the body.
public struct GridBand: Sendable, Hashable {
    /// Column-header rows, repeated at the top of every page the band runs onto.
    public let headerRows: [[GridCell]]
    /// The band's other rows.
    public let bodyRows: [[GridCell]]

    public init(headerRows: [[GridCell]] = [], bodyRows: [[GridCell]]) {
        self.headerRows = headerRows
        self.bodyRows = bodyRows
    }
}
