/// Reads the markdown pipe-table dialect: `| 项目名称 | | 机关事业单位派遣人员经费 |`.
///
/// OCR tools that write markdown put one table row on a line, cells between `|`, a merged cell
/// as an empty cell (as the tab dialect does), and a `|---|:--:|` separator under the first row.
/// A cell may hold inline markup (`<br>`, `<b>`) and an escaped pipe `\|`, which is text.
enum MarkdownRowReader {
    /// Whether a line is written in this dialect: it starts (after white space) with a pipe and
    /// has at least one more.
    static func isPipeRow(_ line: Substring) -> Bool {
        let body = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard body.first == "|" else { return false }
        return body.dropFirst().contains("|")
    }

    /// The row on a pipe line, or `nil` for the separator line under the header, which holds no
    /// text. Call only for lines where ``isPipeRow(_:)`` holds.
    static func row(_ line: Substring, number: Int) -> SourceRow? {
        let pieces = split(line)
        if isSeparator(pieces.map(\.text)) { return nil }
        var cells: [SourceCell] = []
        for (index, piece) in pieces.enumerated() {
            let cleaned = CellCleaner.clean(MarkdownEmphasis.markup(Substring(piece.text)))
            cells.append(SourceCell(index: index, column: piece.column, cleaned: cleaned))
        }
        return SourceRow(line: number, cells: cells, isTable: true)
    }

    /// The raw text of each cell, with `\|` unescaped, and the 1-based column where it starts.
    /// The text before the first pipe and after the last one is no cell.
    ///
    /// Scans the UTF-8 bytes: `|` and `\` are ASCII, so a byte equal to one of them is that
    /// character, and each cell is a slice of the line, copied once.
    static func split(_ line: Substring) -> [(text: String, column: Int)] {
        var pieces: [(text: String, column: Int)] = []
        let bytes = line.utf8
        var start: String.Index?
        var startColumn = 0
        var column = 0
        var escaped = false
        var hasEscape = false
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let byte = bytes[i]
            if byte & 0xC0 != 0x80 { column += 1 }
            if escaped {
                // The escaped character's first byte; its other bytes are never `|` or `\`.
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                hasEscape = true
            } else if byte == UInt8(ascii: "|") {
                if let begin = start { pieces.append((cellText(line[begin..<i], hasEscape: hasEscape), startColumn)) }
                start = bytes.index(after: i)
                startColumn = column + 1
                hasEscape = false
            }
            bytes.formIndex(after: &i)
        }
        // Text after the last pipe is a cell only when the row did not close with a pipe.
        if let begin = start {
            let text = cellText(line[begin...], hasEscape: hasEscape)
            if !text.isEmpty { pieces.append((text, startColumn)) }
        }
        return pieces
    }

    /// A cell's text between its pipes, trimmed, with `\|` read as `|` (any other backslash stays).
    private static func cellText(_ raw: Substring, hasEscape: Bool) -> String {
        guard hasEscape else { return raw.trimmingSpaces() }
        var text: [Unicode.Scalar] = []
        var escaped = false
        for s in raw.unicodeScalars {
            if escaped {
                if s != "|" { text.append("\\") }
                text.append(s)
                escaped = false
            } else if s == "\\" {
                escaped = true
            } else {
                text.append(s)
            }
        }
        if escaped { text.append("\\") }
        return String(scalars: text).trimmingSpaces()
    }

    /// `---`, `:--:`, `--:` in every cell: the line under a markdown header row.
    static func isSeparator(_ cells: [String]) -> Bool {
        guard !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            var body = Substring(cell)
            if body.first == ":" { body = body.dropFirst() }
            if body.last == ":" { body = body.dropLast() }
            return !body.isEmpty && body.allSatisfy { $0 == "-" || $0 == "—" || $0 == "－" }
        }
    }
}
