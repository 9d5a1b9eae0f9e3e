import FormModel
import Layout

/// Small forms built by hand, each with just the parts a test looks at.
enum LayoutFixtures {
    static func form(
        kind: FormKind = .departmentApplication, title: String = "测试部门整体预算绩效目标申报表", year: Int? = 2025,
        organization: String? = "测试单位", approver: String? = nil, fields: [Field] = [], goals: [Goal] = [],
        tasks: [WorkTask] = [], otherTasks: [WorkTask] = [], indicators: [IndicatorRow] = [],
        layout: IndicatorLayout = .single, opinion: String? = nil, opinionLabel: String? = nil,
        notes: [Note] = [], diagnostics: [Diagnostic] = []
    ) -> Form {
        Form(kind: kind, title: title, year: year, organization: organization, approver: approver, fields: fields,
             goals: goals, tasks: tasks, otherTasks: otherTasks, indicators: indicators, indicatorLayout: layout,
             opinion: opinion, opinionLabel: opinionLabel, notes: notes, diagnostics: diagnostics, line: 1)
    }

    static func row(_ level1: String, _ level2: String, _ level3: String, _ value: String = "", line: Int,
                    annualLevel3: String? = nil) -> IndicatorRow {
        IndicatorRow(level1: level1, level2: level2, level3: level3, periodValue: value, annualValue: value,
                     annualLevel3: annualLevel3, line: line)
    }

    /// 成本指标 with an empty 社会成本指标 between two filled categories, then 产出指标.
    static let indicatorsWithEmptyCategory = [
        row("成本指标", "经济成本指标", "项目支出数额", "≤289万元", line: 30),
        row("成本指标", "经济成本指标", "政府采购节约率", "≥5%", line: 31),
        row("成本指标", "社会成本指标", "", line: 32),
        row("成本指标", "生态环境成本指标", "", line: 33),
        row("产出指标", "数量指标", "开展宣传活动次数", "12次", line: 34),
        row("产出指标", "质量指标", "案件处置率", "≥90%", line: 35),
        row("产出指标", "质量指标", "达标率", "≥90%", line: 36),
    ]

    /// A department application with every block filled.
    static var departmentApplication: Form {
        form(
            fields: [
                Field(label: "部门名称", value: "测试单位", line: 5),
                Field(label: "财政供养人员数", value: "28", group: "基本信息", line: 6),
                Field(label: "下属二级单位数", value: "0", group: "基本信息", line: 6),
                Field(label: "基本支出", value: "304.74", group: "预算整体情况", line: 8),
                Field(label: "财政拨款", value: "593.99", group: "预算整体情况", line: 8),
                Field(label: "项目支出", value: "139.75", group: "预算整体情况", line: 9),
                Field(label: "其他资金", value: "0.00", group: "预算整体情况", line: 9),
                Field(label: "财政专项资金", value: "0.00", group: "预算整体情况", line: 11),
                Field(label: "市本级使用资金", value: "", group: "预算整体情况", line: 11),
                Field(label: "其他事业发展性支出", value: "149.50", group: "预算整体情况", line: 12),
                Field(label: "拟用于对下转移支付资金", value: "0.00", group: "预算整体情况", line: 12),
                Field(label: "联系人", value: "张三", line: 13),
            ],
            goals: [Goal(label: "总体绩效目标", body: RichText(paragraphs: [
                [.init("第一段。")], [.init("【满意度目标】", isStrong: true), .init("：群众满意度≥90%。")],
            ]), line: 14)],
            tasks: [
                WorkTask(name: "维稳信访工作经费", number: "任务1", content: "调处化解", goal: "逐年减少",
                         amount: Amount(printed: "600,000.00", unit: .yuan), line: 16),
                WorkTask(name: "平安建设", number: "任务2", content: "宣传活动", goal: "更高水平",
                         amount: Amount(printed: "400,000.00", unit: .yuan), line: 17),
            ],
            indicators: indicatorsWithEmptyCategory
        )
    }
}
