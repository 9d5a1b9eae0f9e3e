@testable import Parse
import FormModel
import Testing

/// Width folding (``Vocabulary/halfWidth(_:)``, ``Vocabulary/foldedLabel(_:)``) copies the three
/// bytes of each scalar in U+4000–U+9FFF without decoding it: the answers are those of folding
/// scalar by scalar, on texts that mix such scalars with everything folding looks at.
@Suite struct WidthFoldingTests {
    /// Full-width ASCII as half-width, the ideographic space as a space, and (`droppingWhitespace`)
    /// every White_Space scalar dropped: folding spelled out on scalars.
    static func folded(_ text: String, droppingWhitespace: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0xFF01 && v <= 0xFF5E {
                scalars.append(Unicode.Scalar(v - 0xFEE0)!)
            } else if droppingWhitespace && scalar.properties.isWhitespace {
                continue
            } else if v == 0x3000 {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Pieces that folding treats each its own way: CJK at both ends of the copied range and
    /// outside it, full-width ASCII and brackets, spaces, marks, and scalars of every width.
    static let pieces = ["指标", "产出", "\u{4000}", "\u{9FFF}", "\u{3FFF}", "\u{A000}", "１２", "（", "）", "(", ")",
                         "\u{3000}", " ", "\t", "\u{A0}", "a", "%", "％", "①", "²", "é", "e\u{301}", "𠀀", "，", "。"]

    @Test func foldingMatchesScalarByScalar() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator))
                .map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(Vocabulary.halfWidth(text).unicodeScalars.elementsEqual(Self.folded(text, droppingWhitespace: false).unicodeScalars), "\(text)")
            #expect(Vocabulary.foldedLabel(text).unicodeScalars.elementsEqual(Self.folded(text, droppingWhitespace: true).unicodeScalars), "\(text)")
        }
    }

    /// A bracketed part is dropped whole, Chinese inside it included, and the text after it kept.
    @Test func categoryKeyDropsBracketedChinese() {
        #expect(Vocabulary.categoryKey("产出（数量）指标") == Vocabulary.categoryKey("产出指标"))
        #expect(Vocabulary.categoryKey("（预期）产出指标 ") == Vocabulary.categoryKey("产出指标"))
        #expect(Vocabulary.categoryKey("效益(社会(长期)效益)指标") == Vocabulary.categoryKey("效益指标"))
    }
}
