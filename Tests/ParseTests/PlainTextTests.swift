import Testing
import FormModel

/// The byte shortcuts of PlainText.swift give the answers `String` gives, including on the
/// spellings where bytes and characters disagree.
@Suite struct PlainTextTests {
    /// Texts whose ends hold what breaks a byte comparison: a combining accent after the
    /// affix, a compatibility ideograph equivalent to a plain one (U+F9A8 is 令), a prepended
    /// mark (U+0600) before it, CR before LF, and plain Chinese and ASCII.
    static let texts = [
        "", "指标", "产出指标", "产出指标\u{301}", "产出\u{F9A8}", "产出令", "\u{0600}指标", "a\u{0600}(元)",
        "拟投入的资金(元)", "拟投入的资金（元）", "x\r\n", "x\n", "批复意见", "财政分局批复意见", "意见\u{20DD}",
        "e\u{301}指标", "\u{1F600}指标", "指标\u{1F600}", "≥90%", "abc", "ab",
    ]
    static let affixes = ["指标", "令", "\u{F9A8}", "(元)", ")", "\n", "意见", "批复", "产出", "e", "≥", "abc", "", "\u{301}指标"]

    @Test func suffixesAgreeWithString() {
        for text in Self.texts {
            for affix in Self.affixes {
                #expect(text.hasPlainSuffix(affix) == text.hasSuffix(affix), "\(text.debugDescription) ends with \(affix.debugDescription)")
            }
        }
    }

    @Test func prefixesAgreeWithString() {
        for text in Self.texts {
            for affix in Self.affixes {
                #expect(text.hasPlainPrefix(affix) == text.hasPrefix(affix), "\(text.debugDescription) starts with \(affix.debugDescription)")
            }
        }
    }
}
