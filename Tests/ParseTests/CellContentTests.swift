@testable import Parse
import FormModel
import Testing

/// A cell keeps its label key as a ``ShortLabelKey`` (no second copy of its text) in a
/// ``CellContent`` shared with the memo's other cells: it must answer as the slow paths do.
@Suite struct CellContentTests {
    static let lists = [
        Vocabulary.fieldLabels, Vocabulary.formLabels, Vocabulary.level1Headers, Vocabulary.level2Headers,
        Vocabulary.valueHeaders, Vocabulary.periodValueHeaders, Vocabulary.sectionLabels, Vocabulary.totalLabels,
        // Not indexed: answered word by word.
        ["项目名称", "其他"],
    ]

    /// Every label of the lists, and variants whose key differs from the text (spaces,
    /// full-width letters, a qualifier, a year) or that are too long to be a label.
    static let texts: [String] = {
        var texts = ["", "其他", "95%", "≥90%", "2025年度", "产出指 标", "ＡＢＣ", String(repeating: "指标", count: 30)]
        for list in lists {
            for label in list {
                texts += [label, label + " ", " " + label, label + "(万元)", label + "（万元）", "2025" + label]
            }
        }
        return texts
    }()

    @Test func cellsAnswerAsTheVocabulary() {
        for text in Self.texts {
            let cell = SourceCell(index: 0, column: 1, text: text, rich: nil, joinedWord: false)
            #expect(cell.text == text)
            #expect(cell.labelKey?.text == LabelKey(ofShortLabel: text)?.text)
            for list in Self.lists {
                #expect(cell.isLabel(in: list) == Vocabulary.label(text, isIn: list), "\(text) in \(list)")
                if let key = LabelKey(ofShortLabel: text) { #expect(cell.isLabel(in: list) == key.isIn(list)) }
            }
        }
    }

    @Test func memoCellsShareTheirContent() {
        var memo = CellMemo(), buffers = SourceRowBuffers()
        let text = "产出指标\t数量指标\t\t产出指标"
        var bytes = text
        let row = bytes.withUTF8 { TabRowReader.row($0, in: TextBytes(text: text, bytes: $0), number: 1, memo: &memo, buffers: &buffers) }
        #expect(row.cells.map(\.text) == ["产出指标", "数量指标", "", "产出指标"])
        #expect(row.cells.map(\.column) == [1, 6, 11, 12])
        #expect(row.cells[0].content === row.cells[3].content)
        #expect(row.filled.map(\.index) == [0, 1, 3])
    }
}
