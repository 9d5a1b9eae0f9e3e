/// Splits decoded text into source rows, choosing for each line the dialect that wrote it:
/// an HTML `<table>` (which may run over several lines), a markdown pipe row, or a
/// tab-separated row (which includes plain prose). A file may mix them.
enum SourceRows {
    /// Every row of the text, in order.
    static func read(_ text: String) -> [SourceRow] {
        var rows: [SourceRow] = []
        read(text) { rows.append($0) }
        return rows
    }

    /// Hands each row to `take` as soon as it is read, so that a reader that uses the rows one
    /// at a time (the form assembler) never holds every row of a large file at once.
    static func read(_ text: String, into take: (SourceRow) -> Void) {
        // Most files hold no HTML table: their lines are read as they are, without the scalar
        // copies that finding tables spanning lines needs.
        guard mayHoldTable(text) else {
            var bytes = text
            // The memo of the files read before: their labels and values are most of this one's.
            CellMemoPool.shared.withMemo { memo in
                bytes.withUTF8 { bytes in
                    let source = TextBytes(text: text, bytes: bytes)
                    // Each row is dropped once taken (unless kept), and the next is made in its lists.
                    var buffers = SourceRowBuffers()
                    for (index, range) in SourceLines.ranges(bytes).enumerated() {
                        if let row = readLine(at: range, of: source, number: index + 1, memo: &memo, buffers: &buffers) { take(row) }
                    }
                }
            }
            return
        }
        let texts = SourceLines.split(text)
        let lines = texts.map { (number: $0.number, scalars: Array($0.text.unicodeScalars)) }
        let tags = TableTags(lines.map(\.scalars))
        var i = 0
        var start = 0
        while i < lines.count {
            let (number, scalars) = lines[i]
            let rest = scalars[start...]
            guard let open = tableStart(in: rest) else {
                if start == 0 {
                    if let row = readLine(texts[i].text, number: number) { take(row) }
                } else {
                    let piece = Substring(String(scalars: rest))
                    if !piece.allSatisfy(\.isWhitespace) { take(prose(piece, number: number, startColumn: start + 1)) }
                }
                i += 1
                start = 0
                continue
            }
            if scalars[start..<open].contains(where: { !$0.properties.isWhitespace }) {
                // Text before the table on the same line is prose (`<h2>标题</h2><table>…`).
                let before = Substring(String(scalars: scalars[start..<open]))
                take(TabRowReader.row(before, number: number, startColumn: start + 1))
            }
            let end = tags.end(ofTableAt: TableTags.Position(line: i, offset: open)) ?? unclosedEnd(lines, line: i)
            // Gathered as scalars and made a string once (``Swift/String/init(scalars:)``):
            // appending to a string's scalar view a line at a time copies the whole string each
            // time (quadratic in a long table).
            var fragment: [Unicode.Scalar] = []
            for k in i...end.line {
                let from = k == i ? open : 0
                let to = k == end.line ? end.offset : lines[k].scalars.count
                if k > i { fragment.append("\n") }
                fragment.append(contentsOf: lines[k].scalars[from..<to])
            }
            HTMLTableReader.rows(String(scalars: fragment), line: number, column: open + 1).forEach(take)
            // Text after `</table>` on its line is read on: prose, or another table.
            if end.offset < lines[end.line].scalars.count {
                i = end.line
                start = end.offset
            } else {
                i = end.line + 1
                start = 0
            }
        }
    }

    /// A whole line without an HTML table, at `range` of the text's bytes.
    /// Nearly every line is read from its bytes: a line without a `|` is no pipe row, and one
    /// with a tab or without `**` is a tab row as it is. The others are read as substrings.
    /// The cells read before in the file come from `memo`; a tab row's lists are made in `buffers`.
    private static func readLine(
        at range: Range<Int>, of source: TextBytes, number: Int, memo: inout CellMemo, buffers: inout SourceRowBuffers
    ) -> SourceRow? {
        let bytes = UnsafeBufferPointer(rebasing: source.bytes[range])
        // Searched by `memchr`: a byte loop over every line of the file cost four instructions a byte.
        if bytes.firstOffset(of: UInt8(ascii: "|")) == nil,
           bytes.firstOffset(of: UInt8(ascii: "\t")) != nil || !MarkdownEmphasis.mayHoldEmphasis(bytes) {
            return TabRowReader.row(bytes, in: source, number: number, memo: &memo, buffers: &buffers)
        }
        let text = source.text, utf8 = text.utf8, start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return readLine(text[start..<utf8.index(start, offsetBy: range.count)], number: number)
    }

    /// A whole line without an HTML table: a markdown pipe row, or a tab-separated row.
    private static func readLine(_ line: Substring, number: Int) -> SourceRow? {
        if MarkdownRowReader.isPipeRow(line) { return MarkdownRowReader.row(line, number: number) }
        return prose(line, number: number, startColumn: 1)
    }

    /// A tab-separated row; a line of prose (no tab) may carry markdown bold (`**项目支出绩效目标申报表**`).
    private static func prose(_ piece: Substring, number: Int, startColumn: Int) -> SourceRow {
        var bytes = piece
        let text = bytes.withUTF8 { $0.firstOffset(of: UInt8(ascii: "\t")) != nil } ? piece : MarkdownEmphasis.markup(piece)
        return TabRowReader.row(text, number: number, startColumn: startColumn)
    }

    /// Whether `<table` appears anywhere, in any case: a byte search, since a `<` byte is only
    /// ever the character `<` in UTF-8.
    static func mayHoldTable(_ text: String) -> Bool {
        let pattern = Array("<table".utf8)
        var text = text
        return text.withUTF8 { bytes in
            var from = 0
            while let i = bytes.firstOffset(of: UInt8(ascii: "<"), from: from), i + pattern.count <= bytes.count {
                var k = 1
                while k < pattern.count, bytes[i + k] | 0x20 == pattern[k] { k += 1 }
                if k == pattern.count { return true }
                from = i + 1
            }
            return false
        }
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
