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
        self.line = line
        self.cells = cells
        self.isTable = isTable
        // Counted first, so that the list is made at its size rather than grown cell by cell.
        let count = cells.reduce(0) { $1.text.isEmpty ? $0 : $0 + 1 }
        if count == cells.count {
            filled = cells
        } else {
            var filled: [SourceCell] = []
            filled.reserveCapacity(count)
            for cell in cells where !cell.text.isEmpty { filled.append(cell) }
            self.filled = filled
        }
        labelLists = cells.reduce(LabelLists.none) { $0.union($1.labelLists) }
    }

    var isBlank: Bool { filled.isEmpty }
}

/// One cell: its cleaned text, its position in the row, and where it starts on the line.
struct SourceCell {
    /// 0-based position in the row, counting empty cells.
    let index: Int
    /// 1-based character column where the cell starts on the source line.
    let column: Int
    /// The cleaned text (markup, entities and LaTeX resolved, stray spaces removed).
    let text: String
    /// The cleaned text with paragraphs and bold runs, when the source marked any up; `nil`
    /// when the text is one plain paragraph (nearly every cell), which needs no lists of runs.
    private let markup: RichText?
    /// Whether cleaning joined Chinese text that spaces had split (`产出指 标`).
    let joinedWord: Bool
    /// The text's label key with the lists that hold it, or `nil` when the text is too long to
    /// be a label. Made once: the assembler asks about each cell against many lists.
    let labelKey: LabelKey?

    init(index: Int, column: Int, text: String, rich: RichText?, joinedWord: Bool) {
        self.index = index
        self.column = column
        self.text = text
        markup = rich
        self.joinedWord = joinedWord
        labelKey = LabelKey(ofShortLabel: text)
    }

    /// The cell of a cleaned text.
    init(index: Int, column: Int, cleaned: CellCleaner.Cleaned) {
        self.init(index: index, column: column, text: cleaned.text, rich: cleaned.markup, joinedWord: cleaned.joinedWord)
    }

    /// A cell with the same text as one read before (``CellMemo``), at its own place: the
    /// earlier cell's cleaned text, markup and label key, shared rather than worked out again.
    init(index: Int, column: Int, sameAs earlier: SourceCell) {
        self.index = index
        self.column = column
        text = earlier.text
        markup = earlier.markup
        joinedWord = earlier.joinedWord
        labelKey = earlier.labelKey
    }

    /// An empty cell (a merged cell's place).
    static func empty(index: Int, column: Int) -> SourceCell {
        SourceCell(index: index, column: column, text: "", rich: nil, joinedWord: false)
    }

    /// The indexed label lists that hold the cell's text (none for text too long to be a label).
    var labelLists: LabelLists { labelKey?.lists ?? .none }

    /// The cleaned text with paragraphs and bold runs, for long texts.
    var rich: RichText { markup ?? RichText(plain: text) }

    /// Whether the cell's text is one plain paragraph, without markup or line break: its rich
    /// text is that one run, and its rich text's plain text is its text.
    var isOneParagraph: Bool { markup == nil && RichText.isOneLine(text) }

    /// Whether the cell is one of a vocabulary list's labels, as ``Vocabulary/label(_:isIn:)`` answers.
    func isLabel(in list: [String]) -> Bool {
        guard let labelKey else { return Vocabulary.label(text, isIn: list) }
        return labelKey.isIn(list)
    }
}

import FormModel
