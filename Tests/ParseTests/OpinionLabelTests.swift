import Testing
@testable import FormModel

/// The byte shortcuts of ``Vocabulary/isOpinionLabel(_:)`` give the answer of its definition:
/// the folded label ends in an opinion suffix and has at most 16 characters.
@Suite struct OpinionLabelTests {
    /// The definition, read with `String`'s own suffix test and character count.
    static func definition(_ text: String) -> Bool {
        let key = Vocabulary.foldedLabel(text)
        return Vocabulary.opinionSuffixes.contains { key.hasSuffix($0) } && key.count <= 16
    }

    /// Endings the byte screens tell apart (ASCII, ideographs, spaces, U+3000, a Yijing
    /// hexagram U+4DC0 whose lead byte E4 is an ideograph's, accents, CR LF) and lengths on
    /// both sides of 16 characters, with and without spaces among them.
    static let texts: [String] = {
        let ends = ["意见", "意见 ", "意见\u{3000}", "意见\t\n", "见", "见\u{301}", "意见\r\n", "x", "x ", "事项",
                    "\u{4DC0}", "\u{3400}", "\u{4E00}", "\u{9FFF}", "（元）", "\u{2028}", "\u{A0}", "\u{1F600}", ""]
        let heads = ["", "批复", "财政分局批复", "镇财政分局审核", "一二三四五六七八九十一二三四五批复",
                     "一 二 三 四 五 六 七 八 九 十 一 二 批复", "一\u{3000}二\u{3000}三\u{3000}四\u{3000}五\u{3000}六\u{3000}七\u{3000}八\u{3000}九\u{3000}十\u{3000}一二批复",
                     "一二三四五六七八九十一二三四五六七批复", "ＡＢＣ批复", "abcdefghijklmn批复"]
        return heads.flatMap { head in ends.map { head + $0 } }
    }()

    @Test func screensAgreeWithTheDefinition() {
        for text in Self.texts {
            #expect(Vocabulary.isOpinionLabel(text) == Self.definition(text), "\(text.debugDescription)")
        }
    }

    /// The counts on bytes are the counts of `String`'s scalars (less White_Space ones).
    @Test func plainScalarCountsAgreeWithScalars() {
        for text in Self.texts where text.isPlainForSearch {
            for limit in [0, 1, 15, 16, 17, 20] {
                let all = text.unicodeScalars.count, butSpaces = text.unicodeScalars.filter { !Vocabulary.isWhitespace($0) }.count
                #expect(Vocabulary.plainScalars(in: text, exceed: limit, countingSpaces: true) == (all > limit))
                #expect(Vocabulary.plainScalars(in: text, exceed: limit, countingSpaces: false) == (butSpaces > limit))
            }
        }
    }
}

/// The one-list sets the readers test against are the sets ``LabelLists/init(_:)-([[String]])``
/// makes of the vocabulary's lists.
@Suite struct LabelListConstantTests {
    @Test func constantsAreTheListsBits() {
        for list in LabelKeyIndex.IndexedList.allCases {
            #expect(LabelLists(list).bits == LabelLists([list.words]).bits, "\(list)")
        }
        #expect(LabelLists.level1Headers.bits == LabelLists([Vocabulary.level1Headers]).bits)
        #expect(LabelLists.indicatorHeaderRowWords.bits == LabelLists([Vocabulary.indicatorHeaderRowWords]).bits)
        #expect(LabelLists.none.bits == 0)
    }
}
