@testable import Parse
import FormModel
import Foundation
import Testing

/// The review's fast paths give what the paths they stand in for give, on generated inputs.
@Suite struct ReviewFastPathTests {
    /// Names near the vocabulary's spellings: the spellings themselves, cut, joined, padded
    /// with spaces, brackets or full-width letters, and random mixes of their characters.
    private func names(from spellings: [String], count: Int) -> [String] {
        let extras = ["", " ", "（", "）", "(", ")", "指标", "Ａ", "\u{3000}", "e\u{301}", "率", "合计", "2025", "年", "\u{F961}"]
        return (0..<count).map { _ in
            let base = spellings.randomElement()!
            switch Int.random(in: 0...4) {
            case 0: return base
            case 1: return String(base.dropLast(Int.random(in: 0...2)))
            case 2: return extras.randomElement()! + base + extras.randomElement()!
            case 3: return String(base.shuffled())
            default: return (0..<Int.random(in: 0...6)).map { _ in (extras + spellings).randomElement()! }.joined()
            }
        }
    }

    @Test func knownCategoryNamesAreTheVocabularysAnswers() {
        for name in names(from: ReviewSpellings.categoryNames, count: 5_000) {
            let known = CategoryPlacement.categoryNames.answer(for: name), asked = Vocabulary.categoryName(name)
            #expect(known.level1 == asked.level1 && known.level1Parents == asked.level1Parents, "\(name)")
        }
    }

    @Test func knownTotalLabelsAreTheVocabularysAnswers() {
        for label in names(from: ReviewSpellings.fieldLabels, count: 5_000) {
            #expect(TaskTotal.isTotal.answer(for: label) == Vocabulary.label(label, isIn: Vocabulary.totalLabels), "\(label)")
        }
    }

    /// The budget lines are found as comparing each field's label key with each line's key finds them.
    @Test func fieldLabelsFindWhatKeyComparisonFinds() {
        let lists = [Vocabulary.budgetSpending, Vocabulary.budgetIncome]
        let lines = FieldLabels(lists)
        for _ in 0..<2_000 {
            let labels = names(from: ReviewSpellings.fieldLabels + lists.joined(), count: Int.random(in: 0...10))
            let fields = labels.enumerated().map { Field(label: $1, value: "\($0)", line: $0 + 1, column: 0) }
            let form = Form(kind: .unknown, title: "", year: nil, organization: nil, approver: nil, fields: fields, goals: [],
                            tasks: [], otherTasks: [], indicators: [], indicatorLayout: .single, opinion: nil,
                            notes: [], diagnostics: [], line: 1)
            let expected: [Field]? = {
                let found = lists.joined().map { wanted in fields.first { Vocabulary.sameFieldLabel($0.label, wanted) } }
                return found.contains { $0 == nil } ? nil : found.map { $0! }
            }()
            #expect(lines.fields(in: form)?.map(\.value) == expected?.map(\.value), "\(labels)")
        }
    }

    /// Task sums counted in whole places give `Decimal`'s message, or its silence, on random
    /// amounts in either unit.
    @Test func exactTaskSumsAgreeWithDecimal() {
        let pieces = ["0", "1", "2", "5", "9", "7", ".", ","]
        func amount() -> Amount? {
            let text = (0..<Int.random(in: 1...14)).map { _ in pieces.randomElement()! }.joined()
            return Amount(printed: text, unit: Bool.random() ? .yuan : .wanYuan)
        }
        var compared = 0
        for _ in 0..<20_000 {
            let amounts = (0..<Int.random(in: 1...6)).compactMap { _ in amount() }
            guard !amounts.isEmpty, let total = Bool.random() ? amount() : sumOrNear(amounts) else { continue }
            let decimal = TaskTotal.decimalMismatch(amounts, total: total)
            guard let exact = TaskTotal.ExactSum(amounts, total: total) else { continue }
            compared += 1
            #expect(exact.mismatch.map { [$0.sum, $0.difference] } == decimal.map { [$0.sum, $0.difference] },
                    "\(amounts.map(\.text)) \(amounts.map(\.unit)) against \(total.text) \(total.unit)")
        }
        #expect(compared > 5_000)
    }

    /// A total printed as the amounts' sum in the first amount's unit, give or take a cent or two.
    private func sumOrNear(_ amounts: [Amount]) -> Amount? {
        let unit = amounts[0].unit
        let sum = amounts.reduce(Decimal(0)) { $0 + $1.inYuan } / unit.yuanFactor + Decimal(Int.random(in: -3...3)) / 100
        return Amount(printed: "\(sum)", unit: unit)
    }

    /// The byte table of look-alikes maps each character as the table of characters it replaced.
    @Test func lookAlikeDigitsAreTheCharacterTables() {
        let table: [Character: Character] = ["O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2"]
        let characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
            + ["\r\n", "O\u{301}", "Ｏ", "率", "é", "e\u{301}"]
        for character in characters {
            #expect(OCRLikeDifference.digit(lookingLike: character) == table[character] ?? character, "\(character)")
        }
    }
}

/// ``OCRLikeDifference``'s unit and fraction tests read bytes where the texts allow it: the
/// reasons match the character reading's, and a unit after a combining mark is no dropped unit.
@Suite struct OCRLikeDifferenceBytesTests {
    @Test func droppedUnitAndFractionKeepTheirReasons() {
        #expect(OCRLikeDifference("12次", "12")?.reasons == ["the unit \"次\" dropped"])
        #expect(OCRLikeDifference("≥95%", "≥0.95")?.reasons == ["\"95%\" written as the fraction \"0.95\""])
        #expect(OCRLikeDifference("100%", "1%")?.reasons == nil)
        #expect(OCRLikeDifference("12\u{301}次", "12") == nil)
    }
}
