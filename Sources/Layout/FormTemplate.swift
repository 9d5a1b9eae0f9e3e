import FormModel

/// The official layout of one kind of form, kept as data: which blocks come in which order,
/// the printed words of the labels and column headers, and which column each cell ends in.
///
/// One generic interpreter (``FormLayout``) reads every template, so a layout is changed by
/// editing ``FormTemplate/forKind(_:)``'s tables, not code. Cells name the column they end in
/// (a ``ColumnRole``) and start where the previous cell ended, so a template fits both the
/// 6-column and the 8-column grid.
public struct FormTemplate: Sendable {
    /// What follows the year in the year line: `年` (`（2026年）`) or `年度` (`（2025年度）`).
    public let yearSuffix: String
    /// The blocks, top to bottom.
    public let blocks: [TemplateBlock]

    public init(yearSuffix: String, blocks: [TemplateBlock]) {
        self.yearSuffix = yearSuffix
        self.blocks = blocks
    }
}

/// One block of a template.
public enum TemplateBlock: Sendable {
    /// Label/value rows looked up by label (`项目名称`, the budget grid).
    case fields(FieldBlock)
    /// The form's fields no earlier block placed, as label/value rows: nothing is lost.
    case remainingFields(RemainingFieldsBlock)
    /// The goal texts.
    case goals(GoalBlock)
    /// The key-task table, with its header row and total row.
    case tasks(TaskBlock)
    /// The `其他需完成的任务` rows.
    case otherTasks(TaskBlock)
    /// The indicator table.
    case indicators(IndicatorBlock)
    /// The finance office's opinion row.
    case opinion(OpinionBlock)
    /// The form's notes, one full-width row each.
    case notes
}

/// Rows of label/value pairs, optionally under a row label spanning them (`预算整体情况`).
public struct FieldBlock: Sendable {
    /// The row label spanning the block (`基本信息`); `nil` for rows of their own. The form's
    /// own group word (``Field/group``) is printed when it has one.
    public let label: String?
    /// The column the row label ends in.
    public let labelEnd: ColumnRole
    /// The rows. A row is printed when the form has any of its fields; a row of column
    /// headers is printed when the block prints any row.
    public let rows: [[FieldSlot]]
    /// For each slot of ``rows``, the labels of a field slot with their keys, worked out once
    /// a template rather than once a form; `nil` for a header.
    let slotLabels: [[FieldLabels?]]
    /// How many slots ``rows`` hold in all, so that a form's fields for them are kept in one
    /// list allocated once.
    let slotCount: Int
    /// For each of ``rows``, whether it has a field slot (a row of headers alone is printed
    /// whenever the block prints any row).
    let hasFieldSlot: [Bool]

    public init(label: String? = nil, labelEnd: ColumnRole = .blockLabel, rows: [[FieldSlot]]) {
        self.label = label
        self.labelEnd = labelEnd
        self.rows = rows
        slotLabels = rows.map { row in
            row.map { slot in
                guard case let .field(labels, _, _) = slot else { return nil }
                return FieldLabels(labels)
            }
        }
        slotCount = rows.reduce(0) { $0 + $1.count }
        hasFieldSlot = slotLabels.map { row in row.contains { $0 != nil } }
    }
}

/// One slot of a field row.
public enum FieldSlot: Sendable {
    /// A printed column header of the budget grid (`部门预算支出`, `预算金额（万元）`).
    case header(String, end: ColumnRole)
    /// A field found by any of these labels (by ``Vocabulary/sameFieldLabel(_:_:)``): its label
    /// cell ends in `labelEnd`, its value cell in `valueEnd`.
    case field([String], labelEnd: ColumnRole, valueEnd: ColumnRole)
}

/// Where the fields no template row named are printed.
public struct RemainingFieldsBlock: Sendable {
    /// Which of the remaining fields this block prints.
    public enum Scope: Sendable {
        /// Fields printed above the goal, task and indicator blocks in the source.
        case aboveBody
        /// Every field still unplaced.
        case all
    }

    public let scope: Scope
    /// The column a field's label ends in; a group label (``Field/group``) takes the first
    /// column before it.
    public let labelEnd: ColumnRole

    public init(_ scope: Scope, labelEnd: ColumnRole = .level1) {
        self.scope = scope
        self.labelEnd = labelEnd
    }
}

/// The goal block.
public struct GoalBlock: Sendable {
    /// How several goal texts are arranged.
    public enum Arrangement: Sendable {
        /// One text cell beside the label; several goals fall back to ``stacked``.
        case single
        /// Each goal's own label on a row, its text on the next (`实施周期总目标`, `2025年度目标`).
        case stacked
        /// Two goals side by side, the first ending in the given column; other counts stack.
        case sideBySide(firstEnd: ColumnRole)
    }

    /// The block label (`总体绩效目标`).
    public let label: String
    public let labelEnd: ColumnRole
    public let arrangement: Arrangement

    public init(label: String, labelEnd: ColumnRole, arrangement: Arrangement) {
        self.label = label
        self.labelEnd = labelEnd
        self.arrangement = arrangement
    }
}

/// A task table (`年度重点工作任务`) or the other-tasks rows.
public struct TaskBlock: Sendable {
    /// The block label, spanning the block's rows.
    public let label: String
    public let labelEnd: ColumnRole
    /// The columns, left to right.
    public let columns: [TaskColumn]
    /// Whether the column headers are printed (as a header row repeated on each page).
    public let printsHeader: Bool
    /// Whether the block is printed, with blank cells, when the form has no such rows.
    public let printedWhenEmpty: Bool

    public init(label: String, labelEnd: ColumnRole = .blockLabel, columns: [TaskColumn], printsHeader: Bool, printedWhenEmpty: Bool) {
        self.label = label
        self.labelEnd = labelEnd
        self.columns = columns
        self.printsHeader = printsHeader
        self.printedWhenEmpty = printedWhenEmpty
    }
}

/// One column of a task table.
public struct TaskColumn: Sendable {
    /// Which part of a ``WorkTask`` the column shows.
    public enum Part: Sendable {
        case name, content, amount, goal
    }

    /// The printed header. The amount column's header gets the tasks' unit: `拟投入的资金（元）`.
    public let header: String
    public let part: Part
    public let end: ColumnRole

    public init(_ header: String, _ part: Part, end: ColumnRole) {
        self.header = header
        self.part = part
        self.end = end
    }
}

/// The indicator block: its label and the printed column headers.
public struct IndicatorBlock: Sendable {
    public let label: String
    public let level1Header: String
    public let level2Header: String
    public let level3Header: String
    public let periodHeader: String
    public let annualHeader: String

    public init(label: String, level1Header: String, level2Header: String, level3Header: String,
                periodHeader: String, annualHeader: String) {
        self.label = label
        self.level1Header = level1Header
        self.level2Header = level2Header
        self.level3Header = level3Header
        self.periodHeader = periodHeader
        self.annualHeader = annualHeader
    }
}

/// The opinion row (`财政分局批复意见 | 经审核，…`).
public struct OpinionBlock: Sendable {
    /// The printed label when the form does not give its own (``Form/opinionLabel``).
    public let label: String
    public let labelEnd: ColumnRole
    /// Whether the row is printed, blank, when the form has no opinion (approval forms have it).
    public let printedWhenEmpty: Bool

    public init(label: String, labelEnd: ColumnRole, printedWhenEmpty: Bool) {
        self.label = label
        self.labelEnd = labelEnd
        self.printedWhenEmpty = printedWhenEmpty
    }
}
