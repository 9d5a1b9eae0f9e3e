import FormModel

/// The short cells already read, found again by their raw bytes: a form repeats its labels
/// and values (`产出指标`, `数量指标`, `指标值`, `≥95%`, merged cells' empty places) row after
/// row, a file holds several forms, and the files of a run hold forms of one kind (a memo is
/// kept from file to file by ``CellMemoPool``). A cell seen before takes the earlier one's
/// cleaned text and label key, without cleaning, validating and looking up its bytes again.
///
/// Cleaning and the label key depend on a cell's bytes alone, so a cell read from the memo is
/// the cell read afresh. Only short cells are kept (labels and values, not paragraphs), and
/// only so many, so that the memo stays small on any run: a full memo starts afresh.
struct CellMemo {
    /// The longest raw cell remembered, in bytes: 21 Chinese characters.
    private static var longestCell: Int { 63 }
    /// The most cells remembered.
    private static var capacity: Int { 4096 }

    /// How many different short cells a memo is made room for at once: a form holds a few
    /// hundred (labels, values, empty places); a larger file or run grows the memo as it goes.
    private static var cellsOfAFile: Int { 256 }

    /// Each remembered cell by its raw bytes, with the number of scalars in them (how far the
    /// next cell's column is).
    private var cells: ByteKeyTable<(content: CellContent, scalars: Int)>

    /// A memo for the cells of whole files, made with room for as many as a form holds.
    init() {
        cells = ByteKeyTable(roomFor: Self.cellsOfAFile, bytes: 16 * Self.cellsOfAFile)
    }

    private init(cells: ByteKeyTable<(content: CellContent, scalars: Int)>) {
        self.cells = cells
    }

    /// A memo for the cells of one row, which starts small: it only finds a cell repeated in
    /// the row.
    static func forOneRow() -> CellMemo { CellMemo(cells: ByteKeyTable()) }

    /// The cell of a cell's raw bytes (a piece of `source`'s) at `index`, starting at
    /// `column`, with the number of scalars in the bytes; made by
    /// ``CellCleaner/clean(_:in:)`` unless the same bytes were read before.
    mutating func cell(of raw: UnsafeBufferPointer<UInt8>, in source: TextBytes, index: Int, column: Int) -> (cell: SourceCell, scalars: Int) {
        guard raw.count <= Self.longestCell else { return Self.fresh(raw, in: source, index: index, column: column) }
        if let seen = cells.value(for: raw) {
            return (SourceCell(index: index, column: column, content: seen.content), seen.scalars)
        }
        let made = Self.fresh(raw, in: source, index: index, column: column)
        // Full, after many files with many values: the cells read from now on are the likelier
        // to come again.
        if cells.count == Self.capacity { self = CellMemo() }
        cells.insert(raw, (made.cell.content, made.scalars))
        return made
    }

    /// A cell cleaned from its bytes, a piece of `source`'s.
    private static func fresh(_ raw: UnsafeBufferPointer<UInt8>, in source: TextBytes, index: Int, column: Int) -> (cell: SourceCell, scalars: Int) {
        (SourceCell(index: index, column: column, cleaned: CellCleaner.clean(raw, in: source)), raw.scalarCount)
    }
}
