@testable import Emit
import Testing

/// ``XMLCharacters/treatment(of:)-(UnsafeBufferPointer<UInt8>)`` tests sixteen bytes at a time
/// and looks only at the bytes a block flags; these tests hold it to the plain reading of every
/// byte in turn, on texts of every length with the bytes that matter at every place, across
/// block boundaries included (U+FFFE split between two blocks).
struct XMLCharactersTests {
    /// The treatment read byte by byte, as the rule says: a control other than tab and line
    /// feed (and carriage return, escaped) or U+FFFE / U+FFFF needs filtering; `<`, `>`, `&`,
    /// `"` and carriage return need escaping.
    static func plainTreatment(of bytes: [UInt8]) -> XMLCharacters.Treatment {
        var treatment = XMLCharacters.Treatment.none
        for i in bytes.indices {
            let byte = bytes[i]
            if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return .filtering }
            switch byte {
            case 0x9, 0xA: continue
            case 0xD, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""): treatment = .escaping
            case ..<0x20: return .filtering
            default: continue
            }
        }
        return treatment
    }

    /// Plain pieces (ASCII, Chinese, full-width punctuation, characters holding `BF` or
    /// starting with `EF`) and the pieces that ask for something.
    static let plain: [String] = ["a", "7", " ", "?", "@", "年", "指标", "，", "（", "\u{FFBF}", "\u{FFFD}", "\u{EFBF}", "\u{FFF}", "é"]
    static let special: [String] = ["<", ">", "&", "\"", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"]

    @Test func blocksAgreeWithReadingEveryByte() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...48 {
            for _ in 0..<60 {
                var pieces = (0..<length).map { _ in Self.plain.randomElement(using: &generator)! }
                if !pieces.isEmpty {
                    for _ in 0..<Int.random(in: 0...2, using: &generator) {
                        pieces[Int.random(in: 0..<pieces.count, using: &generator)] = Self.special.randomElement(using: &generator)!
                    }
                }
                let bytes = Array(pieces.joined().utf8)
                let treatment = bytes.withUnsafeBufferPointer(XMLCharacters.treatment(of:))
                #expect(treatment == Self.plainTreatment(of: bytes), "\(bytes)")
            }
        }
    }

    /// U+FFFE and U+FFFF at every offset of a longer text, so that their three bytes fall on
    /// each side of every block boundary, and a lone `EF BF` (no third byte) at the end.
    @Test func forbiddenCharactersAreFoundAtEveryOffset() {
        for forbidden in ["\u{FFFE}", "\u{FFFF}"] {
            for offset in 0...40 {
                let bytes = Array((String(repeating: "a", count: offset) + forbidden + "指标指标指标").utf8)
                #expect(bytes.withUnsafeBufferPointer(XMLCharacters.treatment(of:)) == .filtering, "at \(offset)")
                let cut = Array(bytes[0..<offset + 2])
                #expect(cut.withUnsafeBufferPointer(XMLCharacters.treatment(of:)) == Self.plainTreatment(of: cut))
            }
        }
    }
}
