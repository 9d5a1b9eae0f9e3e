import Foundation
import FormModel
import Layout
import Parse
import Testing
@testable import Emit

/// The `grid` table: the official layout flattened, merged cells in their top-left slot or
/// repeated over their span, several forms separated by one empty row.
@Suite struct CSVGridTests {
    /// ```
    /// | A (2 rows) | B (2 columns)  |
    /// |            | C     | D      |
    /// | E (3 columns)               |
    /// ```
    static let rows: [[GridCell]] = [
        [GridCell(plain: "A", role: .label, rowSpan: 2), GridCell(plain: "B", role: .header, colSpan: 2)],
        [GridCell(plain: "C", role: .value), GridCell(plain: "D", role: .value)],
        [GridCell(plain: "E\nF", role: .text, colSpan: 3)],
    ]

    @Test func mergedTextSitsInTheTopLeftCell() {
        #expect(CSVGridTable.flatten(Self.rows, width: 3, fillMerged: false) == [["A", "B", ""], ["", "C", "D"], ["E\nF", "", ""]])
    }

    @Test func fillMergedRepeatsTheTextOverTheSpan() {
        #expect(CSVGridTable.flatten(Self.rows, width: 3, fillMerged: true) == [["A", "B", "B"], ["A", "C", "D"], ["E\nF", "E\nF", "E\nF"]])
    }

    @Test func aRowWiderThanTheGridIsKeptNotCut() {
        let rows = [[GridCell(plain: "x", role: .value, colSpan: 2), GridCell(plain: "y", role: .value)]]
        #expect(CSVGridTable.flatten(rows, width: 2, fillMerged: false) == [["x", "", "y"]])
    }

    static func examples() throws -> [Document] {
        try CSVExamplesTests.inputs.map { try FormReader.read([UInt8](Data(contentsOf: $0)), source: $0.lastPathComponent) }
    }

    @Test func severalFormsAreSeparatedByOneEmptyRow() throws {
        let documents = try Self.examples()
        let forms = documents.flatMap(\.forms)
        try #require(forms.count > 1)
        let stream = try CSVStrictReader.records(utf8WithBOM: CSVWriter.render(documents, table: .grid)) // rectangular, or it throws
        let perForm = try forms.map { try CSVStrictReader.records(utf8WithBOM: CSVWriter.renderGrid($0)) }
        let width = try #require(stream.first?.count)
        var expected: [[String]] = []
        for (index, records) in perForm.enumerated() {
            if index > 0 { expected.append(Array(repeating: "", count: width)) }
            expected += records.map { $0 + Array(repeating: "", count: width - $0.count) }
        }
        #expect(stream == expected)
        #expect(stream.filter { $0.allSatisfy(\.isEmpty) }.count == forms.count - 1)
    }

    /// Each example's grid starts with its title and holds every indicator name and value somewhere,
    /// in the column order of the printed table (level 3 left of its value).
    @Test func exampleGridsHoldTheFormsText() throws {
        for form in try Self.examples().flatMap(\.forms) {
            let records = CSVWriter.records([Document(source: "x", encoding: .utf8, forms: [form])], table: .grid)
            let width = FormLayout.grid(for: form).columnCount
            #expect(records.first?.first == form.title)
            #expect(records.allSatisfy { $0.count == records[0].count } && records[0].count >= width)
            for row in form.indicators where !row.level3.isEmpty && !row.periodValue.isEmpty {
                let hit = records.first { record in
                    guard let name = record.firstIndex(of: row.level3) else { return false }
                    return record[(name + 1)...].contains(row.periodValue) || record[(name + 1)...].contains("'" + row.periodValue)
                }
                #expect(hit != nil, "\(form.title): \(row.level3) \(row.periodValue)")
            }
        }
    }
}
