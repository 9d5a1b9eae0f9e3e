/// One finding about the source: a repair the reader made, or a problem the review found.
///
/// Printed compiler style by `formpress check` (`FILE:LINE:COL: warning: message [code]`),
/// and carried in the JSON, so that a reviewer can go to the line and see what changed.
/// Messages name source text in ASCII double quotes and never quote markup.
public struct Diagnostic: Sendable, Hashable {
    /// How much a finding matters. Errors fail `check`; warnings fail it with `--strict`.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    }

    /// How much the finding matters.
    public let severity: Severity
    /// What kind of finding it is, printed in brackets.
    public let code: Code
    /// 1-based source line.
    public let line: Int
    /// 1-based column, in characters, of the cell concerned (1 when the whole line is meant).
    public let column: Int
    /// One sentence for the reviewer: what was found or changed, naming the source text.
    public let message: String

    public init(_ severity: Severity, _ code: Code, line: Int, column: Int = 1, _ message: String) {
        self.severity = severity
        self.code = code
        self.line = line
        self.column = column
        self.message = message
    }

    /// The kinds of finding. The raw value is the code printed in brackets and written to JSON.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        // Repairs the reader made while rebuilding the form.
        /// A cell sat in the wrong column and was moved where the layout puts it.
        case movedCell = "moved-cell"
        /// A label or word split by spaces was joined (`产出指 标` → `产出指标`).
        case joinedWord = "joined-word"
        /// A blank or misplaced category label was filled in from the table around it.
        case inferredLabel = "inferred-label"
        /// A column-header row repeated after a page break was dropped.
        case droppedHeader = "dropped-header"
        /// A page-number line (`- 2 -`, `第 2 页 共 5 页`) was dropped.
        case droppedPageNumber = "dropped-page-number"
        /// A total row (`金额合计`) was kept as a field rather than as a task.
        case totalRow = "total-row"
        /// Text that fits nowhere in the form's layout, kept as a note.
        case unplacedText = "unplaced-text"
        /// The two halves of a side-by-side indicator row disagree on a label.
        case halfMismatch = "half-mismatch"
        // Findings of the review.
        /// 基本支出 + 项目支出 + 事业发展性支出 differs from 财政拨款 + 其他资金.
        case budgetMismatch = "budget-mismatch"
        /// The task amounts do not add up to `金额合计`.
        case sumMismatch = "sum-mismatch"
        /// A rate or satisfaction indicator whose value is a bare `1`, or above 100%.
        case suspiciousRate = "suspicious-rate"
        /// The period and annual values differ only as OCR errors would make them differ.
        case valueMismatch = "value-mismatch"
        /// A level-1 or level-2 name the vocabulary does not know.
        case unknownCategory = "unknown-category"
        /// A level-2 category under a level-1 it does not belong to.
        case misplacedCategory = "misplaced-category"
        /// A field every form needs (organization, year, indicators) is missing.
        case missingField = "missing-field"
        /// A title that names no known form kind.
        case unknownKind = "unknown-kind"
    }
}
