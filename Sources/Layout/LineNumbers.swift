/// A few distinct source line numbers, asked about once for each line of each cell: kept
/// sorted and searched by halves, which costs less than hashing the number (a form has a
/// handful of repaired lines, a whole table on one line many). Each line's place in the
/// sorted list indexes whatever is kept about it in plain arrays.
struct LineNumbers {
    private let sorted: [Int]

    /// The distinct lines of a sequence, repeats dropped.
    init(_ lines: some Sequence<Int>) {
        var sorted = lines.sorted()
        if sorted.count > 1 {
            var kept = 1
            for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
                sorted[kept] = sorted[index]
                kept += 1
            }
            sorted.removeLast(sorted.count - kept)
        }
        self.sorted = sorted
    }

    /// How many distinct lines there are.
    var count: Int { sorted.count }

    /// Whether the line is one of them.
    func contains(_ line: Int) -> Bool { place(of: line) != nil }

    /// The line's place among them, from 0 in ascending order, or `nil` when it is not one.
    func place(of line: Int) -> Int? {
        guard let first = sorted.first, line >= first, line <= sorted[sorted.count - 1] else { return nil }
        var low = 0, high = sorted.count - 1
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < line { low = middle + 1 } else { high = middle }
        }
        return sorted[low] == line ? low : nil
    }
}
