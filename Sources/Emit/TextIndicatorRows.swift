import FormModel

/// The indicator table of the clean text: a header row naming the columns, then one row per
/// model row, in the single layout or side by side (the right half repeating the indicator name,
/// or its own name where the halves differ).
///
/// Category cells are written as the printed table does, only where a category changes, since
/// a blank level continues the one above. One case needs more: a row that opens a new level-1
/// category but has fewer than the usual indicator cells would let the reader take a category
/// for an indicator name, so the level-1 name goes on a row of its own just before it.
enum TextIndicatorRows {
    static func lines(_ rows: [IndicatorRow], layout: IndicatorLayout) -> [String] {
        let side = layout == .sideBySide
        var lines = [TextCell.row(side
            ? ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "二级指标", "三级指标", "年度指标值"]
            : ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"])]
        var level1 = ""
        var level2 = ""
        for row in rows {
            var writeLevel1 = row.level1 != level1
            if writeLevel1 {
                level1 = row.level1
                level2 = ""
            }
            var writeLevel2 = row.level2 != level2
            level2 = row.level2
            if row.isEmptyCategory {
                writeLevel2 = !row.level2.isEmpty
                writeLevel1 = writeLevel1 || row.level2.isEmpty
            }
            let indicatorCells = [row.level3, row.periodValue] + (side ? [] : [row.annualValue])
            let filledIndicator = indicatorCells.filter { !$0.isEmpty }.count
            if writeLevel1, !row.isEmptyCategory, filledIndicator < indicatorCells.count {
                lines.append(TextCell.row(["", TextCell.plain(row.level1)]))
                writeLevel1 = false
            }
            var cells = ["", writeLevel1 ? row.level1 : "", writeLevel2 ? row.level2 : "", row.level3, row.periodValue]
            if side {
                let rightName = row.isEmptyCategory ? "" : (row.annualLevel3 ?? row.level3)
                cells += ["", rightName, row.annualValue]
            } else {
                cells.append(row.annualValue)
            }
            lines.append(TextCell.row(cells.map(TextCell.plain)))
        }
        return lines
    }
}
