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
            cells.append(SourceCell(index: index, column: piece.column, text: cleaned.text, rich: cleaned.rich,
                                    joinedWord: cleaned.joinedWord))
        }
        return SourceRow(line: number, cells: cells, isTable: true)
    }

    /// The raw text of each cell, with `\|` unescaped, and the 1-based column where it starts.
    /// The text before the first pipe and after the last one is no cell.
    static func split(_ line: Substring) -> [(text: String, column: Int)] {
        var pieces: [(text: String, column: Int)] = []
        var current = String.UnicodeScalarView()
        var start: Int?
        var column = 0
        var escaped = false
        for s in line.unicodeScalars {
            column += 1
            if escaped {
                if s != "|" { current.append("\\") }
                current.append(s)
                escaped = false
                continue
            }
            if s == "\\" { escaped = true; continue }
            if s == "|" {
                if let begin = start { pieces.append((String(current).trimmingSpaces(), begin)) }
                current = String.UnicodeScalarView()
                start = column + 1
                continue
            }
            if start != nil { current.append(s) }
        }
        // Text after the last pipe is a cell only when the row did not close with a pipe.
        if escaped { current.append("\\") }
        if let begin = start, !String(current).trimmingSpaces().isEmpty {
            pieces.append((String(current).trimmingSpaces(), begin))
        }
        return pieces
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
