/// One budget performance-target form (绩效目标申报表 or 批复表), as the clean model.
///
/// Every text is cleaned: no markup, entities or LaTeX, and no stray spaces inside Chinese
/// text. Whatever the reader could not place is kept in ``notes`` and flagged in
/// ``diagnostics``, so nothing in the source is lost.
public struct Form: Sendable, Hashable {
    /// What kind of form this is, decided from its title.
    public let kind: FormKind
    /// The title as printed, cleaned (`南城街道部门整体预算绩效目标申报表`).
    public let title: String
    /// The budget year from the year line (`(2025年度)`), or `nil` when the form gives none.
    public let year: Int?
    /// The department or unit the form is about (部门名称, 主管部门, 预算单位 …).
    public let organization: String?
    /// The approving office (`批复单位：…`) on approval forms, else `nil`.
    public let approver: String?
    /// Every label/value pair of the form, in source order, blank values included.
    public let fields: [Field]
    /// Goal texts: one `总体绩效目标`, or a project's `实施周期总目标` and `年度目标`.
    public let goals: [Goal]
    /// Rows of the key-task table (年度重点工作任务 / 年度主要任务). A total row is a field.
    public let tasks: [WorkTask]
    /// The optional `其他需完成的任务` entries.
    public let otherTasks: [WorkTask]
    /// The indicator table, flat and in source order, one entry per printed row.
    public let indicators: [IndicatorRow]
    /// How the source printed the indicator table; the layout stage reproduces it.
    public let indicatorLayout: IndicatorLayout
    /// The finance office's opinion (`财政分局批复意见`), or `nil`.
    public let opinion: String?
    /// The opinion row's label as printed (`财政分局批复意见`, `镇财政分局批复意见`), even when the
    /// opinion itself is blank; `nil` when the form has no opinion row.
    public let opinionLabel: String?
    /// Text after the table, and any text the reader could not place in the form.
    public let notes: [Note]
    /// Every repair the reader made and every finding of the review, with its source line.
    public let diagnostics: [Diagnostic]
    /// The source line the form starts on (its title line).
    public let line: Int

    public init(
        kind: FormKind, title: String, year: Int?, organization: String?, approver: String?,
        fields: [Field], goals: [Goal], tasks: [WorkTask], otherTasks: [WorkTask],
        indicators: [IndicatorRow], indicatorLayout: IndicatorLayout, opinion: String?,
        opinionLabel: String? = nil, notes: [Note], diagnostics: [Diagnostic], line: Int
    ) {
        self.kind = kind
        self.title = title
        self.year = year
        self.organization = organization
        self.approver = approver
        self.fields = fields
        self.goals = goals
        self.tasks = tasks
        self.otherTasks = otherTasks
        self.indicators = indicators
        self.indicatorLayout = indicatorLayout
        self.opinion = opinion
        self.opinionLabel = opinionLabel
        self.notes = notes
        self.diagnostics = diagnostics
        self.line = line
    }

    /// The value of the first field with this label (or one of its vocabulary aliases).
    public func value(of label: String) -> String? {
        fields.first { Vocabulary.sameFieldLabel($0.label, label) }?.value
    }

    /// The project name on project forms (`项目名称`), else `nil`.
    public var projectName: String? { kind.isProject ? value(of: "项目名称") : nil }

    /// A copy with other diagnostics; the review stage appends its findings this way.
    public func withDiagnostics(_ diagnostics: [Diagnostic]) -> Form {
        Form(kind: kind, title: title, year: year, organization: organization, approver: approver,
             fields: fields, goals: goals, tasks: tasks, otherTasks: otherTasks, indicators: indicators,
             indicatorLayout: indicatorLayout, opinion: opinion, opinionLabel: opinionLabel, notes: notes,
             diagnostics: diagnostics, line: line)
    }
}

/// How the indicator table is printed.
public enum IndicatorLayout: String, Sendable, Hashable {
    /// `一级 | 二级 | 三级 | 实施周期指标值 | 年度指标值`.
    case single
    /// Two halves side by side: `一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 年度指标值`.
    case sideBySide = "side-by-side"
}
