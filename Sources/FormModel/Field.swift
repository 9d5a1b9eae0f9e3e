/// One label/value pair of a form (`财政供养人员数` → `28`).
///
/// Values are kept as printed (`8,560.31`, `0.00`), so that nothing is reformatted behind
/// the user's back; the CSV writer and the review parse numbers where they need them.
public struct Field: Sendable, Hashable {
    /// The label as printed, cleaned.
    public let label: String
    /// The value as printed, cleaned; empty when the form leaves it blank.
    public let value: String
    /// The row label the pair sits under, such as `基本信息`, `预算整体情况` or `实施周期`.
    public let group: String?
    /// The source line of the value.
    public let line: Int
    /// The 1-based character column of the value's cell (of the label's when the value is
    /// blank), so that a finding about the value points at it.
    public let column: Int

    public init(label: String, value: String, group: String? = nil, line: Int, column: Int = 1) {
        self.label = label
        self.value = value
        self.group = group
        self.line = line
        self.column = column
    }
}

/// Text the form holds outside its table cells: a remark after the table, or text the reader
/// could not place (then also flagged by a diagnostic).
public struct Note: Sendable, Hashable {
    /// The text, cleaned like every other text of the model.
    public let text: String
    /// The source line the text came from.
    public let line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
