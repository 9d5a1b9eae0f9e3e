@testable import Parse
import FormModel
import Testing

/// The row readers of each OCR dialect (markdown pipes, HTML tables, tabs) and the per-line
/// dispatch between them, on small snippets.
@Suite struct DialectReaderTests {
    private func texts(_ row: SourceRow?) -> [String] { row?.cells.map(\.text) ?? [] }
    private func rows(_ text: String) -> [[String]] { SourceRows.read(text).map { $0.cells.map(\.text) } }
    /// The single form of a snippet read as it is (pipes stay pipes).
    private func readRaw(_ text: String) throws -> Form {
        let forms = try FormReader.read(Array(text.utf8), source: "snippet.txt").forms
        try #require(forms.count == 1)
        return forms[0]
    }

    // MARK: - Markdown

    @Test func markdownRowKeepsEmptyCellsAndTrimsSpaces() {
        let row = MarkdownRowReader.row("| 项目名称 | | 东莞市塘厦镇河涌水质监测服务 |", number: 7)
        #expect(texts(row) == ["项目名称", "", "东莞市塘厦镇河涌水质监测服务"])
        #expect(row?.isTable == true)
        #expect(row?.line == 7)
        #expect(row?.cells.map(\.index) == [0, 1, 2])
        // Columns point just after each pipe: `| 项目名称 |` has its first cell at column 2.
        #expect(row?.cells.first?.column == 2)
    }

    @Test(arguments: ["|---|---|", "| --- | :---: |", "|:--|--:|", "  |---|:-:|---|"])
    func separatorLinesAreNoRows(line: String) {
        #expect(MarkdownRowReader.isPipeRow(Substring(line)))
        #expect(MarkdownRowReader.row(Substring(line), number: 2) == nil)
    }

    @Test func escapedPipeIsTextAndBreakTagIsAParagraph() {
        let row = MarkdownRowReader.row(#"| 主管部门 | 东莞市 <br> 人社局 \| 分局 |"#, number: 1)
        #expect(texts(row) == ["主管部门", "东莞市\n人社局|分局"])
        #expect(row?.cells[1].rich.paragraphs.count == 2)
    }

    @Test func rowWithoutClosingPipeKeepsItsLastCell() {
        #expect(texts(MarkdownRowReader.row("| 年度指标值 | ≥95%", number: 1)) == ["年度指标值", "≥95%"])
    }

    @Test(arguments: ["项目名称\t东莞市", "a | b", "|只有一个竖线", "# 标题"])
    func linesThatAreNoPipeRows(line: String) {
        #expect(!MarkdownRowReader.isPipeRow(Substring(line)))
    }

    @Test func separatorUnderHeaderIsSkippedInAFile() {
        #expect(rows("| 一级指标 | 二级指标 |\n|---|---|\n| 产出指标 | 数量指标 |") == [["一级指标", "二级指标"], ["产出指标", "数量指标"]])
    }

    @Test(arguments: [
        ("**项目支出绩效目标申报表**", "项目支出绩效目标申报表"), ("前 **绩效指标** 后", "前绩效指标后"),
        ("*", "*"), ("****", "****"), ("**未闭合", "**未闭合"), ("填报人：______", "填报人：______"),
    ])
    func markdownBoldMarksGoAndTheirTextStays(raw: String, clean: String) {
        #expect(SourceRows.read(raw).first?.cells.first?.text == clean)
        #expect(MarkdownRowReader.row(Substring("| 标签 | " + raw + " |"), number: 1)?.cells[1].text == clean)
    }

    @Test func boldTitleInAMarkdownFileIsTheTitle() throws {
        let form = try readRaw("**东莞市财政项目支出绩效目标表**\n\n**（2020年度）**\n| 项目名称 | 石龙镇绿道网维护管理 |\n")
        #expect(form.title == "东莞市财政项目支出绩效目标表")
        #expect(form.year == 2020)
        #expect(form.kind == .projectApplication)
    }

    // MARK: - HTML

    @Test func rowspanAndColspanExpandToEmptyCells() {
        let html = "<table><tr><td rowspan=3>绩效指标</td><td>一级指标</td><td colspan=2>二级指标</td></tr>"
            + "<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>培训人数</td></tr>"
            + "<tr><td>质量指标</td><td>合格率</td></tr></table>"
        let grid = HTMLTableReader.rows(html, line: 4, column: 1)
        #expect(grid.map { $0.cells.map(\.text) } == [
            ["绩效指标", "一级指标", "二级指标", ""],
            ["", "产出指标", "数量指标", "培训人数"],
            ["", "", "质量指标", "合格率"],
        ])
        #expect(grid.allSatisfy { $0.isTable && $0.line == 4 })
        #expect(grid.allSatisfy { $0.cells.map(\.index) == [0, 1, 2, 3] })
    }

    @Test func shortRowsArePaddedToARectangle() {
        let grid = HTMLTableReader.rows("<table><tr><td>部门名称</td><td colspan=4>东莞市某局</td></tr><tr><td>a</td></tr></table>", line: 1, column: 1)
        #expect(grid.map(\.cells.count) == [5, 5])
    }

    @Test func unknownTagsEntitiesAndLaTeXAreCleaned() {
        let html = #"<table><tr><td><eq>\geq 95\%</eq></td><td>&ge;90%</td><td>$\leq$ 5万元</td><td>&lt;0.1%</td>"#
            + #"<td><p>目标1</p><p><b>目标2</b></p></td><td>A&amp;B</td></tr></table>"#
        let cells = HTMLTableReader.rows(html, line: 1, column: 1)[0].cells
        #expect(cells.map(\.text) == ["≥95%", "≥90%", "≤5万元", "<0.1%", "目标1\n目标2", "A&B"])
        #expect(cells[4].rich.hasEmphasis)
    }

    @Test func cellsKnowTheirLineAndColumnInAMultiLineTable() {
        let text = "标题\n  <table>\n<tr><td>项目名称</td>\n<td>东莞市</td></tr>\n</table> 备注"
        let all = SourceRows.read(text)
        #expect(all.map { $0.cells.map(\.text) } == [["标题"], ["项目名称", "东莞市"], ["备注"]])
        let table = all[1]
        #expect(table.line == 3)
        #expect(table.cells.map(\.column) == [5, 1])
        // The prose after `</table>` keeps its line and starts where it is on that line.
        #expect(all[2].line == 5 && all[2].cells[0].column == 9)
        #expect(!all[2].isTable)
    }

    @Test func textAroundTablesOnOneLineIsProse() {
        let text = "<h2>项目支出绩效目标申报表</h2><table><tr><td>a</td><td>b</td></tr></table><p>- 1 -</p><table><tr><td>c</td><td>d</td></tr></table>"
        #expect(rows(text) == [["项目支出绩效目标申报表"], ["a", "b"], ["- 1 -"], ["c", "d"]])
    }

    @Test func unclosedTableEndsWithItsLastRowLine() {
        let text = "<TABLE><TR><TD>部门名称<TD>东莞市\n<TR><TD>总体绩效目标<TD>目标\n备注：填报说明"
        #expect(rows(text) == [["部门名称", "东莞市"], ["总体绩效目标", "目标"], ["备注：填报说明"]])
    }

    @Test func oddSpansAreClampedNotTrusted() {
        let html = "<table><tr><td colspan=\"100000\" rowspan=999999>a</td><td colspan=abc>b</td></tr><tr><td>c</td></tr></table>"
        let grid = HTMLTableReader.rows(html, line: 1, column: 1)
        #expect(grid.count == 2)
        #expect(grid[0].cells.count == HTMLTableReader.maximumColumnSpan + 1)
        #expect(grid[0].cells.last?.text == "b")
        // The first cell spans down into row 2, so `c` lands after its span.
        #expect(grid[1].cells.firstIndex { $0.text == "c" } == HTMLTableReader.maximumColumnSpan)
    }

    /// Short rows are padded to the widest row, but only within a budget: one 256-cell row over
    /// thousands of one-cell rows would otherwise cost 256 cells a row.
    @Test func paddingToTheWidestRowIsBounded() {
        let wide = "<tr>" + String(repeating: "<td>x</td>", count: 256) + "</tr>"
        let few = "<table>" + wide + String(repeating: "<tr><td>a</td></tr>", count: 10) + "</table>"
        #expect(HTMLTableReader.rows(few, line: 1, column: 1).allSatisfy { $0.cells.count == 256 })
        let rowCount = HTMLTableReader.paddingBudget / 255 + 1
        let many = "<table>" + wide + String(repeating: "<tr><td>a</td></tr>", count: rowCount) + "</table>"
        let rows = HTMLTableReader.rows(many, line: 1, column: 1)
        #expect(rows.count == rowCount + 1)
        #expect(rows[0].cells.count == 256)
        #expect(rows.dropFirst().allSatisfy { $0.cells.map(\.text) == ["a"] })
    }

    @Test func pathologicalNestingStaysFastAndDoesNotCrash() {
        let depth = 100_000
        let nested = String(repeating: "<div>", count: depth) + "深" + String(repeating: "</div>", count: depth)
        let unclosed = String(repeating: "<b><i><td>", count: 20_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let a = SourceRows.read("<table><tr><td>" + nested + "</td></tr></table>")
            let b = SourceRows.read("<table><tr><td>x" + unclosed)
            #expect(a.count <= 1)
            #expect(b.count <= 1)
        }
        #expect(elapsed < .seconds(20))
    }

    // MARK: - Dispatch and noise

    @Test func mixedDialectsInOneFileGiveTheSameRows() {
        let text = """
        | 部门名称 | 东莞市谢岗镇农业农村办公室 |
        |---|---|
        基本信息\t财政供养人员数\t19
        <table><tr><td>绩效指标</td><td>一级指标</td></tr></table>
        """
        let all = SourceRows.read(text)
        #expect(all.map { $0.cells.map(\.text) } == [["部门名称", "东莞市谢岗镇农业农村办公室"], ["基本信息", "财政供养人员数", "19"], ["绩效指标", "一级指标"]])
        #expect(all.map(\.line) == [1, 3, 4])
        #expect(all.allSatisfy { $0.isTable })
    }

    /// Every comparison spelling becomes ≥ or ≤, whichever dialect carried the cell.
    @Test(arguments: [
        ("≧95%", "≥95%"), ("≦10%", "≤10%"), (">=12次", "≥12次"), ("<=5万元", "≤5万元"), ("＞＝98%", "≥98%"),
        ("＜＝3天", "≤3天"), ("=>80分", "≥80分"), ("=<2小时", "≤2小时"), ("&ge;90%", "≥90%"), ("&le;1%", "≤1%"),
        (#"$\geq$ 95\%"#, "≥95%"), (#"\ge 60个"#, "≥60个"), (#"$\geqslant 99\%$"#, "≥99%"), (#"\leq 8元"#, "≤8元"),
        (#"\le 30天"#, "≤30天"), (#"$\leqslant 0.5\%$"#, "≤0.5%"),
    ])
    func comparisonSpellingsInEveryDialect(raw: String, clean: String) {
        let tab = TabRowReader.row(Substring("率\t" + raw), number: 1).cells[1].text
        let pipe = MarkdownRowReader.row(Substring("| 率 | " + raw + " |"), number: 1)?.cells[1].text
        // In HTML the cell text is markup: `&` and `<` written as they would be there.
        let html = HTMLTableReader.rows("<table><tr><td>率</td><td>" + raw.replacingAll("<=", "&lt;=").replacingAll("=<", "=&lt;")
                                        + "</td></tr></table>", line: 1, column: 1).first?.cells[1].text
        #expect(tab == clean)
        #expect(pipe == clean)
        #expect(html == clean)
    }

    @Test func pageNumbersAndRepeatedHeadersAreDroppedWithADiagnostic() throws {
        let form = try readRaw("""
        | 部门整体预算绩效目标申报表 |
        | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 年度指标值 |
        | | 产出指标 | 数量指标 | 培训场次 | ≥24场 | ≥24场 |
        - 2 -
        <table><tr><td>绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>实施周期指标值</td><td>年度指标值</td></tr><tr><td></td><td></td><td>质量指标</td><td>参训率</td><td>≥90%</td><td>≥90%</td></tr></table>
        第 2 页 共 2 页
        """)
        #expect(form.indicators.map(\.levels) == [
            ["产出指标", "数量指标", "培训场次", "≥24场", "≥24场"], ["产出指标", "质量指标", "参训率", "≥90%", "≥90%"],
        ])
        #expect(form.codes(.droppedPageNumber) == [4, 6])
        #expect(form.codes(.droppedHeader) == [5])
    }

    @Test func fullWidthValuesAndSpacesInAnHTMLTable() throws {
        let form = try readForm("""
        部门整体预算绩效目标申报表
        （２０２５年度）
        <table><tr><td>绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>实施周期指标值</td><td>年度指标值</td></tr><tr><td></td><td>产出 指标</td><td>质量指标</td><td>企业诉求 办结率</td><td>≥９５％</td><td>ＡＡ 级</td></tr></table>
        """)
        #expect(form.year == 2025)
        #expect(form.indicators.map(\.levels) == [["产出指标", "质量指标", "企业诉求办结率", "≥95%", "AA级"]])
    }
}
