/// One printed row of the indicator table (绩效指标).
///
/// Level-1 and level-2 cells are merged in print; here every row carries them in full.
/// A category with no indicators (`社会成本指标` with blank cells) is a row with an empty
/// ``level3`` and empty values, because the printed table has that row.
public struct IndicatorRow: Sendable, Hashable {
    /// 一级指标, as the form words it (`产出指标`).
    public let level1: String
    /// 二级指标, as the form words it (`社会效益` stays `社会效益`).
    public let level2: String
    /// 三级指标, the indicator's own name; empty for an empty category.
    public let level3: String
    /// 实施周期指标值 (the left half of a side-by-side table).
    public let periodValue: String
    /// 年度指标值 (the right half of a side-by-side table).
    public let annualValue: String
    /// In a side-by-side table, the right half's level-3 name when it differs from the left.
    public let annualLevel3: String?
    /// The source line of the row.
    public let line: Int
    /// The 1-based character column of the period value's cell (1 when blank), so that a
    /// finding about the value points at its cell.
    public let periodColumn: Int
    /// The 1-based character column of the annual value's cell (1 when blank).
    public let annualColumn: Int

    public init(level1: String, level2: String, level3: String, periodValue: String, annualValue: String,
                annualLevel3: String? = nil, line: Int, periodColumn: Int = 1, annualColumn: Int = 1) {
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.periodValue = periodValue
        self.annualValue = annualValue
        self.annualLevel3 = annualLevel3
        self.line = line
        self.periodColumn = periodColumn
        self.annualColumn = annualColumn
    }

    /// Whether this row stands for a category with no indicators.
    public var isEmptyCategory: Bool { level3.isEmpty && periodValue.isEmpty && annualValue.isEmpty }
}
