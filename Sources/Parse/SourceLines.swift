/// Splits decoded text into numbered lines, whatever the line ends (LF, CRLF or CR).
enum SourceLines {
    static func split(_ text: String) -> [(number: Int, text: Substring)] {
        var lines: [(Int, Substring)] = []
        var number = 1
        var start = text.startIndex
        var i = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                lines.append((number, text[start..<i]))
                var next = scalars.index(after: i)
                if s == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                number += 1
                start = next
                i = next
                continue
            }
            i = scalars.index(after: i)
        }
        if start < text.endIndex { lines.append((number, text[start...])) }
        return lines
    }
}
