/// A few source line numbers, asked about once for each line of each cell: kept sorted and
/// searched by halves, which costs less than hashing the number (a form has a handful of
/// repaired lines, a whole table on one line many).
struct LineNumbers {
    private let sorted: [Int]

    init(_ lines: some Sequence<Int>) {
        sorted = lines.sorted()
    }

    /// Whether the line is one of them.
    func contains(_ line: Int) -> Bool {
        guard let first = sorted.first, line >= first, line <= sorted[sorted.count - 1] else { return false }
        var low = 0, high = sorted.count - 1
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < line { low = middle + 1 } else { high = middle }
        }
        return sorted[low] == line
    }
}
