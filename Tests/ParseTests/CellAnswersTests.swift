@testable import Parse
import FormModel
import Testing

/// ``CellAnswers`` remembers the vocabulary's answers by a cell's content: whatever contents
/// come and go (shared, repeated, pushed out of their slot, freed and made anew), it must
/// answer as the vocabulary does.
@Suite struct CellAnswersTests {
    /// Category names of both levels with variants, and texts that name none.
    static let texts: [String] = {
        var texts = ["", "其他", "95%", "≥90%", "产出指 标", "（一）产出指标", "数量", String(repeating: "指标", count: 30)]
        for category in Vocabulary.indicatorCategories {
            for name in [category.name] + category.aliases + category.children {
                texts += [name, name + " ", "（" + name + "）", name + "(万元)", String(name.dropLast(2)), name + "完成率"]
            }
        }
        return texts
    }()

    @Test func answersAsTheVocabulary() {
        var answers = CellAnswers()
        // Shared contents asked again and again, as the memo's cells are.
        let shared = Self.texts.map { CellContent(text: $0, markup: nil, joinedWord: false) }
        for round in 0..<3 {
            for content in shared { expectSameName(answers.categoryName(of: content), content.text, round) }
            // Contents made and dropped between the rounds: their addresses are taken again.
            for text in Self.texts.reversed() {
                let fresh = CellContent(text: text, markup: nil, joinedWord: false)
                expectSameName(answers.categoryName(of: fresh), text, round)
            }
        }
    }

    private func expectSameName(_ name: CategoryName, _ text: String, _ round: Int) {
        let expected = Vocabulary.categoryName(text)
        #expect(name.level1 == expected.level1, "\(text), round \(round)")
        #expect(name.level1Parents == expected.level1Parents, "\(text), round \(round)")
    }
}
