// The vocabulary of the forms, in one place to review.
//
// Everything FormPress knows about the words on a budget performance-target form is here:
// which titles name which kind of form, which row labels open which block, which column
// headers name which column, and which indicator categories exist at level 1 and level 2,
// with their aliases across the 2021 and the older (pre-2021) editions.
//
// How labels are compared: spaces are ignored, full-width letters, digits and brackets count
// as half-width (（ = (), a bracketed qualifier after a label is ignored (`其他需完成的任务(可选填)`
// is `其他需完成的任务`), `YYYY` stands for any four-digit year, and for indicator categories
// a trailing `指标` is optional (`社会效益` = `社会效益指标`).

/// The words of the forms, and the questions the reader and the review ask of them.
public enum Vocabulary {

    // MARK: - Form kinds

    /// Which kind of form a title names: the first rule any of whose phrases the title contains.
    public static let formKinds: [FormKindRule] = [
        FormKindRule(.projectApproval, ["项目绩效目标批复表", "项目支出绩效目标批复表", "项目支出绩效批复表"]),
        FormKindRule(.departmentApproval, ["部门（单位）整体支出绩效目标批复表", "部门整体支出绩效目标批复表",
                                           "部门整体预算绩效目标批复表", "单位整体支出绩效目标批复表", "整体支出绩效目标批复表",
                                           "部门预算绩效目标批复表", "整体绩效目标批复表"]),
        FormKindRule(.departmentApplication, ["部门整体预算绩效目标申报表", "部门整体支出绩效目标申报表",
                                              "部门整体预算绩效目标表", "部门整体支出绩效目标表", "单位整体支出绩效目标申报表"]),
        FormKindRule(.projectApplication, ["项目支出绩效目标申报表", "项目支出绩效目标表", "项目绩效目标申报表"]),
    ]

    /// A text line is a form title when it contains one of these (or a form-kind phrase).
    public static let titleMarkers = ["绩效目标申报表", "绩效目标批复表", "绩效目标表", "绩效批复表"]

    // MARK: - Lines above the table

    /// `批复单位：东莞市财政局清溪分局` names the approver.
    public static let approverLabels = ["批复单位"]
    /// `预算单位：…` and similar lines above the table name the organization.
    public static let organizationLineLabels = ["预算单位", "填报单位", "申报单位"]

    // MARK: - Fields

    /// Field labels that name the form's organization, best first.
    public static let organizationFields = ["部门名称", "部门（单位）名称", "单位名称", "主管部门", "预算单位", "用款单位"]

    /// Labels of label/value fields. A cell holding one of these is a label, never a value.
    public static let fieldLabels = [
        "部门名称", "部门（单位）名称", "单位名称", "财政供养人员数", "下属二级单位数",
        "项目名称", "项目类型", "项目等级", "项目属性", "项目期限", "主管部门", "用款单位", "预算单位",
        "实施单位", "项目实施单位", "项目负责人", "联系电话", "起始年度", "到期年度", "YYYY年预算金额", "YYYY年度预算金额",
        "中期市财政预算", "本年度申请市财政预算资金", "中期资金总额", "年度资金总额", "项目总金额",
        "申报单位需要说明的其他情况", "金额合计",
    ]

    /// Row labels that group the fields to their right (`基本信息 | 财政供养人员数 | 28 | …`).
    public static let fieldGroups = ["基本信息", "实施周期", "项目资金", "资金情况"]

    // MARK: - Budget block

    /// The label of the budget block.
    public static let budgetSection = ["预算整体情况", "预算情况"]
    /// Cells of the budget grid that are column headers, not fields.
    public static let budgetHeaders = ["部门预算支出", "收入来源", "事业发展性支出", "按预算级次划分", "预算金额"]
    /// A header cell that opens the budget block even when the row has no `预算整体情况` label.
    public static let budgetOpeningHeaders = ["部门预算支出"]
    /// Budget lines on the spending side (基本支出 + 项目支出 + 事业发展性支出 …).
    public static let budgetSpending = ["基本支出", "项目支出", "财政专项资金", "其他事业发展性支出"]
    /// Budget lines on the income side (… = 财政拨款 + 其他资金).
    public static let budgetIncome = ["财政拨款", "其他资金"]
    /// Budget lines by level of government (按预算级次划分).
    public static let budgetAllocation = ["市本级使用资金", "拟用于对下转移支付资金"]

    // MARK: - Goal block

    /// Labels that open the goal block.
    public static let goalSection = ["总体绩效目标", "总体目标", "年度总体目标", "绩效目标"]
    /// Sub-labels inside the goal block of project forms, each heading its own text.
    public static let goalParts = ["实施周期总目标", "YYYY年度目标", "年度目标", "年度绩效目标", "中长期目标"]

    // MARK: - Task tables

    /// Labels of the key-task table.
    public static let taskSection = ["年度重点工作任务", "年度主要任务", "重点工作任务", "主要任务"]
    /// Label of the optional other-tasks row.
    public static let otherTaskSection = ["其他需完成的任务"]
    /// Column headers of the task table, by role.
    public static let taskNameHeaders = ["名称", "任务名称", "工作任务"]
    /// The content column (主要实施内容).
    public static let taskContentHeaders = ["主要实施内容", "主要内容", "实施内容"]
    /// The amount column; its bracketed unit (`(元)`, `(万元)`) is the unit of the amounts.
    public static let taskAmountHeaders = ["拟投入的资金", "年度预算金额", "预算金额", "金额", "资金"]
    /// The expected-result column (期望达到的目标).
    public static let taskGoalHeaders = ["期望达到的目标", "预期目标", "预期达到的目标"]
    /// A task row with one of these names is the table's total.
    public static let totalLabels = ["金额合计", "合计", "总计"]

    // MARK: - Indicator table

    /// Labels of the indicator block.
    public static let indicatorSection = ["绩效指标", "年度绩效指标", "绩效指标表"]
    /// Column headers of the indicator table, by role.
    public static let level1Headers = ["一级指标"]
    /// The level-2 column; a second one makes the table side by side.
    public static let level2Headers = ["二级指标"]
    /// The level-3 (indicator name) column; a second one makes the table side by side.
    public static let level3Headers = ["三级指标"]
    /// The period-value column (the left half's value in a side-by-side table).
    public static let periodValueHeaders = ["实施周期指标值", "指标值", "中期指标值", "中期目标值"]
    /// The annual-value column (the right half's value in a side-by-side table).
    public static let annualValueHeaders = ["年度指标值", "当年度指标值", "年度计划指标值", "本年度指标值", "年度目标值"]
    /// Headers over the two halves of a side-by-side table (`中期指标(2019-2021年) | 年度指标(2019年)`),
    /// printed above the column headers in the older Dongguan project table.
    public static let indicatorHalfHeaders = ["中期指标", "年度指标", "实施周期指标", "中期绩效指标", "年度绩效指标",
                                              "实施周期绩效指标", "当年度指标", "本年度指标"]

    /// Level-1 categories and the level-2 categories each may hold, in both editions.
    ///
    /// The 2021 edition: 成本指标, 产出指标, 效益指标, 满意度指标. The older edition:
    /// 预期产出指标 (with 成本指标 as a level-2) and 效果指标. A name may be listed under several
    /// level-1 categories; the form's own wording is always kept.
    public static let indicatorCategories: [IndicatorCategory] = [
        IndicatorCategory("成本指标", children: ["经济成本指标", "社会成本指标", "生态环境成本指标"]),
        IndicatorCategory("产出指标", aliases: ["预期产出指标"], children: [
            "数量指标", "数量指标(或建筑规模指标)", "建筑规模指标", "质量指标", "时效指标", "时效指标(工期指标)", "工期指标",
            "成本指标", "预算(或投资规模)控制指标", "预算控制指标", "投资规模控制指标",
        ]),
        IndicatorCategory("效益指标", aliases: ["效果指标", "预期效果指标"], children: [
            "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "可持续影响(指标)",
            "社会、经济、生态效益指标", "社会经济生态效益指标",
            "社会公众或服务对象满意度指标", "服务对象满意度指标",
        ]),
        IndicatorCategory("满意度指标", children: ["服务对象满意度指标", "社会公众或服务对象满意度指标", "满意度指标"]),
    ]

    // MARK: - Indicator values

    /// How a value states a comparison before its number (`不低于90%`), each spelling with the
    /// sign it means: `≥` at least, `≤` at most, `>` more than, `<` less than, `=` equal.
    public static let comparisonsBeforeNumber: [(spelling: String, sign: String)] = [
        ("≥", "≥"), ("≧", "≥"), ("⩾", "≥"), (">=", "≥"), ("=>", "≥"),
        ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("大于等于", "≥"), ("大于或等于", "≥"),
        ("至少", "≥"), ("最少", "≥"), ("最低", "≥"),
        ("≤", "≤"), ("≦", "≤"), ("⩽", "≤"), ("<=", "≤"), ("=<", "≤"),
        ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"), ("不大于", "≤"), ("小于等于", "≤"), ("小于或等于", "≤"),
        ("至多", "≤"), ("最多", "≤"), ("最高", "≤"),
        (">", ">"), ("大于", ">"), ("高于", ">"), ("超过", ">"), ("多于", ">"),
        ("<", "<"), ("小于", "<"), ("少于", "<"), ("低于", "<"),
        ("=", "="), ("等于", "="),
    ]

    /// How a value states a comparison after its unit (`90%以上`, `5人以下`). `以上`, `以下` and
    /// `以内` include the number itself, as in budget usage.
    public static let comparisonsAfterUnit: [(spelling: String, sign: String)] = [
        ("及以上", "≥"), ("以上", "≥"), ("及以下", "≤"), ("以下", "≤"), ("以内", "≤"),
    ]

    // MARK: - Opinion and notes

    /// A row whose label ends with one of these holds the finance office's opinion.
    public static let opinionSuffixes = ["批复意见", "审核意见", "审批意见"]

    // MARK: - Review

    /// Words that make an indicator a rate, whose value is a percentage.
    public static let rateWords = ["率", "满意度"]
    /// Rates that may exceed 100% (growth, change), so the review does not flag `≥120%` on them.
    public static let unboundedRateWords = ["增长率", "增长", "增幅", "增速", "变动率", "变化率", "提高率", "上升率", "倍"]
    /// Fields every form needs, checked by the review.
    public static let requiredFacts = ["organization", "year", "indicators"]
}

/// One rule of ``Vocabulary/formKinds``.
public struct FormKindRule: Sendable {
    /// The kind the rule gives.
    public let kind: FormKind
    /// Title phrases, any one of which names the kind.
    public let phrases: [String]
    init(_ kind: FormKind, _ phrases: [String]) {
        self.kind = kind
        self.phrases = phrases
    }
}

/// A level-1 indicator category, its aliases, and the level-2 names it may hold.
public struct IndicatorCategory: Sendable {
    /// The category's name in the 2021 edition (`产出指标`).
    public let name: String
    /// Other names for it (`预期产出指标` in the older edition).
    public let aliases: [String]
    /// The level-2 names that may sit under it, in either edition.
    public let children: [String]
    init(_ name: String, aliases: [String] = [], children: [String]) {
        self.name = name
        self.aliases = aliases
        self.children = children
    }
}
