/// Reads the tab-separated dialect: one row a line, cells between tabs, a merged cell as an
/// empty cell. A line without a tab is prose (a title, a year line, a note).
enum TabRowReader {
    /// `startColumn` is where `line` starts on its source line (after a table that ended there).
    static func row(_ line: Substring, number: Int, startColumn: Int = 1) -> SourceRow {
        let utf8 = line.utf8
        let pieces = utf8.withContiguousStorageIfAvailable(pieces) ?? Array(utf8).withUnsafeBufferPointer(pieces)
        var cells: [SourceCell] = []
        cells.reserveCapacity(pieces.count)
        var column = startColumn
        for piece in pieces {
            let start = utf8.index(utf8.startIndex, offsetBy: piece.start)
            let end = utf8.index(start, offsetBy: piece.count)
            let cleaned = CellCleaner.clean(Substring(utf8[start..<end]))
            cells.append(SourceCell(index: cells.count, column: column, cleaned: cleaned))
            column += piece.scalars + 1
        }
        return SourceRow(line: number, cells: cells, isTable: cells.count > 1)
    }

    /// Where each cell's bytes are, and its width in columns (its scalars: the bytes that start
    /// one). A tab is a grapheme cluster of its own (Unicode breaks around controls), so
    /// cutting the UTF-8 bytes at tabs gives the cells a split by characters would, without the
    /// cost of finding character boundaries.
    private static func pieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, count: Int, scalars: Int)] {
        var pieces: [(start: Int, count: Int, scalars: Int)] = []
        var start = 0, scalars = 0
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\t") {
                pieces.append((start, offset - start, scalars))
                start = offset + 1
                scalars = 0
            } else if byte & 0xC0 != 0x80 {
                scalars += 1
            }
        }
        pieces.append((start, bytes.count - start, scalars))
        return pieces
    }
}
