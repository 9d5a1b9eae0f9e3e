/// One line of the source, split into cells by whichever OCR dialect wrote it.
///
/// Every dialect reader produces these, so the form assembler never needs to know whether a
/// row came from tab-separated text, a markdown pipe table or an HTML `<table>`.
struct SourceRow {
    /// 1-based source line.
    let line: Int
    /// The cells in order. A merged cell shows up as an empty cell.
    let cells: [SourceCell]
    /// Whether the row came from a table (tabs, pipes or `<tr>`), rather than a line of prose.
    let isTable: Bool
    /// The non-empty cells, with their positions: picked out once, as every reader asks.
    let filled: [SourceCell]
    /// Every indexed label list that holds one of the row's cells: the assembler rules out
    /// most kinds of header row with one test of this, before asking cell by cell.
    let labelLists: LabelLists

    init(line: Int, cells: [SourceCell], isTable: Bool) {
        var buffers = SourceRowBuffers(cells: cells)
        self.init(line: line, isTable: isTable, buffers: &buffers)
    }

    /// The row of the cells in `buffers`, its filled cells picked out into the buffers' list
    /// of them: a reader that keeps its buffers from row to row makes each row's lists in the
    /// storage of the row before (``SourceRowBuffers``).
    init(line: Int, isTable: Bool, buffers: inout SourceRowBuffers) {
        self.line = line
        self.isTable = isTable
        let cells = buffers.cells
        self.cells = cells
        // One pass over the cells for both, reading only the flags each cell's content keeps
        // (no string or key copied); the filled cells are counted first, so that their list is
        // made at its size rather than grown cell by cell.
        var count = 0, bits = LabelLists.none
        for cell in cells {
            let content = cell.content
            if !content.isEmpty { count += 1 }
            bits = bits.union(content.labelLists)
        }
        labelLists = bits
        if count == cells.count {
            filled = cells
        } else {
            buffers.filled.removeAllCells()
            buffers.filled.reserveCapacity(count)
            for cell in cells where !cell.content.isEmpty { buffers.filled.append(cell) }
            filled = buffers.filled
        }
    }

    var isBlank: Bool { filled.isEmpty }
}

/// The lists a row's cells are gathered in, kept by a reader from one row to the next.
///
/// A row handed on and dropped leaves its lists' storage to the buffers alone, so the next
/// row is gathered in it (`removeAll(keepingCapacity:)`) rather than in lists allocated and
/// freed for every row; a row that is kept shares the storage, and the next row's gathering
/// copies it first, as any array does.
struct SourceRowBuffers {
    /// Every cell of the row, empty ones included.
    var cells: [SourceCell] = []
    /// The row's non-empty cells, when some are empty (a row without empty cells shares
    /// ``cells``).
    var filled: [SourceCell] = []
}

extension [SourceCell] {
    /// Empties the list and keeps its storage, as `removeAll(keepingCapacity: true)` does, for
    /// the next row's cells: cell by cell, since `removeAll` destroys the cells through the
    /// runtime's generic array destruction, which cost about 190 instructions a row more.
    mutating func removeAllCells() {
        while popLast() != nil {}
    }
}

/// One cell: its cleaned text, its position in the row, and where it starts on the line.
struct SourceCell {
    /// 0-based position in the row, counting empty cells.
    let index: Int
    /// 1-based character column where the cell starts on the source line.
    let column: Int
    /// The text and what is worked out from it, shared with every cell of the same raw bytes.
    let content: CellContent

    init(index: Int, column: Int, text: String, rich: RichText?, joinedWord: Bool) {
        self.init(index: index, column: column, content: CellContent(text: text, markup: rich, joinedWord: joinedWord))
    }

    /// The cell of a cleaned text.
    init(index: Int, column: Int, cleaned: CellCleaner.Cleaned) {
        self.init(index: index, column: column, content: CellContent(cleaned))
    }

    /// A cell of content read before (``CellMemo``), at its own place: the earlier cell's
    /// cleaned text, markup and label key, shared rather than worked out again.
    init(index: Int, column: Int, content: CellContent) {
        self.index = index
        self.column = column
        self.content = content
    }

    /// An empty cell (a merged cell's place).
    static func empty(index: Int, column: Int) -> SourceCell {
        SourceCell(index: index, column: column, content: .empty)
    }

    /// The cleaned text (markup, entities and LaTeX resolved, stray spaces removed).
    var text: String { content.text }

    /// Whether cleaning joined Chinese text that spaces had split (`产出指 标`).
    var joinedWord: Bool { content.joinedWord }

    /// The text's label key with the lists that hold it, or `nil` when the text is too long to
    /// be a label.
    var labelKey: LabelKey? { content.key.labelKey(of: content.text) }

    /// The indexed label lists that hold the cell's text (none for text too long to be a label).
    var labelLists: LabelLists { content.labelLists }

    /// The cleaned text with paragraphs and bold runs, for long texts.
    var rich: RichText { content.markup ?? RichText(plain: content.text) }

    /// Whether the cell's text is one plain paragraph, without markup or line break: its rich
    /// text is that one run, and its rich text's plain text is its text.
    var isOneParagraph: Bool { content.markup == nil && RichText.isOneLine(content.text) }

    /// Whether the cell is one of a vocabulary list's labels, as ``Vocabulary/label(_:isIn:)`` answers.
    func isLabel(in list: [String]) -> Bool { content.key.isLabel(content.text, in: list) }
}

import FormModel
