import FormModel
@testable import Parse
import Testing

/// The byte searches that skip ahead (`memchr` for `<`, `&` and `*`, ideographs stepped over a
/// scalar at a time) against the byte-by-byte answers they replace, on many generated texts.
@Suite struct ByteSearchTests {
    /// Texts made of pieces that start, spoil or surround markup, comparison spellings and
    /// emphasis, in a fixed pseudo-random order.
    static let texts: [String] = {
        let pieces = [
            "<b>", "</b>", "<", ">", "&", "&ge;", "&amp;", "&#8805;", "&x", ";", "<p>", "<br/>", "<span class=a>",
            "产出", "指标", "，", "≧", "≦", "＞", "＝", "=", "≥", "*", "**", "a", " ", "9", "\u{3000}", "é", "＜", "、",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        return (0..<3000).map { _ in (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined() }
    }()

    /// `firstOffset(of:from:)` for a word (candidates found by `memchr` on its last byte)
    /// against a search trying every offset in turn, for words cut from the texts and
    /// every start.
    @Test func wordSearchFindsWhatTryingEveryOffsetFinds() {
        let words = ["指标", "<b>", "&", "a a", "≥", "，", "标产", "\u{3000}", "**", "é"].map { Array($0.utf8) }
        for text in Self.texts.prefix(1000) {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { haystack in
                for word in words + [Array(bytes.suffix(3))] where !word.isEmpty {
                    word.withUnsafeBufferPointer { word in
                        for start in 0...bytes.count {
                            let tryingEvery = start + word.count > bytes.count ? nil
                                : (start...(bytes.count - word.count)).first { bytes[$0..<$0 + word.count].elementsEqual(word) }
                            #expect(haystack.firstOffset(of: word, from: start) == tryingEvery, "\(text) \(start)")
                        }
                    }
                }
            }
        }
    }

    @Test func holdsMarkupFindsWhatAByteLoopFinds() {
        for text in Self.texts {
            var bytes = text
            bytes.withUTF8 { bytes in
                let everyByte = bytes.indices.contains { i in
                    (bytes[i] == UInt8(ascii: "<") && InlineMarkup.Tag(bytes, at: i) != nil)
                        || (bytes[i] == UInt8(ascii: "&") && InlineMarkup.entity(bytes, at: i) != nil)
                }
                #expect(InlineMarkup.holdsMarkup(bytes) == everyByte, "\(text)")
            }
        }
    }

    @Test func comparisonsAreNormalizedAsByReplacingEverySpelling() {
        for text in Self.texts {
            var replaced = text.replacingAll("≧", "≥").replacingAll("≦", "≤")
            for (spelling, symbol) in [("＞＝", "≥"), ("＜＝", "≤"), (">=", "≥"), ("<=", "≤"), ("=>", "≥"), ("=<", "≤")] {
                replaced = replaced.replacingAll(spelling, symbol)
            }
            #expect(CellCleaner.normalizedComparisons(text) == replaced, "\(text)")
        }
    }

    /// A cell without markup is cleaned by the byte tests of the plain path (punctuation and
    /// ideographs told by their bytes) as the same text inside an unknown tag is by the
    /// paragraphs and runs of the markup path.
    @Test func plainCellsCleanAsThroughTheMarkupPath() {
        let pieces = ["产出", "，", "、", "。", "\u{3000}", " ", "＜", "＞", "＝", "=", "a", "9", "%", "≧", "\u{85}", "（", "）", "\u{FF00}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<3000 {
            let text = (0..<(1 + next(10))).map { _ in pieces[next(pieces.count)] }.joined()
            let plain = CellCleaner.clean(Substring(text)), marked = CellCleaner.clean(Substring("<span>" + text + "</span>"))
            #expect(plain.text == marked.text, "\(text)")
            #expect(plain.joinedWord == marked.joinedWord, "\(text)")
        }
    }

    /// A piece of a text's bytes becomes the same string whether it fits in a small string
    /// (made from the bytes) or not (copied out of the text).
    @Test func piecesOfATextAreItsStrings() {
        for text in Self.texts.prefix(300) {
            var bytes = text
            bytes.withUTF8 { bytes in
                let source = TextBytes(text: text, bytes: bytes)
                let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
                for (k, from) in starts.enumerated() {
                    for to in starts[k...] {
                        let piece = UnsafeBufferPointer(rebasing: bytes[from..<to])
                        #expect(Array(source.string(of: piece).utf8) == Array(piece), "\(text)")
                    }
                }
            }
        }
    }

    @Test func emphasisIsFoundAsByAByteLoop() {
        for text in Self.texts {
            var bytes = text
            bytes.withUTF8 { bytes in
                let everyByte = bytes.indices.dropFirst().contains { bytes[$0] == UInt8(ascii: "*") && bytes[$0 - 1] == UInt8(ascii: "*") }
                #expect(MarkdownEmphasis.mayHoldEmphasis(bytes) == everyByte, "\(text)")
            }
        }
    }
}
