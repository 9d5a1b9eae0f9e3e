@testable import Emit
import Testing

/// JSON strings take one of three fast paths by length (a byte at a time, two words, sixteen
/// bytes at a time) when nothing needs escaping, and the run-by-run path otherwise; these tests
/// hold every path to one plain escaper.
@Suite struct JSONStringTests {
    /// Text of every length up to 70 bytes, plain or with escapes at random places, in ASCII and
    /// in three-byte CJK characters, so that an escape falls in every word and every tail.
    @Test func stringsAreEscapedAsRFC8259Says() {
        var generator = SystemRandomNumberGenerator()
        let plain: [Character] = ["a", "Z", "0", " ", "/", "~", "指", "标", "，", "\u{7F}", "é"]
        let escaped: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\r\n"]
        for length in 0...70 {
            for _ in 0..<40 {
                var text = String((0..<length).map { _ in plain.randomElement(using: &generator)! })
                if !text.isEmpty, Bool.random(using: &generator) {
                    var characters = Array(text)
                    for _ in 0...Int.random(in: 0...2, using: &generator) {
                        characters[Int.random(in: 0..<characters.count, using: &generator)] = escaped.randomElement(using: &generator)!
                    }
                    text = String(characters)
                }
                let bytes = JSONOutput.collect { $0.string(text) }
                #expect(bytes == Self.reference(text), "\(text.debugDescription)")
            }
        }
    }

    /// The escaping of RFC 8259 a scalar at a time.
    private static func reference(_ text: String) -> [UInt8] {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return Array((result + "\"").utf8)
    }
}
