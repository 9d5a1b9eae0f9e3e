import FormModel

/// A column of the official grid, named by what the indicator table prints in it.
///
/// Templates place cells by naming the column a cell ends in, so that one template fits both
/// the 6-column grid of a single indicator table and the 8-column grid of a side-by-side one.
public enum ColumnRole: String, Sendable, Hashable, CaseIterable {
    /// The leftmost column, holding block labels such as `绩效指标`.
    case blockLabel
    case level1
    case level2
    case level3
    case periodValue
    /// The right half's `二级指标` of a side-by-side table.
    case annualLevel2
    /// The right half's `三级指标` of a side-by-side table.
    case annualLevel3
    /// The rightmost column.
    case annualValue
}

/// Portrait or landscape A4: the official forms turn the page for the 8-column table.
public enum PageOrientation: String, Sendable, Hashable {
    case portrait
    case landscape
}

/// The columns of a form's grid, their widths, and the page that holds them.
public struct ColumnSet: Sendable, Hashable {
    /// The columns, left to right.
    public let roles: [ColumnRole]
    /// Each column's share of the table width, in percent (they add up to 100).
    public let widths: [Int]
    /// The page orientation that gives the columns room.
    public let orientation: PageOrientation

    /// `绩效指标 | 一级 | 二级 | 三级 | 实施周期指标值 | 年度指标值`, on portrait A4.
    public static let single = ColumnSet(
        roles: [.blockLabel, .level1, .level2, .level3, .periodValue, .annualValue],
        widths: [10, 10, 14, 24, 21, 21],
        orientation: .portrait
    )

    /// `绩效指标 | 一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 年度指标值`, on landscape A4.
    public static let sideBySide = ColumnSet(
        roles: [.blockLabel, .level1, .level2, .level3, .periodValue, .annualLevel2, .annualLevel3, .annualValue],
        widths: [7, 8, 9, 20, 14, 9, 19, 14],
        orientation: .landscape
    )

    /// The columns that print an indicator table the way the form printed it.
    public static func columns(for layout: IndicatorLayout) -> ColumnSet {
        layout == .sideBySide ? .sideBySide : .single
    }

    /// How many columns the grid has.
    public var count: Int { roles.count }

    /// The index of a column. Templates only name columns both sets have, except the
    /// indicator block, which asks ``contains(_:)`` first.
    public func index(of role: ColumnRole) -> Int {
        roles.firstIndex(of: role) ?? roles.count - 1
    }

    /// Whether this set has the column (the right half exists only side by side).
    public func contains(_ role: ColumnRole) -> Bool { roles.contains(role) }
}
