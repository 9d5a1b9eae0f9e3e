/// Every `<table` and `</table` in a file, paired in one pass like brackets, so that finding
/// where a table ends never rescans the file: a file of many unclosed tables stays linear.
struct TableTags {
    /// A place in the file: a line (0-based index into the lines) and a scalar offset in it.
    struct Position: Hashable {
        let line: Int
        let offset: Int
    }

    /// For each `<table` that closes, the position just after its matching `</table>`.
    private var ends: [Position: Position] = [:]

    init(_ lines: [[Unicode.Scalar]]) {
        var open: [Position] = []
        for (k, scalars) in lines.enumerated() {
            var i = 0
            while i < scalars.count {
                if scalars[i] == "<" {
                    if SourceRows.matches(scalars[...], at: i, "<table") {
                        open.append(Position(line: k, offset: i))
                    } else if SourceRows.matches(scalars[...], at: i, "</table"), let start = open.popLast() {
                        var end = i + 7
                        while end < scalars.count, scalars[end] != ">" { end += 1 }
                        ends[start] = Position(line: k, offset: min(end + 1, scalars.count))
                    }
                }
                i += 1
            }
        }
    }

    /// Where the table opened at `start` ends, or `nil` when it never closes.
    func end(ofTableAt start: Position) -> (line: Int, offset: Int)? {
        ends[start].map { ($0.line, $0.offset) }
    }
}
