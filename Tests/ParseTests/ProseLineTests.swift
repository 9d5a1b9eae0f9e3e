@testable import Parse
import FormModel
import Testing

@Suite struct ProseLineTests {
    @Test(arguments: ["(2026年)", "( 2025 年度 )", "（ 2025 年度 ）", "(2024 年度)", "（2025年度）", "2025年度"])
    func readsYearLines(line: String) {
        guard case let .year(year) = ProseLine.classify(line) else {
            Issue.record("\(line) is no year line")
            return
        }
        #expect((2024...2026).contains(year))
    }

    @Test(arguments: ["- 2 -", "— 3 —", "第 2 页 共 5 页", "第2页", "2/5", "-12-"])
    func recognisesPageNumbers(line: String) {
        #expect(ProseLine.classify(line) == .pageNumber)
    }

    @Test(arguments: ["2022", "第一章 总则", "预算执行率100%"])
    func leavesOtherLinesAlone(line: String) {
        #expect(ProseLine.classify(line) != .pageNumber)
    }

    @Test func readsApproverLine() {
        #expect(ProseLine.classify("批复单位：东莞市财政局清溪分局") == .labelled(label: "批复单位", value: "东莞市财政局清溪分局"))
        #expect(ProseLine.classify("批复单位: 东莞市财政局") == .labelled(label: "批复单位", value: "东莞市财政局"))
    }

    @Test(arguments: [
        ("# 南城街道部门整体预算绩效目标申报表", FormKind.departmentApplication),
        ("## 项目绩效目标批复表", .projectApproval),
        ("部门（单位）整体支出绩效目标批复表", .departmentApproval),
        ("2025年度项目支出绩效目标申报表", .projectApplication),
        ("东莞市财政项目支出绩效目标表", .projectApplication),
        ("部门整体支出绩效目标申报表", .departmentApplication),
    ])
    func titlesNameTheirKind(line: String, kind: FormKind) {
        guard case let .title(title) = ProseLine.classify(line) else {
            Issue.record("\(line) is no title")
            return
        }
        #expect(FormKind(title: title) == kind)
    }
}
