/// The source lines whose content a cell shows, so that repairs on those lines can mark the
/// cell once the whole grid stands.
///
/// Kept in the cell without an array: a cell shows one source row's content, or (a category
/// merged over indicator rows) a run of the indicator table's rows, whose lines the form
/// gives. Nothing here is reference-counted, so the record costs no allocation, and nothing
/// to release when the grid goes.
struct SourceLines: Sendable {
    /// Which lines.
    enum Lines: Sendable {
        /// No source line: a template's label or header, a blank cell.
        case none
        /// One source line.
        case line(Int)
        /// The lines of these rows of ``FormModel/Form/indicators``.
        case indicatorRows(Range<Int>)
    }

    let lines: Lines
    /// Whether the cell shows one source row's own content (an indicator name, a field value),
    /// rather than a label merged over many rows. A repair that names no cell marks the
    /// whole row's own cells.
    let ownsRow: Bool

    /// A cell that shows no source line.
    static let none = SourceLines(.none, ownsRow: false)

    init(_ lines: Lines, ownsRow: Bool) {
        self.lines = lines
        self.ownsRow = ownsRow
    }

    /// Calls `body` with each line in order, the lines of indicator rows read from
    /// `indicatorLines` (each indicator row's line, by index).
    func forEach(indicatorLines: [Int], _ body: (Int) -> Void) {
        switch lines {
        case .none: return
        case let .line(line): body(line)
        case let .indicatorRows(rows): for row in rows { body(indicatorLines[row]) }
        }
    }

    /// Whether any of the lines passes the test.
    func contains(indicatorLines: [Int], where test: (Int) -> Bool) -> Bool {
        switch lines {
        case .none: return false
        case let .line(line): return test(line)
        case let .indicatorRows(rows): return rows.contains { test(indicatorLines[$0]) }
        }
    }
}
