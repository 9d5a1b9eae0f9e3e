import FormModel
@testable import Layout
import Testing

/// The indicator table as printed: merged labels, one row for each empty category, and the
/// two halves of a side-by-side table.
struct IndicatorBlockLayoutTests {
    /// The band holding the indicator table (its header row names 一级指标).
    static func indicatorBand(_ grid: FormGrid) throws -> GridBand {
        try #require(grid.bands.first { $0.headerRows.first?.contains { $0.plainText == "一级指标" } == true })
    }

    @Test func labelsSpanTheirRowsAndEmptyCategoriesGetARow() throws {
        let form = LayoutFixtures.form(indicators: LayoutFixtures.indicatorsWithEmptyCategory)
        let grid = FormLayout.grid(for: form)
        let band = try Self.indicatorBand(grid)
        #expect(grid.isRectangular)
        #expect(band.bodyRows.count == 7, "one printed row per indicator row, empty categories included")

        let cells = band.bodyRows.joined()
        let label = try #require(cells.first { $0.plainText == "绩效指标" })
        #expect(label.rowSpan == 7 && label.role == .label)
        let spans = Dictionary(cells.filter { $0.role == .category }.map { ($0.plainText, $0.rowSpan) }, uniquingKeysWith: +)
        #expect(spans == ["成本指标": 4, "经济成本指标": 2, "社会成本指标": 1, "生态环境成本指标": 1,
                          "产出指标": 3, "数量指标": 1, "质量指标": 2])

        // The empty category's row: its level-2 cell, then blank level-3 and value cells.
        let emptyRow = band.bodyRows[2].map(\.plainText)
        #expect(emptyRow == ["社会成本指标", "", "", ""])
        #expect(band.headerRows[0].map(\.plainText) == ["", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"])
    }

    @Test func sideBySideHasEightColumnsOnLandscape() throws {
        let rows = [
            LayoutFixtures.row("产出指标", "数量指标", "开展教育活动场次", "≥10次", line: 29),
            LayoutFixtures.row("产出指标", "数量指标", "人民调解案件数", "≥336宗", line: 30),
            LayoutFixtures.row("产出指标", "质量指标", "普法宣传覆盖率为", ">90%", line: 39, annualLevel3: "普法宣传覆盖率"),
        ]
        let form = LayoutFixtures.form(kind: .departmentApproval, indicators: rows, layout: .sideBySide)
        let grid = FormLayout.grid(for: form)
        #expect(grid.columnCount == 8)
        #expect(grid.orientation == .landscape)
        #expect(grid.isRectangular)

        let band = try Self.indicatorBand(grid)
        #expect(band.headerRows[0].map(\.plainText) == [
            "", "一级指标", "二级指标", "三级指标", "实施周期指标值（或计划水平）", "二级指标", "三级指标", "年度计划指标值（或计划水平）",
        ])
        // First row: 绩效指标, 一级, 二级, 三级, value | 二级, 三级, annual value.
        #expect(band.bodyRows[0].map(\.plainText) == ["绩效指标", "产出指标", "数量指标", "开展教育活动场次", "≥10次", "数量指标", "开展教育活动场次", "≥10次"])
        #expect(band.bodyRows[0][2].rowSpan == 2 && band.bodyRows[0][5].rowSpan == 2, "both halves merge level 2 alike")
        #expect(band.bodyRows[1].map(\.plainText) == ["人民调解案件数", "≥336宗", "人民调解案件数", "≥336宗"])
        // The right half prints its own level-3 name when it differs.
        #expect(band.bodyRows[2].map(\.plainText) == ["质量指标", "普法宣传覆盖率为", ">90%", "质量指标", "普法宣传覆盖率", ">90%"])
    }

    @Test func singleLayoutIsPortraitWithSixColumns() {
        let grid = FormLayout.grid(for: LayoutFixtures.form(indicators: LayoutFixtures.indicatorsWithEmptyCategory))
        #expect(grid.columnCount == 6)
        #expect(grid.orientation == .portrait)
        #expect(grid.columns.widths.reduce(0, +) == 100)
        #expect(ColumnSet.sideBySide.widths.reduce(0, +) == 100)
    }

    @Test func aFormWithoutIndicatorsStillPrintsTheBlock() throws {
        let grid = FormLayout.grid(for: LayoutFixtures.form())
        let band = try Self.indicatorBand(grid)
        #expect(band.bodyRows.count == 1)
        #expect(band.bodyRows[0].first?.plainText == "绩效指标")
        #expect(grid.isRectangular)
    }
}

/// Rows share a level-2 cell when their level-1/level-2 keys (the pair joined by U+001F) are
/// equal; ``IndicatorBlockLayout/sameLevel2(_:)`` builds the keys only when a part holds the
/// separator, and must answer as the keys do for every pair.
struct SameLevel2Tests {
    @Test func answersAsTheJoinedKeys() {
        let parts = ["产出指标", "产出", "指标", "产出\u{1F}", "\u{1F}指标", "产出\u{1F}指标", "", "\u{1F}", "e\u{301}", "\u{E9}"]
        var rows: [IndicatorRow] = []
        for level1 in parts {
            for level2 in parts {
                rows.append(LayoutFixtures.row(level1, level2, "名称", "1", line: rows.count + 1))
            }
        }
        let same = IndicatorBlockLayout.sameLevel2(rows)
        for a in rows.indices {
            for b in rows.indices {
                let keys = "\(rows[a].level1)\u{1F}\(rows[a].level2)" == "\(rows[b].level1)\u{1F}\(rows[b].level2)"
                #expect(same(a, b) == keys, "\(rows[a].level1)|\(rows[a].level2) vs \(rows[b].level1)|\(rows[b].level2)")
            }
        }
    }
}
