/// Reads the tab-separated dialect: one row a line, cells between tabs, a merged cell as an
/// empty cell. A line without a tab is prose (a title, a year line, a note).
enum TabRowReader {
    /// `startColumn` is where `line` starts on its source line (after a table that ended there).
    static func row(_ line: Substring, number: Int, startColumn: Int = 1) -> SourceRow {
        var cells: [SourceCell] = []
        var column = startColumn
        var index = 0
        // A tab is a grapheme cluster of its own (Unicode breaks around controls), so splitting
        // the UTF-8 bytes at tabs gives the cells a split by characters would, without the cost
        // of finding character boundaries.
        for bytes in line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false) {
            let piece = Substring(bytes)
            let cleaned = CellCleaner.clean(piece)
            cells.append(SourceCell(index: index, column: column, text: cleaned.text, rich: cleaned.rich, joinedWord: cleaned.joinedWord))
            column += piece.unicodeScalars.count + 1
            index += 1
        }
        return SourceRow(line: number, cells: cells, isTable: cells.count > 1)
    }
}
