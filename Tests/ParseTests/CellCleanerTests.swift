@testable import Parse
import FormModel
import Testing

@Suite struct CellCleanerTests {
    @Test(arguments: [
        ("$\\geq$ 95\\%", "≥95%"),
        ("$\\ge$90%", "≥90%"),
        ("$\\leqslant$ 10%", "≤10%"),
        ("&ge;90%", "≥90%"),
        ("&le;5人", "≤5人"),
        ("<eq>\\geq 95\\%</eq>", "≥95%"),
        ("≧98%", "≥98%"),
        ("≦2万元/场", "≤2万元/场"),
        (">=300支", "≥300支"),
        ("<=550元/人/天", "≤550元/人/天"),
        ("=>12次", "≥12次"),
        ("=<3人", "≤3人"),
        ("＞＝90%", "≥90%"),
        ("<9万元/人/年", "<9万元/人/年"),
        ("a < b", "a < b"),
        ("产出指 标", "产出指标"),
        ("根据文件要求, 深化改革", "根据文件要求,深化改革"),
        ("App 公众号", "App公众号"),
        ("Hello   world", "Hello world"),
        ("调解成功率 (%)", "调解成功率(%)"),
        ("95 %", "95%"),
        ("&lt;b&gt; 是文本", "<b>是文本"),
        ("<b>项目名称</b>", "项目名称"),
        ("A&amp;B", "A&B"),
        ("tab\u{0}nul\u{1}", "tabnul"),
    ])
    func cleansCellText(raw: String, clean: String) {
        #expect(CellCleaner.clean(Substring(raw)).text == clean)
    }

    @Test func keepsParagraphsAndBoldRuns() {
        let cleaned = CellCleaner.clean("<p>第一段。</p> <p><b>【满意度目标】</b>：第二段 内容</p>")
        #expect(cleaned.text == "第一段。\n【满意度目标】：第二段内容")
        let paragraphs = cleaned.markup?.paragraphs ?? []
        #expect(paragraphs.count == 2)
        #expect(paragraphs.last?.first == RichText.Run("【满意度目标】", isStrong: true))
        #expect(paragraphs.last?.last == RichText.Run("：第二段内容"))
    }

    @Test func aPlainCellKeepsNoRunsAndReadsAsOneParagraph() {
        let cleaned = CellCleaner.clean("项目支出数额")
        #expect(cleaned.markup == nil)
        let cell = SourceCell(index: 0, column: 1, cleaned: cleaned)
        #expect(cell.rich == RichText(paragraphs: [[RichText.Run("项目支出数额")]]))
        #expect(SourceCell(index: 0, column: 1, cleaned: CellCleaner.clean("")).rich.isEmpty)
    }

    /// A space is judged by the last scalar kept before it, which a long stretch of plain
    /// scalars leaves to be read only when needed, within a run or from the run before.
    @Test(arguments: [
        ("项目资金 使用率", "项目资金使用率", true),
        ("<b>产出</b> 指标", "产出指标", true),
        ("<b>abc</b> def", "abc def", false),
        ("<b>年度目标</b> 95 %", "年度目标95%", false),
        ("完成率≥ 95", "完成率≥95", false),
        ("产出x y", "产出x y", false),
        ("产出 y", "产出y", false),
    ])
    func judgesASpaceByTheScalarsAroundIt(raw: String, clean: String, joined: Bool) {
        let cleaned = CellCleaner.clean(Substring(raw))
        #expect(cleaned.text == clean)
        #expect(cleaned.joinedWord == joined)
    }

    @Test func reportsJoinedChineseWordsOnly() {
        #expect(CellCleaner.clean("社区矫正服务人 数").joinedWord)
        #expect(!CellCleaner.clean("根据文件要求, 深化").joinedWord)
        #expect(!CellCleaner.clean("Hello world").joinedWord)
    }

    @Test func breakTagStartsANewParagraph() {
        #expect(CellCleaner.clean("一<br>二<br/>三").text == "一\n二\n三")
    }
}
