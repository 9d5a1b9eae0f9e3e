import FormModel
import Layout
import Testing

/// The templates as a whole: every kind gives a rectangular grid in both column sets, every
/// text of the model is printed once, and each kind has the official shape.
struct FormLayoutTests {
    /// A form with every part filled: fields (one no template names), goals, tasks with a
    /// total, other tasks, indicators, an opinion and a note.
    static func fullForm(kind: FormKind, layout: IndicatorLayout) -> Form {
        let base = LayoutFixtures.departmentApplication
        return LayoutFixtures.form(
            kind: kind, approver: kind.isApproval ? "测试财政分局" : nil,
            fields: base.fields + [
                Field(label: "项目名称", value: "测试项目", line: 2),
                Field(label: "起始年度", value: "2022", group: "实施周期", line: 3),
                Field(label: "到期年度", value: "2099", group: "实施周期", line: 3),
                Field(label: "2025年预算金额", value: "190000", line: 4),
                Field(label: "金额合计", value: "100.00", line: 18),
            ],
            goals: base.goals + [Goal(label: "2025年度目标", body: RichText(plain: "年度目标文本"), line: 15)],
            tasks: base.tasks,
            otherTasks: [WorkTask(name: "其他任务甲", content: "", goal: "", amount: nil, line: 19)],
            indicators: LayoutFixtures.indicatorsWithEmptyCategory, layout: layout,
            opinion: "经审核，符合要求。", opinionLabel: kind.isApproval ? "镇财政分局批复意见" : nil,
            notes: [Note(text: "表后说明文字", line: 60)]
        )
    }

    static let cases: [(FormKind, IndicatorLayout)] = FormKind.allCases.flatMap { kind in
        [IndicatorLayout.single, .sideBySide].map { (kind, $0) }
    }

    @Test(arguments: cases)
    func everyTemplateTilesTheGrid(kind: FormKind, layout: IndicatorLayout) {
        let grid = FormLayout.grid(for: Self.fullForm(kind: kind, layout: layout))
        #expect(grid.isRectangular, "\(kind) \(layout): some row does not cover every column once")
        #expect(grid.columnCount == (layout == .sideBySide ? 8 : 6))
        #expect(grid.bands.allSatisfy { !$0.bodyRows.isEmpty })
    }

    @Test(arguments: cases)
    func everyTextOfTheModelIsPrinted(kind: FormKind, layout: IndicatorLayout) {
        let form = Self.fullForm(kind: kind, layout: layout)
        let grid = FormLayout.grid(for: form)
        let texts = grid.rows.joined().map(\.plainText)
        let printed = texts.joined(separator: "\n") + "\n" + grid.partyLine.joined(separator: "\n")

        var expected = form.fields.flatMap { [$0.label, $0.value] } + form.goals.flatMap { [$0.label, $0.text] }
        expected += (form.tasks + form.otherTasks).flatMap { [$0.name, $0.content, $0.goal, $0.amount?.text ?? ""] }
        expected += form.indicators.flatMap { [$0.level1, $0.level2, $0.level3, $0.periodValue, $0.annualValue] }
        expected += [form.opinion ?? "", form.organization ?? "", form.approver ?? ""] + form.notes.map(\.text)
        for text in expected where !text.isEmpty {
            #expect(printed.contains(text), "\(kind) \(layout): \"\(text)\" is not printed")
        }
        // Each field's label cell appears once: no field is printed twice.
        for field in form.fields {
            let count = grid.rows.joined().filter { $0.role == .label && $0.plainText == field.label }.count
            #expect(count == 1, "\(kind): \(field.label) printed \(count) times")
        }
        #expect(grid.title == form.title)
    }

    @Test func departmentApplicationHasTheOfficialHead() throws {
        let grid = FormLayout.grid(for: LayoutFixtures.departmentApplication)
        let rows = grid.rows.map { $0.map(\.plainText) }
        #expect(rows[0] == ["部门名称", "测试单位"])
        #expect(grid.rows[0][1].colSpan == 5)
        #expect(rows[1] == ["基本信息", "财政供养人员数", "28", "下属二级单位数", "0"])
        #expect(rows[2] == ["预算整体情况", "部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）"])
        #expect(grid.rows[2][0].rowSpan == 6)
        #expect(rows[3] == ["基本支出", "304.74", "财政拨款", "593.99"])
        #expect(rows[5] == ["事业发展性支出", "预算金额（万元）", "按预算级次划分", "预算金额（万元）"])
        #expect(rows[8] == ["联系人", "张三"], "a field no template row names follows the head")
        #expect(rows[9].first == "总体绩效目标" && grid.rows[9][1].role == .text)
        #expect(grid.rows[9][1].text.paragraphs.count == 2 && grid.rows[9][1].text.hasEmphasis, "paragraphs and bold survive")
        #expect(grid.yearLine == "（2025年）")
        #expect(grid.partyLine.isEmpty, "the organization is printed in the grid")

        let tasks = try #require(grid.bands.first { $0.headerRows.first?.contains { $0.plainText == "名称" } == true })
        #expect(tasks.headerRows[0].map(\.plainText) == ["", "名称", "主要实施内容", "拟投入的资金（元）", "期望达到的目标（概述）"])
        #expect(tasks.bodyRows[0].map(\.plainText) == ["年度重点工作任务", "任务1：维稳信访工作经费", "调处化解", "600,000.00", "逐年减少"])
        #expect(tasks.bodyRows[0][0].rowSpan == 2)
        #expect(grid.headerRowCount == 2, "the task and the indicator column headers repeat on each page")
    }

    @Test func departmentApprovalPrintsTheTotalUnderTheAmount() throws {
        let form = Self.fullForm(kind: .departmentApproval, layout: .sideBySide)
        let grid = FormLayout.grid(for: form)
        let tasks = try #require(grid.bands.first { $0.headerRows.first?.contains { $0.plainText == "任务名称" } == true })
        #expect(tasks.headerRows[0].map(\.plainText) == ["", "任务名称", "主要内容", "年度预算金额（元）"])
        let total = try #require(tasks.bodyRows.last)
        #expect(total.map(\.plainText) == ["金额合计", "", "100.00"])
        #expect(total.map(\.colSpan) == [1, 3, 3])
        #expect(tasks.bodyRows[0][0].plainText == "年度主要任务" && tasks.bodyRows[0][0].rowSpan == 3)
        #expect(grid.partyLine == ["批复单位：测试财政分局"])
        #expect(grid.yearLine == "（2025年度）")
        let opinion = try #require(grid.rows.first { $0.first?.plainText == "镇财政分局批复意见" })
        #expect(opinion.map(\.plainText) == ["镇财政分局批复意见", "经审核，符合要求。"])
        #expect(grid.rows.last?.map(\.plainText) == ["表后说明文字"])
        #expect(grid.rows.last?.first?.colSpan == 8)
    }

    @Test func projectApprovalLabelsSpanTwoColumnsAndGoalsStack() throws {
        let form = LayoutFixtures.form(
            kind: .projectApproval, approver: "测试财政分局",
            fields: [
                Field(label: "项目名称", value: "测试项目", line: 2),
                Field(label: "主管部门", value: "测试单位", line: 3),
                Field(label: "起始年度", value: "2022", group: "实施周期", line: 4),
                Field(label: "到期年度", value: "2099", group: "实施周期", line: 4),
                Field(label: "2025年预算金额", value: "190000", line: 5),
            ],
            goals: [Goal(label: "实施周期总目标", body: RichText(plain: "总目标"), line: 7),
                    Goal(label: "2025年度目标", body: RichText(plain: "年度目标"), line: 9)],
            indicators: LayoutFixtures.indicatorsWithEmptyCategory
        )
        let grid = FormLayout.grid(for: form)
        #expect(grid.isRectangular)
        let rows = grid.rows
        #expect(rows[0].map(\.plainText) == ["项目名称", "测试项目"] && rows[0].map(\.colSpan) == [2, 4])
        #expect(rows[2].map(\.plainText) == ["实施周期", "起始年度", "2022", "到期年度", "2099"])
        #expect(rows[2][0].colSpan == 2)
        #expect(rows[3].map(\.plainText) == ["2025年预算金额", "190000"])
        #expect(rows[4].map(\.plainText) == ["总体绩效目标", "实施周期总目标"] && rows[4][0].rowSpan == 4)
        #expect(rows[5].map(\.plainText) == ["总目标"])
        #expect(rows[6].map(\.plainText) == ["2025年度目标"])
        #expect(rows[7].map(\.plainText) == ["年度目标"])
        #expect(grid.rows.last?.map(\.plainText) == ["财政分局批复意见", ""], "approval forms print the opinion row even blank")
    }

    @Test func projectApplicationSetsTwoGoalsSideBySide() {
        let form = LayoutFixtures.form(
            kind: .projectApplication,
            goals: [Goal(label: "中长期目标", body: RichText(plain: "甲"), line: 7), Goal(label: "年度目标", body: RichText(plain: "乙"), line: 8)]
        )
        let grid = FormLayout.grid(for: form)
        let rows = grid.rows.map { $0.map(\.plainText) }
        #expect(rows[0] == ["总体绩效目标", "中长期目标", "年度目标"])
        #expect(rows[1] == ["甲", "乙"])
        #expect(grid.isRectangular)
    }

    @Test func theOrganizationLineAppearsWhenNoCellNamesIt() {
        let grid = FormLayout.grid(for: LayoutFixtures.form(kind: .unknown, year: nil, organization: "某单位"))
        #expect(grid.partyLine == ["预算单位：某单位"])
        #expect(grid.yearLine == nil)
    }

    @Test func groupedExtraFieldsShareTheirGroupLabel() {
        let form = LayoutFixtures.form(kind: .projectApplication, fields: [
            Field(label: "项目名称", value: "甲", line: 2),
            Field(label: "中期资金总额", value: "10", group: "项目资金", line: 3),
            Field(label: "年度资金总额", value: "5", group: "项目资金", line: 4),
        ])
        let grid = FormLayout.grid(for: form)
        let rows = grid.rows.map { $0.map(\.plainText) }
        #expect(rows[0] == ["项目名称", "甲"])
        #expect(rows[1] == ["项目资金", "中期资金总额", "10"] && grid.rows[1][0].rowSpan == 2)
        #expect(rows[2] == ["年度资金总额", "5"])
        #expect(grid.isRectangular)
    }
}
