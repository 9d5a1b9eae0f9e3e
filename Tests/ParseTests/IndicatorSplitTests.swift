@testable import Parse
import Testing

/// The indicator reader asks the vocabulary only about the leading cells it could keep as
/// category names (``IndicatorTableReader/askedForNames(count:expecting:maximum:)``): on every
/// small half, with every pattern of which cells are names, it keeps what asking all of the
/// first `maximum` cells kept.
@Suite struct IndicatorSplitTests {
    /// The names leading a half whose cells are names where `isName` says, asking `asked` cells.
    private static func leadingNames(_ isName: [Bool], asked: Int) -> Int {
        isName.prefix(asked).prefix { $0 }.count
    }

    @Test func askingFewerCellsKeepsTheSameNames() {
        for count in 0...7 {
            for maximum in 1...3 {
                for expecting in 1...4 {
                    for pattern in 0..<(1 << count) {
                        let isName = (0..<count).map { pattern & (1 << $0) != 0 }
                        let all = Self.leadingNames(isName, asked: maximum)
                        let asked = IndicatorTableReader.askedForNames(count: count, expecting: expecting, maximum: maximum)
                        let few = Self.leadingNames(isName, asked: asked)
                        #expect(asked <= maximum)
                        // A half with no cell asked keeps all its cells for the indicator, as
                        // `split` answers it without looking further.
                        if asked == 0 { #expect(IndicatorTableReader.keptNames(found: 0, count: count, expecting: expecting) == 0) }
                        #expect(IndicatorTableReader.keptNames(found: few, count: count, expecting: expecting)
                                == IndicatorTableReader.keptNames(found: all, count: count, expecting: expecting),
                                "count \(count), maximum \(maximum), expecting \(expecting), names \(isName)")
                    }
                }
            }
        }
    }
}
