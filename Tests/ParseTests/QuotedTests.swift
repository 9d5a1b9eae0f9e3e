@testable import Parse
import Testing

/// ``quoted(_:)`` counts scalars on the UTF-8 before it counts characters: whatever the text
/// (ASCII, Chinese, combining marks, emoji sequences, around the 24-character limit), it must
/// quote as the character count alone decides.
@Suite struct QuotedTests {
    @Test func quotesAsTheCharacterCountDecides() {
        let pieces = ["a", "产", "出", "e\u{301}", "👍🏽", "🇨🇳", "１", " ", "\u{3000}", "％"]
        for length in 0...30 {
            for (offset, _) in pieces.enumerated() {
                let text = (0..<length).map { pieces[($0 * 7 + offset) % pieces.count] }.joined()
                let expected = "\"" + (text.count > 24 ? String(text.prefix(24)) + "…" : text) + "\""
                #expect(Array(quoted(text).utf8) == Array(expected.utf8), "\(text)")
                #expect(Array("\(quoted: text)".utf8) == Array(expected.utf8), "\(text)")
            }
        }
    }
}
