import Emit
import FormModel
import Parse
import Testing

/// `--to text` on hand-built forms with the cells that could break the layout: each form is
/// written, read back, and must come back the same (lines and review findings aside).
@Suite struct TextWriterTests {
    private func form(
        title: String = "部门整体预算绩效目标申报表", year: Int? = 2025, approver: String? = nil,
        fields: [Field] = [Field(label: "部门名称", value: "东莞市某某办公室", line: 0)],
        goals: [Goal] = [], tasks: [WorkTask] = [], otherTasks: [WorkTask] = [],
        indicators: [IndicatorRow] = [], layout: IndicatorLayout = .single,
        opinion: String? = nil, opinionLabel: String? = nil, notes: [Note] = []
    ) -> Form {
        let organization = fields.first { Vocabulary.label($0.label, isIn: Vocabulary.organizationFields) }?.value
        return Form(kind: FormKind(title: title), title: title, year: year, organization: organization, approver: approver,
                    fields: fields, goals: goals, tasks: tasks, otherTasks: otherTasks, indicators: indicators,
                    indicatorLayout: layout, opinion: opinion, opinionLabel: opinionLabel, notes: notes,
                    diagnostics: [], line: 1)
    }

    private func row(_ l1: String, _ l2: String, _ l3: String, _ p: String, _ a: String, right: String? = nil) -> IndicatorRow {
        IndicatorRow(level1: l1, level2: l2, level3: l3, periodValue: p, annualValue: a, annualLevel3: right, line: 0)
    }

    /// Writes, reads back, and expects the same form; returns the text for further checks.
    @discardableResult
    private func expectRoundTrip(_ built: Form, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let text = TextWriter.render(built)
        let forms = try FormReader.read(Array(text.utf8), source: "t.txt").forms
        #expect(forms.count == 1, "\(text)", sourceLocation: sourceLocation)
        guard let reread = forms.first else { return text }
        let expected = built.withoutSourcePositions.withDiagnostics([])
        let actual = reread.withoutSourcePositions.withDiagnostics([])
        #expect(actual.fields == expected.fields, sourceLocation: sourceLocation)
        #expect(actual.goals == expected.goals, sourceLocation: sourceLocation)
        #expect(actual.tasks == expected.tasks, sourceLocation: sourceLocation)
        #expect(actual.otherTasks == expected.otherTasks, sourceLocation: sourceLocation)
        #expect(actual.indicators == expected.indicators, sourceLocation: sourceLocation)
        #expect(actual.notes == expected.notes, sourceLocation: sourceLocation)
        #expect(actual == expected, "\(text)", sourceLocation: sourceLocation)
        #expect(TextWriter.render(reread) == text, "not stable on a second round trip", sourceLocation: sourceLocation)
        return text
    }

    @Test func tabsNewlinesAndMarkupCharactersInCells() throws {
        let text = try expectRoundTrip(form(
            fields: [Field(label: "部门名称", value: "A&B <b>公司</b> | &lt;x&gt;", line: 0)],
            tasks: [WorkTask(name: "任务甲", number: "任务1", content: "第一段\n第二段a<br>b", goal: "≥95% & $5 {x}",
                             amount: Amount(value: 600000, unit: .yuan, text: "600,000.00"), line: 0)],
            indicators: [row("产出指标", "数量指标", "<9万元/人/年", "a\\%b", "1 & 2")]))
        #expect(!text.contains("\t\t\t\t\t\t\t\t"))
        #expect(text.split(separator: "\n").count == 7, "one line a row: \(text)")
        #expect(text.contains("<9万元/人/年"), "a < that opens no tag stays readable")
    }

    @Test func boldRunsAndParagraphsInGoals() throws {
        let body = RichText(paragraphs: [
            [RichText.Run("目标1："), RichText.Run("加强", isStrong: true), RichText.Run("法治建设")],
            [RichText.Run("前半"), RichText.Run("后半")],
            [RichText.Run("全粗", isStrong: true)],
        ])
        let text = try expectRoundTrip(form(goals: [Goal(label: "总体绩效目标", body: body, line: 0)],
                                            indicators: [row("产出指标", "数量指标", "次数", "1次", "1次")]))
        #expect(text.contains("<p>目标1：<b>加强</b>法治建设</p>"))
    }

    @Test func projectGoalParts() throws {
        try expectRoundTrip(form(title: "项目绩效目标批复表", approver: "东莞市财政局清溪分局",
            fields: [Field(label: "项目名称", value: "成立法学会", line: 0), Field(label: "主管部门", value: "某办", line: 0),
                     Field(label: "起始年度", value: "2022", group: "实施周期", line: 0), Field(label: "到期年度", value: "", group: "实施周期", line: 0),
                     Field(label: "2025年预算金额", value: "10000", line: 0)],
            goals: [Goal(label: "实施周期总目标", body: RichText(plain: "长期"), line: 0),
                    Goal(label: "2025年度目标", body: RichText(plain: "当年\n第二段"), line: 0)],
            indicators: [row("产出指标", "数量指标", "次数", "1次", "1次")],
            opinion: "经审核，同意。\n第二行", opinionLabel: "财政分局批复意见"))
    }

    /// Rows the reader can produce: a category opening on a row with missing values (from a
    /// level-1 row of its own), and blank values under a category that continues.
    @Test func emptyCategoriesAndMissingValues() throws {
        try expectRoundTrip(form(indicators: [
            row("成本指标", "经济成本指标", "项目支出数额", "≤289万元", "≤289万元"),
            row("成本指标", "社会成本指标", "", "", ""),
            row("成本指标", "生态环境成本指标", "", "", ""),
            row("产出指标", "", "只有周期值", "5次", ""),
            row("产出指标", "数量指标", "数量", "3次", "3次"),
            row("产出指标", "数量指标", "只有名称", "", ""),
            row("效益指标", "", "", "", ""),
            row("满意度指标", "服务对象满意度", "服务对象满意度", "≥98%", "≥98%"),
        ]))
    }

    @Test func sideBySideWithADifferentRightName() throws {
        let text = try expectRoundTrip(form(title: "部门（单位）整体支出绩效目标批复表", approver: "东莞市财政局望牛墩分局", indicators: [
            row("产出指标", "数量指标", "社工完成个案数量", "≥3个", "≥3个"),
            row("产出指标", "质量指标", "普法宣传覆盖率为", ">90%", ">90%", right: "普法宣传覆盖率"),
            row("产出指标", "质量指标", "只有左值", "1次", ""),
            row("效益指标", "社会效益指标", "", "", ""),
        ], layout: .sideBySide))
        #expect(text.contains("\t普法宣传覆盖率\t>90%"))
    }

    /// Found by the round-trip property on damaged side-by-side tables: an indicator named like a
    /// category (`质量指标`) with no annual value was written with its name alone in the right
    /// half, where the reader took it for the right half's level-2 (`数量指标` became `质量指标`,
    /// an explicitly blank level-2 became `社会效益指标`). Such a right half is left blank.
    @Test func sideBySideNameThatIsACategoryWordWithoutAnnualValue() throws {
        let text = try expectRoundTrip(form(title: "部门（单位）整体支出绩效目标批复表", indicators: [
            row("产出指标", "数量指标", "法律顾问人数", "2人", "2人"),
            row("产出指标", "数量指标", "质量指标", "质量指", ""),
            row("效益指标", "", "社会效益指标", "化解矛盾纠纷", ""),
        ], layout: .sideBySide))
        #expect(text.contains("\n\t\t\t质量指标\t质量指\n"))
        #expect(text.contains("\n\t效益指标\t\t社会效益指标\t化解矛盾纠纷\n"))
    }

    /// Found by the round-trip property on damaged goal blocks: fields labelled with a goal part
    /// (`年度目标`, `实施周期总目标(2019-2021年)`) were read back as goals. They are written after a
    /// blank group cell, so that the row is a field row.
    @Test func fieldsLabelledWithGoalParts() throws {
        let fields = [Field(label: "项目名称", value: "景区环境提升工程", line: 0),
                      Field(label: "实施周期总目标(2019-2021年)", value: "年度目标", line: 0),
                      Field(label: "年度目标", value: "", line: 0),
                      Field(label: "目标1：完成改造。", value: "目标1：完成步道改造。", line: 0)]
        let text = try expectRoundTrip(form(title: "东莞市财政项目支出绩效目标表", fields: fields,
                                            indicators: [row("产出指标", "数量指标", "次数", "1次", "1次")]))
        #expect(text.contains("\n*\t实施周期总目标(2019-2021年)\t年度目标\n*\t年度目标\t*\n目标1：完成改造。\t"))
        try expectRoundTrip(form(title: "东莞市财政项目支出绩效目标表", fields: fields,
                                 goals: [Goal(label: "总体绩效目标", body: RichText(plain: "完成改造"), line: 0)],
                                 indicators: [row("产出指标", "数量指标", "次数", "1次", "1次")]))
    }

    @Test func tasksInWanYuanWithATotalAndOtherTasks() throws {
        let text = try expectRoundTrip(form(
            fields: [Field(label: "部门名称", value: "某局", line: 0), Field(label: "合计", value: "58.5", group: "年度主要任务", line: 0)],
            tasks: [WorkTask(name: "行政诉讼律师费", content: "律师费用", goal: "", amount: Amount(value: 27, unit: .wanYuan, text: "27"), line: 0),
                    WorkTask(name: "无金额", content: "内容", goal: "目标", amount: nil, line: 0)],
            otherTasks: [WorkTask(name: "派遣人员经费", content: "缓解人手不足", goal: "",
                                  amount: Amount(value: 31.5, unit: .wanYuan, text: "31.5"), line: 0)],
            indicators: [row("产出指标", "数量指标", "次数", "1次", "1次")]))
        #expect(text.contains("拟投入的资金(万元)"))
        #expect(text.contains("年度主要任务\t合计\t\t58.5"))
    }

    @Test func notesAfterTheTableAndOrganizationLine() throws {
        try expectRoundTrip(form(
            fields: [Field(label: "填报单位", value: "东莞市某某局", line: 0), Field(label: "联系电话", value: "", line: 0)],
            indicators: [row("产出指标", "数量指标", "次数", "1次", "1次")],
            opinionLabel: "镇财政分局批复意见",
            notes: [Note(text: "根据预算管理的有关规定，绩效目标由预算单位申报。", line: 0), Note(text: "Rule 2: a&b <p>", line: 0)]
        ).withOrganization("东莞市某某局"))
    }

    @Test func budgetGridWithBlanks() throws {
        let budget = ["基本支出": "8,560.31", "财政拨款": "11,324.15", "项目支出": "2,763.84", "其他资金": "",
                      "财政专项资金": "0.00", "市本级使用资金": "", "其他事业发展性支出": "0.00", "拟用于对下转移支付资金": "0.00"]
        let order = ["基本支出", "财政拨款", "项目支出", "其他资金", "财政专项资金", "市本级使用资金", "其他事业发展性支出", "拟用于对下转移支付资金"]
        try expectRoundTrip(form(
            fields: [Field(label: "部门名称", value: "某委", line: 0),
                     Field(label: "财政供养人员数", value: "28", group: "基本信息", line: 0),
                     Field(label: "下属二级单位数", value: "", group: "基本信息", line: 0)]
                + order.map { Field(label: $0, value: budget[$0]!, group: "预算整体情况", line: 0) },
            indicators: [row("产出指标", "数量指标", "次数", "1次", "1次")]))
    }
}

private extension Form {
    func withOrganization(_ organization: String) -> Form {
        Form(kind: kind, title: title, year: year, organization: organization, approver: approver, fields: fields, goals: goals,
             tasks: tasks, otherTasks: otherTasks, indicators: indicators, indicatorLayout: indicatorLayout, opinion: opinion,
             opinionLabel: opinionLabel, notes: notes, diagnostics: diagnostics, line: line)
    }
}
