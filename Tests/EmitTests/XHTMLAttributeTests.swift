@testable import Emit
import Testing

/// Attribute values that libxml2 would write unchanged go between `xmlTextWriterStartAttribute`
/// and `xmlTextWriterEndAttribute` as they are, sparing `xmlTextWriterWriteAttribute`'s
/// escaping pass. These tests hold that shortcut to libxml2's own escaping: the same value
/// written both ways gives the same bytes.
struct XHTMLAttributeTests {
    /// Every kind of character an attribute value can hold: plain ASCII and digits, Chinese
    /// and full-width punctuation, what libxml2 escapes in a value (`<`, `>`, `&`, `"`, tab,
    /// line feed, carriage return), and what XML forbids.
    static let pieces: [String] = [
        "a", "7", "%", ":", " ", "'", "年", "指标", "，", "（", "é", "\u{10000}", "\u{FFFD}",
        "<", ">", "&", "\"", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}",
    ]

    /// `<p title="…"></p>` written by `write`, as bytes.
    static func paragraph(_ write: (XHTMLMarkup) -> Void) -> [UInt8] {
        XHTMLMarkup.document { markup in
            markup.start("p")
            write(markup)
            markup.end()
        }
    }

    @Test func preparedValuesAreWrittenAsLibxml2EscapesThem() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let value = (0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let prepared = Self.paragraph { $0.attribute("title", XHTMLMarkup.PreparedValue(value)) }
            let escaped = Self.paragraph { $0.attribute("title", text: value) }
            #expect(prepared == escaped, "\(Array(value.unicodeScalars))")
        }
    }

    @Test func literalsAndNumbersAreWrittenAsLibxml2EscapesThem() {
        #expect(Self.paragraph { $0.attribute("class", "value long repaired") }
            == Self.paragraph { $0.attribute("class", text: "value long repaired") })
        for number in [0, 1, 9, 10, 12, 345, 1_000_000] {
            #expect(Self.paragraph { $0.attribute("rowspan", number: number) }
                == Self.paragraph { $0.attribute("rowspan", text: String(number)) })
        }
    }

    @Test func onlyValuesLibxml2LeavesAloneAreVerbatim() {
        func isVerbatim(_ text: String) -> Bool {
            var text = text
            return text.withUTF8(XMLCharacters.isVerbatimAttributeValue)
        }
        #expect(isVerbatim("width: 12.5%"))
        #expect(isVerbatim("未识别 ，（）"))
        for escaped in ["<", ">", "&", "\"", "\t", "\n", "\r", "\u{1}", "\u{FFFE}"] {
            #expect(!isVerbatim("a" + escaped + "b"), "\(Array(escaped.unicodeScalars))")
        }
    }
}
