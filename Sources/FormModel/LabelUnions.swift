/// The unions of vocabulary lists that the readers ask about in one question.
///
/// Each is a `static let`, so it is built once and keeps one storage for the life of the
/// process: ``LabelKeyIndex`` finds an indexed list by that storage, and a union spelled at a
/// call site (`fieldLabels + fieldGroups`) would be a new array on every question, found only by
/// comparing its words. The words themselves stay in `Vocabulary.swift`.
extension Vocabulary {
    /// Header-field labels and their group labels: a row starting with one is a field row.
    public static let formLabels = fieldLabels + fieldGroups
    /// Row labels of the budget grid.
    public static let budgetLabels = budgetSpending + budgetIncome + budgetAllocation
    /// Column headers and section labels of the budget grid, skipped when its rows are read.
    public static let budgetGridHeaders = budgetHeaders + budgetSection
    /// Every section label of a form.
    public static let sectionLabels = budgetSection + goalSection + taskSection + otherTaskSection + indicatorSection
    /// The words of the rows above an indicator table's column headers (half headers, the
    /// block's label, the level headers).
    public static let indicatorHeaderRowWords = indicatorHalfHeaders + indicatorSection + level1Headers
        + level2Headers + level3Headers
    /// Both kinds of indicator-value column header.
    public static let valueHeaders = periodValueHeaders + annualValueHeaders
    /// Task-table headers of a name or an amount column.
    public static let taskNameOrAmountHeaders = taskNameHeaders + taskAmountHeaders
    /// Labels of the lines above a form naming its approver or organization.
    public static let organizationLineAnyLabels = approverLabels + organizationLineLabels
}
