import FormModel

/// The indicator table of the clean text: a header row naming the columns, then one row per
/// model row, in the single layout or side by side (the right half repeating the indicator name,
/// or its own name where the halves differ).
///
/// Category cells are written as the printed table does, only where a category changes, since
/// a blank level continues the one above. A row that opens a category but has fewer indicator
/// cells than usual would let the reader take the category for an indicator name, so its
/// categories go on a row of their own just above it, as OCR often prints a merged label; a
/// category with no indicators is such a row with nothing below it.
///
/// In the side-by-side layout the right half repeats the indicator name only when it has an
/// annual value or a name of its own: a lone name there could be a category word (`质量指标` as
/// an indicator name), which the reader would take for the right half's level-2 category.
enum TextIndicatorRows {
    static func lines(_ rows: [IndicatorRow], layout: IndicatorLayout) -> [String] {
        let side = layout == .sideBySide
        var lines = [TextCell.row(side
            ? ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "二级指标", "三级指标", "年度指标值"]
            : ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"])]
        var level1 = ""
        var level2 = ""
        /// After a category row with no indicators, the next row must name its category, or the
        /// reader would join the two.
        var afterEmptyCategory = false
        for row in rows {
            let newLevel1 = row.level1 != level1
            let newLevel2 = newLevel1 ? !row.level2.isEmpty : (row.level2 != level2 || afterEmptyCategory)
            level1 = row.level1
            level2 = row.level2
            let categories = ["", newLevel1 ? row.level1 : "", newLevel2 ? row.level2 : ""]
            if row.isEmptyCategory {
                lines.append(TextCell.row(row.level2.isEmpty ? ["", row.level1] : ["", categories[1], row.level2]))
                afterEmptyCategory = !row.level2.isEmpty
                continue
            }
            afterEmptyCategory = false
            let indicatorCells = [row.level3, row.periodValue] + (side ? [] : [row.annualValue])
            var cells = categories
            if (newLevel1 || newLevel2), indicatorCells.contains(where: \.isEmpty) {
                lines.append(TextCell.row(categories))
                cells = ["", "", ""]
            }
            cells += [row.level3, row.periodValue]
            cells += side ? rightHalf(row) : [row.annualValue]
            lines.append(TextCell.row(cells.map(TextCell.plain)))
        }
        return lines
    }

    /// The right half of a side-by-side row: blank when it says nothing the left half does not
    /// (no annual value, the same name), so that a name alone never stands in it.
    private static func rightHalf(_ row: IndicatorRow) -> [String] {
        guard !row.annualValue.isEmpty || row.annualLevel3 != nil else { return [] }
        return ["", row.annualLevel3 ?? row.level3, row.annualValue]
    }
}
