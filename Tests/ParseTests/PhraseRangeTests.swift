import Foundation
@testable import Parse
import Testing

/// ``Swift/String/rangeOfPhrase(_:)`` finds what Foundation's `range(of:)` finds, on plain text
/// (searched by bytes) and on text that is not (searched by Foundation).
@Suite struct PhraseRangeTests {
    /// Pieces the generated texts are made of: dashes of both widths, ideographs, digits,
    /// spaces, and marks that join the scalar before them (which make a text not plain).
    static let pieces = ["-", "—", "－", "–", "任务", "经费", "1", "9.5", " ", "　", "é", "e\u{301}", "\u{301}", "a", "\n"]

    /// The range as UTF-8 offsets, which both answers can be compared by.
    private static func offsets(_ range: Range<String.Index>?, in text: String) -> Range<Int>? {
        range.map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.utf8.startIndex, to: $0.upperBound) }
    }

    @Test func findsWhatFoundationFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for phrase in ["--", "——", "-", "任务", "e"] {
                #expect(Self.offsets(text.rangeOfPhrase(phrase), in: text) == Self.offsets(text.range(of: phrase), in: text),
                        "\(Array(text.unicodeScalars)) / \(phrase)")
            }
        }
    }
}
