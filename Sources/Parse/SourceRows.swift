/// Splits decoded text into source rows, choosing for each line the dialect that wrote it:
/// an HTML `<table>` (which may run over several lines), a markdown pipe row, or a
/// tab-separated row (which includes plain prose). A file may mix them.
enum SourceRows {
    static func read(_ text: String) -> [SourceRow] {
        let texts = SourceLines.split(text)
        let lines = texts.map { (number: $0.number, scalars: Array($0.text.unicodeScalars)) }
        let tags = TableTags(lines.map(\.scalars))
        var rows: [SourceRow] = []
        var i = 0
        var start = 0
        while i < lines.count {
            let (number, scalars) = lines[i]
            let rest = scalars[start...]
            guard let open = tableStart(in: rest) else {
                let piece = start == 0 ? texts[i].text : Substring(String(String.UnicodeScalarView(rest)))
                if start == 0, MarkdownRowReader.isPipeRow(piece) {
                    if let row = MarkdownRowReader.row(piece, number: number) { rows.append(row) }
                } else if start == 0 || !piece.allSatisfy(\.isWhitespace) {
                    // A line of prose (no tab) may carry markdown bold: `**项目支出绩效目标申报表**`.
                    let prose = piece.contains("\t") ? piece : MarkdownEmphasis.markup(piece)
                    rows.append(TabRowReader.row(prose, number: number, startColumn: start + 1))
                }
                i += 1
                start = 0
                continue
            }
            if scalars[start..<open].contains(where: { !$0.properties.isWhitespace }) {
                // Text before the table on the same line is prose (`<h2>标题</h2><table>…`).
                let before = Substring(String(String.UnicodeScalarView(scalars[start..<open])))
                rows.append(TabRowReader.row(before, number: number, startColumn: start + 1))
            }
            let end = tags.end(ofTableAt: TableTags.Position(line: i, offset: open)) ?? unclosedEnd(lines, line: i)
            var fragment = String.UnicodeScalarView()
            for k in i...end.line {
                let from = k == i ? open : 0
                let to = k == end.line ? end.offset : lines[k].scalars.count
                if k > i { fragment.append("\n") }
                fragment.append(contentsOf: lines[k].scalars[from..<to])
            }
            rows += HTMLTableReader.rows(String(fragment), line: number, column: open + 1)
            // Text after `</table>` on its line is read on: prose, or another table.
            if end.offset < lines[end.line].scalars.count {
                i = end.line
                start = end.offset
            } else {
                i = end.line + 1
                start = 0
            }
        }
        return rows
    }

    /// Where `<table` opens in the line, as a scalar offset, or `nil`.
    static func tableStart(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if matches(scalars, at: i, "<table") { return i }
            i += 1
        }
        return nil
    }

    /// Where a table that never closes ends: with the last of the lines after it that still
    /// hold row or cell tags, so that a stray `<table` cannot swallow the rest of the file.
    static func unclosedEnd(_ lines: [(number: Int, scalars: [Unicode.Scalar])], line: Int) -> (line: Int, offset: Int) {
        var last = line
        while last + 1 < lines.count, holdsRowTags(lines[last + 1].scalars) { last += 1 }
        return (last, lines[last].scalars.count)
    }

    private static func holdsRowTags(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.indices.contains { i in ["<tr", "<td", "<th", "</tr", "</td", "</th"].contains { matches(scalars[...], at: i, $0) } }
    }

    /// Whether `pattern` (lower-case ASCII) starts at `i`, ignoring case; a tag name must end
    /// there (`<table>` and `<table border=1>`, not `<tablet>`).
    static func matches(_ s: ArraySlice<Unicode.Scalar>, at i: Int, _ pattern: String) -> Bool {
        var k = i
        for p in pattern.unicodeScalars {
            guard k < s.endIndex else { return false }
            let c = s[k]
            let lower = c.value >= 0x41 && c.value <= 0x5A ? c.value + 0x20 : c.value
            guard lower == p.value else { return false }
            k += 1
        }
        guard k < s.endIndex else { return true }
        let next = s[k]
        return next == ">" || next == "/" || next.properties.isWhitespace
    }
}
