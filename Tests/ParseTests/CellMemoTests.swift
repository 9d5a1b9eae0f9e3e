@testable import Parse
import FormModel
import Testing

/// A cell read from a memo, warm with the cells of other files (``CellMemoPool``) or started
/// afresh when full, must be the cell cleaned from its bytes.
@Suite struct CellMemoTests {
    /// What a cell is, apart from the object holding it.
    private static func fields(_ cell: SourceCell) -> [String] {
        [cell.text, "\(cell.index)", "\(cell.column)", "\(cell.joinedWord)", "\(String(describing: cell.content.markup))",
         "\(cell.labelLists)", cell.labelKey?.text ?? "-"]
    }

    /// The rows of a text read line by line, each with a memo of its own row alone.
    private static func freshRows(_ text: String) -> [[[String]]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line in
            TabRowReader.row(line, number: number + 1).cells.map(fields)
        }
    }

    @Test func warmMemoReadsAsAFreshOne() {
        let first = "项目名称\t产出指标\t≥95%\n数量指标\t\t指标值\t2025年度\n产出指 标\t完成率  ≥ 90 %"
        let second = "指标值\t≥95%\t产出指 标\n\t数量指标\t新的值\t完成率  ≥ 90 %\n2025年度"
        for text in [first, second, first] {
            let rows = SourceRows.read(text)
            #expect(rows.map { $0.cells.map(Self.fields) } == Self.freshRows(text))
        }
    }

    @Test func fullMemoStartsAfresh() {
        var memo = CellMemo()
        // More different cells than a memo holds, then the first ones again.
        let texts = (0..<5000).map { "值\($0)" } + (0..<10).map { "值\($0)" }
        for text in texts {
            var bytes = text
            let cell = bytes.withUTF8 { memo.cell(of: $0, in: TextBytes(text: text, bytes: $0), index: 2, column: 7) }
            #expect(cell.scalars == text.unicodeScalars.count)
            #expect(Self.fields(cell.cell) == [text, "2", "7", "false", "nil", "\(LabelLists.none)", text])
        }
    }
}
