/// Reads the tab-separated dialect: one row a line, cells between tabs, a merged cell as an
/// empty cell. A line without a tab is prose (a title, a year line, a note).
enum TabRowReader {
    /// `startColumn` is where `line` starts on its source line (after a table that ended there).
    static func row(_ line: Substring, number: Int, startColumn: Int = 1) -> SourceRow {
        var line = line
        let cells = line.withUTF8 { cleanedCells(of: $0, startColumn: startColumn) }
        return SourceRow(line: number, cells: cells, isTable: cells.count > 1)
    }

    /// The cells between the tabs of a line's bytes, each cleaned from its own bytes, with its
    /// column (counted in scalars: the bytes that start one). A tab is a grapheme cluster of its
    /// own (Unicode breaks around controls), so cutting the UTF-8 bytes at tabs gives the cells
    /// a split by characters would, without the cost of finding character boundaries.
    private static func cleanedCells(of bytes: UnsafeBufferPointer<UInt8>, startColumn: Int) -> [SourceCell] {
        var cells: [SourceCell] = []
        cells.reserveCapacity(bytes.reduce(1) { $1 == UInt8(ascii: "\t") ? $0 + 1 : $0 })
        var start = 0, column = startColumn, scalars = 0
        func take(upTo end: Int) {
            let cleaned = CellCleaner.clean(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            cells.append(SourceCell(index: cells.count, column: column, cleaned: cleaned))
            column += scalars + 1
        }
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\t") {
                take(upTo: offset)
                start = offset + 1
                scalars = 0
            } else if byte & 0xC0 != 0x80 {
                scalars += 1
            }
        }
        take(upTo: bytes.count)
        return cells
    }
}
