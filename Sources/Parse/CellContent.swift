import FormModel

/// What a cell holds apart from its place: its cleaned text, markup, joined-word flag and label
/// key. Shared by every cell read from the same raw bytes (``CellMemo``).
///
/// A form repeats its labels and values row after row, so most cells are copies of one read
/// before, and each is copied again into its row's arrays and by the readers. Held in one
/// object, a copy of a cell costs one retain and one release, where the text, markup and key
/// as separate fields cost one each (through the generic value witnesses of a large struct).
final class CellContent: Sendable {
    /// The cleaned text (markup, entities and LaTeX resolved, stray spaces removed).
    let text: String
    /// The cleaned text with paragraphs and bold runs, when the source marked any up; `nil`
    /// when the text is one plain paragraph (nearly every cell), which needs no lists of runs.
    let markup: RichText?
    /// Whether cleaning joined Chinese text that spaces had split (`产出指 标`).
    let joinedWord: Bool
    /// The text's label key with the lists that hold it, without a second copy of the text.
    /// Worked out once: the assembler asks about each cell against many lists.
    let key: ShortLabelKey
    /// Whether the text is empty (a merged cell's place), kept beside it: a row picks out its
    /// filled cells by this, without reading the string.
    let isEmpty: Bool
    /// The indexed label lists that hold the text (``key``'s lists), kept as plain bits: a row
    /// gathers its cells' lists, and the readers ask them again and again, and reading them
    /// from ``key`` copied the key's string (a retain and a release) each time.
    let labelLists: LabelLists

    init(text: String, markup: RichText?, joinedWord: Bool) {
        self.text = text
        self.markup = markup
        self.joinedWord = joinedWord
        key = ShortLabelKey(ofLabel: text)
        isEmpty = text.isEmpty
        labelLists = key.lists
    }

    /// The content of a cleaned text.
    convenience init(_ cleaned: CellCleaner.Cleaned) {
        self.init(text: cleaned.text, markup: cleaned.markup, joinedWord: cleaned.joinedWord)
    }

    /// The content of an empty cell, shared by every merged cell's place.
    static let empty = CellContent(text: "", markup: nil, joinedWord: false)
}
