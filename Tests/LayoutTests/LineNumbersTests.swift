@testable import Layout
import Testing

/// ``LineNumbers`` searches by halves: its answers must be those of a plain search of the
/// distinct sorted lines.
struct LineNumbersTests {
    @Test func placesAgreeWithASearchOfTheDistinctLines() {
        var generator = SystemRandomNumberGenerator()
        for size in 0..<40 {
            let lines = (0..<size).map { _ in Int.random(in: 1...30, using: &generator) }
            let numbers = LineNumbers(lines)
            let distinct = Array(Set(lines)).sorted()
            #expect(numbers.count == distinct.count)
            for line in 0...31 {
                #expect(numbers.place(of: line) == distinct.firstIndex(of: line))
                #expect(numbers.contains(line) == distinct.contains(line))
            }
        }
    }
}
