/// Reads the tab-separated dialect: one row a line, cells between tabs, a merged cell as an
/// empty cell. A line without a tab is prose (a title, a year line, a note).
enum TabRowReader {
    /// `startColumn` is where `line` starts on its source line (after a table that ended there).
    static func row(_ line: Substring, number: Int, startColumn: Int = 1) -> SourceRow {
        let text = String(line)
        var bytes = text, memo = CellMemo.forOneRow(), buffers = SourceRowBuffers()
        return bytes.withUTF8 {
            row($0, in: TextBytes(text: text, bytes: $0), number: number, startColumn: startColumn, memo: &memo, buffers: &buffers)
        }
    }

    /// The row of a line's UTF-8 bytes, a piece of `source`'s, taking the cells read before in
    /// the file from `memo` and remembering the new ones there; the row's cell lists are made
    /// in `buffers`, kept by the caller from row to row.
    static func row(
        _ bytes: UnsafeBufferPointer<UInt8>, in source: TextBytes, number: Int, startColumn: Int = 1,
        memo: inout CellMemo, buffers: inout SourceRowBuffers
    ) -> SourceRow {
        gatherCells(of: bytes, in: source, startColumn: startColumn, memo: &memo, into: &buffers.cells)
        return SourceRow(line: number, isTable: buffers.cells.count > 1, buffers: &buffers)
    }

    /// The cells between the tabs of a line's bytes, each cleaned from its own bytes, with its
    /// column (counted in scalars: the bytes that start one). A tab is a grapheme cluster of its
    /// own (Unicode breaks around controls), so cutting the UTF-8 bytes at tabs gives the cells
    /// a split by characters would, without the cost of finding character boundaries. They
    /// replace what `cells` held, in its storage when no row holds it any more.
    private static func gatherCells(
        of bytes: UnsafeBufferPointer<UInt8>, in source: TextBytes, startColumn: Int, memo: inout CellMemo,
        into cells: inout [SourceCell]
    ) {
        let tab = UInt8(ascii: "\t")
        var tabs = 0, from = 0
        while let i = bytes.firstOffset(of: tab, from: from) { tabs += 1; from = i + 1 }
        cells.removeAllCells()
        cells.reserveCapacity(tabs + 1)
        var start = 0, column = startColumn
        while true {
            let end = bytes.firstOffset(of: tab, from: start) ?? bytes.count
            let (cell, scalars) = memo.cell(of: UnsafeBufferPointer(rebasing: bytes[start..<end]), in: source, index: cells.count, column: column)
            cells.append(cell)
            guard end < bytes.count else { return }
            column += scalars + 1
            start = end + 1
        }
    }
}
