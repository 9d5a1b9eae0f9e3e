import FormModel

/// One cell of the official grid: its text, how far it spans, and what it is on the form.
///
/// The grid is the one place where the printed shape of a form is decided, so every writer
/// (XHTML, the CSV `grid` table) reads the same cells. A cell carries text, never markup:
/// paragraphs and bold runs travel as ``RichText`` and each writer spells them its own way.
public struct GridCell: Sendable, Hashable {
    /// The text, kept as its string when it is one plain line. Visible to the inlined text
    /// accessors, so that a writer in another module reads a cell's text where the row keeps
    /// the cell, instead of copying the whole cell to pass it to an accessor.
    @usableFromInline let content: CellText
    /// What the cell is on the form; writers style and export by it.
    public let role: CellRole
    /// How many rows the cell covers, itself included (always at least 1).
    public let rowSpan: Int
    /// How many columns the cell covers, itself included (always at least 1).
    public let colSpan: Int
    /// What the reader repaired in the source behind this cell, one finding a line, or `nil`.
    /// Writers show it to a reviewer (the XHTML `title`), never in print. The layout sets it
    /// in place once the whole grid stands (``RepairMarks``).
    public internal(set) var repair: String?
    /// The source lines behind the cell, which ``RepairMarks`` reads; not part of what the
    /// cell prints, so equality ignores it.
    let source: SourceLines

    /// The text, with the paragraphs and bold runs the source had.
    @inlinable public var text: RichText { content.richText }

    /// The text when it is one line of plain text (possibly empty), which a writer prints as it
    /// is; `nil` when it has paragraphs or bold runs, which ``text`` holds.
    @inlinable public var plainLine: String? {
        if case let .line(text) = content { return text }
        return nil
    }

    /// The text without emphasis, paragraphs separated by a newline.
    @inlinable public var plainText: String { content.plainText }

    // Cells are equal when they print the same, however their text is kept.

    public static func == (a: GridCell, b: GridCell) -> Bool {
        a.role == b.role && a.rowSpan == b.rowSpan && a.colSpan == b.colSpan && a.repair == b.repair && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(role)
        hasher.combine(rowSpan)
        hasher.combine(colSpan)
        hasher.combine(repair)
    }
}

// The initializers stand in an extension, so that the cell keeps its memberwise initializer:
// it builds the cell in one piece, where assigning the parts one by one left the optimizer a
// copy of the whole cell, and its destruction, for every cell built. The memberwise
// initializer takes the spans as given: the layouts build cells through `init(content:…)`,
// which clamps them to at least 1.
extension GridCell {
    /// A cell of text with its paragraphs and bold runs.
    public init(_ text: RichText, role: CellRole, rowSpan: Int = 1, colSpan: Int = 1, repair: String? = nil) {
        self.init(content: .rich(text), role: role, rowSpan: rowSpan, colSpan: colSpan, source: .none)
        self.repair = repair
    }

    /// A cell of plain text; line breaks start new paragraphs.
    public init(plain: String, role: CellRole, rowSpan: Int = 1, colSpan: Int = 1, repair: String? = nil) {
        self.init(content: CellText(plain: plain), role: role, rowSpan: rowSpan, colSpan: colSpan, source: .none)
        self.repair = repair
    }

    /// A cell of text as the layout keeps it, with the source lines behind it and no repair
    /// marked yet.
    init(content: consuming CellText, role: CellRole, rowSpan: Int, colSpan: Int, source: SourceLines) {
        self.init(content: content, role: role, rowSpan: max(1, rowSpan), colSpan: max(1, colSpan), repair: nil, source: source)
    }
}

/// What a cell is on the printed form, so that writers can style it and readers of the CSV
/// can tell labels from values.
public enum CellRole: String, Sendable, Hashable, CaseIterable {
    /// A column header (`一级指标`, `名称`), or the blank corner above a block label.
    case header
    /// A row label: a field label (`项目名称`) or a block label spanning its rows (`绩效指标`).
    case label
    /// A level-1 or level-2 indicator category, merged over the rows it holds.
    case category
    /// A short value: a field value, an indicator name or value, a task cell.
    case value
    /// A long text: a goal, a task's content or expected result, the opinion.
    case text
    /// Text outside the table's cells: a remark after it, or text the reader could not place.
    case note
}
