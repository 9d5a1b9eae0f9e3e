import Foundation
import FormModel

/// Hand-built documents for the CSV tests, full of what breaks naive CSV: commas, quotes, line
/// breaks, formula-like text, full-width triggers and negative numbers.
enum CSVFixtures {
    static let trickyTexts = [
        "a,b", "say \"hi\"", "line1\nline2", "crlf\r\nend", "=SUM(A1)", "@x", "+1", "-190000.00", "-5%",
        "\tlead", "\rlead", "＝1+1", "-", "'quoted", "plain 中文",
    ]

    static func form(kind: FormKind = .projectApplication, title: String = "东莞市某项目支出绩效目标申报表",
                     year: Int? = 2025, organization: String? = "东莞市南城街道平安法治办公室, 综合组",
                     indicators: [IndicatorRow], fields: [Field] = [], tasks: [WorkTask] = [],
                     otherTasks: [WorkTask] = []) -> Form {
        Form(kind: kind, title: title, year: year, organization: organization, approver: nil, fields: fields,
             goals: [], tasks: tasks, otherTasks: otherTasks, indicators: indicators, indicatorLayout: .single,
             opinion: nil, notes: [], diagnostics: [], line: 1)
    }

    /// Two files, three forms: a project form whose every text cell is tricky, and a plain one.
    static var documents: [Document] {
        let tricky = trickyTexts.enumerated().map { i, text in
            IndicatorRow(level1: "产出指标", level2: "数量指标", level3: text, periodValue: text, annualValue: "≥\(i)0%", line: 10 + i)
        }
        let fields = [Field(label: "项目名称", value: "平安\"法治\",宣传", group: "基本信息", line: 3)]
            + trickyTexts.enumerated().map { Field(label: "标签\($0)", value: $1, line: 4 + $0) }
        let tasks = [
            WorkTask(name: "维稳信访工作经费", number: "任务1", content: "驻京备勤,\n接访", goal: "=目标", 
                     amount: Amount(value: 600000, unit: .yuan, text: "600,000.00"), line: 20),
            WorkTask(name: "平安文化", content: "", goal: "", amount: Amount(value: Decimal(string: "10.5")!, unit: .wanYuan, text: "10.5"), line: 21),
            WorkTask(name: "无金额", content: "-", goal: "", amount: nil, line: 22),
        ]
        let other = [WorkTask(name: "其他", content: "@备注", goal: "", amount: Amount(value: 0, unit: .yuan, text: "0.00"), line: 23)]
        let first = form(indicators: tricky, fields: fields, tasks: tasks, otherTasks: other)
        let second = form(kind: .departmentApplication, title: "南城街道部门整体预算绩效目标申报表", year: nil, organization: nil,
                          indicators: [
                            IndicatorRow(level1: "成本指标", level2: "社会成本指标", level3: "", periodValue: "", annualValue: "", line: 40),
                            IndicatorRow(level1: "效益指标", level2: "社会效益", level3: "群众满意度", periodValue: "不低于90%",
                                         annualValue: "显著提升", annualLevel3: "满意度", line: 41),
                          ])
        let third = form(kind: .departmentApproval, title: "部门（单位）整体支出绩效目标批复表", indicators: [
            IndicatorRow(level1: "成本指标", level2: "经济成本指标", level3: "项目支出数额", periodValue: "≤289万元", annualValue: "≤2万元/场", line: 5),
        ])
        return [
            Document(source: "a,\"1\".txt", encoding: .utf8, forms: [first, second]),
            Document(source: "=b.txt", encoding: .gb18030, forms: [third]),
        ]
    }
}
