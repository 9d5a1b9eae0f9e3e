import FormModel

// The official layouts, one template a form kind, as data.
//
// Read from the seeds in Examples/: the department application (000, 001, 002), the project
// approval (001) and the department approval with its side-by-side indicator table (004).
// The project application and unknown forms get a generic layout that prints every field
// in source order. Printed words keep the official forms' full-width brackets.

extension FormTemplate {
    /// The label of the approver line above an approval form's table.
    public static let approverLabel = "批复单位"
    /// The label of the organization line, printed when no cell of the grid names it.
    public static let organizationLabel = "预算单位"

    /// The template that lays out a form of this kind.
    public static func forKind(_ kind: FormKind) -> FormTemplate {
        switch kind {
        case .departmentApplication: return departmentApplication
        case .departmentApproval: return departmentApproval
        case .projectApproval: return projectApproval
        case .projectApplication: return projectApplication
        case .unknown: return generic
        }
    }

    /// 部门整体预算绩效目标申报表: 部门名称, 基本信息, the budget grid, goal, tasks, indicators.
    public static let departmentApplication = FormTemplate(yearSuffix: "年", blocks: [
        .fields(FieldBlock(rows: [
            [.field(["部门名称", "部门（单位）名称", "单位名称"], labelEnd: .blockLabel, valueEnd: .annualValue)],
        ])),
        .fields(FieldBlock(label: "基本信息", rows: [
            [.field(["财政供养人员数"], labelEnd: .level2, valueEnd: .level3),
             .field(["下属二级单位数"], labelEnd: .periodValue, valueEnd: .annualValue)],
        ])),
        .fields(budgetGrid),
        .remainingFields(RemainingFieldsBlock(.aboveBody, labelEnd: .level2)),
        .goals(GoalBlock(label: "总体绩效目标", labelEnd: .blockLabel, arrangement: .single)),
        .tasks(TaskBlock(label: "年度重点工作任务", columns: applicationTaskColumns, printsHeader: true, printedWhenEmpty: true)),
        .otherTasks(TaskBlock(label: "其他需完成的任务（可选填）", columns: applicationTaskColumns,
                              printsHeader: false, printedWhenEmpty: true)),
        .indicators(applicationIndicators),
        .remainingFields(RemainingFieldsBlock(.all, labelEnd: .level2)),
        .opinion(OpinionBlock(label: "财政分局批复意见", labelEnd: .blockLabel, printedWhenEmpty: false)),
        .notes,
    ])

    /// 部门（单位）整体支出绩效目标批复表: name, 年度主要任务 with its total, goal, and the indicator
    /// table, side by side on landscape when the form prints it so.
    public static let departmentApproval = FormTemplate(yearSuffix: "年度", blocks: [
        .fields(FieldBlock(rows: [
            [.field(["部门（单位）名称", "部门名称", "单位名称"], labelEnd: .level1, valueEnd: .annualValue)],
        ])),
        .remainingFields(RemainingFieldsBlock(.aboveBody)),
        .tasks(TaskBlock(label: "年度主要任务", columns: [
            TaskColumn("任务名称", .name, end: .level1),
            TaskColumn("主要内容", .content, end: .periodValue),
            TaskColumn("年度预算金额", .amount, end: .annualValue),
        ], printsHeader: true, printedWhenEmpty: true)),
        .otherTasks(TaskBlock(label: "其他需完成的任务", columns: applicationTaskColumns, printsHeader: false, printedWhenEmpty: false)),
        .goals(GoalBlock(label: "总体绩效目标", labelEnd: .blockLabel, arrangement: .single)),
        .indicators(IndicatorBlock(label: "绩效指标", level1Header: "一级指标", level2Header: "二级指标", level3Header: "三级指标",
                                   periodHeader: "实施周期指标值（或计划水平）", annualHeader: "年度计划指标值（或计划水平）")),
        .fields(FieldBlock(rows: [
            [.field(["申报单位需要说明的其他情况"], labelEnd: .level1, valueEnd: .annualValue)],
        ])),
        .remainingFields(RemainingFieldsBlock(.all)),
        .opinion(OpinionBlock(label: "财政分局批复意见", labelEnd: .level1, printedWhenEmpty: true)),
        .notes,
    ])

    /// 项目绩效目标批复表: project fields with labels over two columns, 实施周期, the stacked
    /// goals, indicators and the opinion row.
    public static let projectApproval = FormTemplate(yearSuffix: "年度", blocks: projectHead + [
        .remainingFields(RemainingFieldsBlock(.aboveBody)),
        .goals(GoalBlock(label: "总体绩效目标", labelEnd: .level1, arrangement: .stacked)),
        .tasks(TaskBlock(label: "年度主要任务", columns: applicationTaskColumns, printsHeader: true, printedWhenEmpty: false)),
        .otherTasks(TaskBlock(label: "其他需完成的任务", columns: applicationTaskColumns, printsHeader: false, printedWhenEmpty: false)),
        .indicators(IndicatorBlock(label: "绩效指标", level1Header: "一级指标", level2Header: "二级指标", level3Header: "三级指标",
                                   periodHeader: "实施周期指标值", annualHeader: "当年度指标值")),
        .remainingFields(RemainingFieldsBlock(.all)),
        .opinion(OpinionBlock(label: "财政分局批复意见", labelEnd: .level1, printedWhenEmpty: true)),
        .notes,
    ])

    /// 项目支出绩效目标申报表: the project head, other fields in source order, the two goals
    /// side by side.
    public static let projectApplication = genericLayout(head: projectHead, goals: .sideBySide(firstEnd: .level3))

    /// Forms of no known kind: everything the form has, in the usual order.
    public static let generic = genericLayout(head: [], goals: .stacked)

    /// The head of a project form: 项目名称 … 用款单位, 实施周期 on one row, the year's budget.
    static let projectHead: [TemplateBlock] = [
        .fields(FieldBlock(rows: ["项目名称", "项目类型", "项目等级", "主管部门", "用款单位"].map { label in
            [.field([label], labelEnd: .level1, valueEnd: .annualValue)]
        })),
        .fields(FieldBlock(label: "实施周期", labelEnd: .level1, rows: [
            [.field(["起始年度"], labelEnd: .level2, valueEnd: .level3),
             .field(["到期年度"], labelEnd: .periodValue, valueEnd: .annualValue)],
        ])),
        .fields(FieldBlock(rows: [
            [.field(["YYYY年预算金额", "YYYY年度预算金额"], labelEnd: .level1, valueEnd: .annualValue)],
        ])),
    ]

    private static func genericLayout(head: [TemplateBlock], goals: GoalBlock.Arrangement) -> FormTemplate {
        FormTemplate(yearSuffix: "年度", blocks: head + [
            .remainingFields(RemainingFieldsBlock(.aboveBody)),
            .goals(GoalBlock(label: "总体绩效目标", labelEnd: .level1, arrangement: goals)),
            .tasks(TaskBlock(label: "年度重点工作任务", columns: applicationTaskColumns, printsHeader: true, printedWhenEmpty: false)),
            .otherTasks(TaskBlock(label: "其他需完成的任务", columns: applicationTaskColumns, printsHeader: false, printedWhenEmpty: false)),
            .indicators(applicationIndicators),
            .remainingFields(RemainingFieldsBlock(.all)),
            .opinion(OpinionBlock(label: "批复意见", labelEnd: .level1, printedWhenEmpty: false)),
            .notes,
        ])
    }

    /// 预算整体情况: spending beside income, then development spending beside budget level.
    static let budgetGrid = FieldBlock(label: "预算整体情况", rows: [
        [.header("部门预算支出", end: .level2), .header("预算金额（万元）", end: .level3),
         .header("收入来源", end: .periodValue), .header("预算金额（万元）", end: .annualValue)],
        [.field(["基本支出"], labelEnd: .level2, valueEnd: .level3),
         .field(["财政拨款"], labelEnd: .periodValue, valueEnd: .annualValue)],
        [.field(["项目支出"], labelEnd: .level2, valueEnd: .level3),
         .field(["其他资金"], labelEnd: .periodValue, valueEnd: .annualValue)],
        [.header("事业发展性支出", end: .level2), .header("预算金额（万元）", end: .level3),
         .header("按预算级次划分", end: .periodValue), .header("预算金额（万元）", end: .annualValue)],
        [.field(["财政专项资金"], labelEnd: .level2, valueEnd: .level3),
         .field(["市本级使用资金"], labelEnd: .periodValue, valueEnd: .annualValue)],
        [.field(["其他事业发展性支出"], labelEnd: .level2, valueEnd: .level3),
         .field(["拟用于对下转移支付资金"], labelEnd: .periodValue, valueEnd: .annualValue)],
    ])

    /// `名称 | 主要实施内容 | 拟投入的资金 | 期望达到的目标（概述）`; the long content gets two columns.
    static let applicationTaskColumns = [
        TaskColumn("名称", .name, end: .level1),
        TaskColumn("主要实施内容", .content, end: .level3),
        TaskColumn("拟投入的资金", .amount, end: .periodValue),
        TaskColumn("期望达到的目标（概述）", .goal, end: .annualValue),
    ]

    /// `一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 年度指标值`.
    static let applicationIndicators = IndicatorBlock(
        label: "绩效指标", level1Header: "一级指标", level2Header: "二级指标", level3Header: "三级指标",
        periodHeader: "实施周期指标值", annualHeader: "年度指标值"
    )
}
