import FormModel
@testable import Layout
import Testing

/// Repaired cells carry the repair, so a reviewer sees on screen what the tool changed.
struct RepairMarkTests {
    static func grid(_ diagnostics: [Diagnostic]) -> FormGrid {
        FormLayout.grid(for: LayoutFixtures.form(indicators: LayoutFixtures.indicatorsWithEmptyCategory, diagnostics: diagnostics))
    }

    static func marked(_ grid: FormGrid) -> [String: String] {
        Dictionary(grid.rows.joined().compactMap { cell in cell.repair.map { (cell.plainText, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aRepairMarksTheCellItNames() {
        let grid = Self.grid([Diagnostic(.note, .movedCell, line: 35, "level-2 category \"质量指标\" was in column 2; moved to the level-2 column (3)")])
        let marked = Self.marked(grid)
        #expect(Set(marked.keys) == ["质量指标"])
        #expect(marked["质量指标"]?.hasSuffix("[moved-cell]") == true)
        #expect(marked["质量指标"]?.contains("level-2 category") == true)
    }

    @Test func aRepairNamingNoCellMarksItsRow() {
        let grid = Self.grid([Diagnostic(.note, .movedCell, line: 34, "indicator row shifted by -1 column(s); read it by its cells' order")])
        #expect(Set(Self.marked(grid).keys) == ["开展宣传活动次数", "12次"])
    }

    /// A whole table on one source line puts every repair on that line: a cell lists the first
    /// few and counts the rest, and lists a repair reported twice only once.
    @Test func aCellListsAFewRepairsAndCountsTheRest() {
        let repairs = (0..<20).map { Diagnostic(.note, .movedCell, line: 34, column: $0 + 1, "indicator row shifted (\($0))") }
        let grid = Self.grid(repairs + [repairs[0]])
        let marked = Self.marked(grid)
        let lines = marked["开展宣传活动次数"]?.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == RepairMarks.mostPerCell + 1)
        #expect(lines.first == "indicator row shifted (0) [moved-cell]")
        #expect(lines.last == "and \(20 - RepairMarks.mostPerCell) more repairs on this source line")
    }

    @Test func reviewFindingsAreNotRepairs() {
        let grid = Self.grid([Diagnostic(.warning, .suspiciousRate, line: 35, "rate \"≥90%\" looks odd")])
        #expect(Self.marked(grid).isEmpty)
    }

    @Test func repairsOnFieldsAndTasksMarkTheirCells() {
        var form = LayoutFixtures.departmentApplication
        form = form.withDiagnostics([
            Diagnostic(.note, .movedCell, line: 17, "task row shifted: read \"平安建设\" as the task name (column 3, expected 2)"),
            Diagnostic(.note, .joinedWord, line: 6, "joined \"财政供养人员数\", which spaces had split"),
        ])
        let marked = Self.marked(FormLayout.grid(for: form))
        #expect(Set(marked.keys) == ["任务2：平安建设", "财政供养人员数"])
    }

    /// A plain message is split at its quote bytes and vouches for its quotes being plain;
    /// another is split by characters, and its quotes are looked at one by one.
    @Test func quotesOfAPlainMessageArePlain() {
        let plain = RepairMarks.quotedTexts(in: "moved \"质量指标\" next to \"数量指标\"")
        #expect(plain.texts == ["质量指标", "数量指标"])
        #expect(plain.inPlainMessage && plain.texts.allSatisfy(\.isPlainForSearch))
        let other = RepairMarks.quotedTexts(in: "moved \"e\u{301}\" and \"质量\"")
        #expect(other.texts == ["e\u{301}", "质量"])
        #expect(!other.inPlainMessage)
    }
}
