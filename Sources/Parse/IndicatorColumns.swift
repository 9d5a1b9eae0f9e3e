import FormModel

/// Where the header row of an indicator table put each column.
///
/// `一级 | 二级 | 三级 | 实施周期指标值 | 年度指标值` is the single layout; a second `二级`/`三级`
/// pair makes it side by side (`… | 指标值 | 二级 | 三级 | 年度指标值`). Each repeated header
/// re-establishes the columns, since a page break can shift the whole table.
struct IndicatorColumns {
    var level1 = 1
    var level2 = 2
    var level3 = 3
    var period: Int? = 4
    var annual: Int? = 5
    var rightLevel2: Int?
    var rightLevel3: Int?

    var isSideBySide: Bool { rightLevel2 != nil || rightLevel3 != nil }
    /// The first column of the right half of a side-by-side table.
    var rightStart: Int { min(rightLevel2 ?? Int.max, rightLevel3 ?? Int.max) }

    init() {}

    /// The columns a header row names, or `nil` when the row is no indicator header.
    init?(header row: SourceRow) {
        // A header names two of the three levels: a row whose labels hold fewer is none.
        let lists = row.labelLists
        let levelsNamed = (lists.intersects(.level1Headers) ? 1 : 0) + (lists.intersects(.level2Headers) ? 1 : 0)
            + (lists.intersects(.level3Headers) ? 1 : 0)
        guard levelsNamed >= 2 else { return nil }
        var level1: Int?, level2: [Int] = [], level3: [Int] = [], values: [(Int, Bool)] = []
        // The cells are asked in place, and the others kept by their place in the row: a cell
        // copied whole (text, markup, label key) costs more than the questions.
        let cells = row.filled
        var others: [Int] = []
        for position in cells.indices {
            let cellLists = cells[position].labelLists
            if cellLists.intersects(.level1Headers) { level1 = cells[position].index }
            else if cellLists.intersects(.level2Headers) { level2.append(cells[position].index) }
            else if cellLists.intersects(.level3Headers) { level3.append(cells[position].index) }
            else { others.append(position) }
        }
        guard [level1 != nil, !level2.isEmpty, !level3.isEmpty].filter({ $0 }).count >= 2 else { return nil }
        // Value columns only matter in a header row: most rows are not one, and are not asked.
        for position in others where Self.isValueHeader(cells[position]) {
            values.append((cells[position].index, cells[position].isLabel(in: Vocabulary.annualValueHeaders)))
        }
        self.level2 = level2.first ?? ((level1 ?? 0) + 1)
        self.level1 = level1 ?? (self.level2 - 1)
        self.level3 = level3.first ?? (self.level2 + 1)
        rightLevel2 = level2.dropFirst().first
        rightLevel3 = level3.dropFirst().first
        if values.count >= 2 {
            period = values.first?.0
            annual = values.last?.0
        } else if let only = values.first {
            period = only.1 ? nil : only.0
            annual = only.1 ? only.0 : nil
        } else {
            period = self.level3 + 1
            annual = isSideBySide ? (rightLevel3 ?? rightStart) + 1 : self.level3 + 2
        }
    }

    /// A row naming the table's halves (`绩效指标 | 一级指标 | 中期指标(2019-2021年) | … | 年度指标(2019年)`)
    /// above the column headers: its cells are half headers, level headers and the block's label.
    static func isHalfHeaderRow(_ row: SourceRow) -> Bool {
        row.labelLists.intersects(.indicatorHalfHeaders) && row.filled.allSatisfy { $0.labelLists.intersects(.indicatorHeaderRowWords) }
    }

    /// The cells of a half-header row that name a half (`中期指标(2019-2021年)`).
    static func halfNames(in row: SourceRow) -> [SourceCell] {
        row.filled.filter { $0.labelLists.intersects(.indicatorHalfHeaders) }
    }

    /// Whether a header cell names a value column (`实施周期指标值`, `年度目标值`, `计划水平`). The
    /// key the cell already holds is used: a cell too long for one has its key made here.
    static func isValueHeader(_ cell: SourceCell) -> Bool {
        if let key = cell.labelKey {
            return key.isIn(Vocabulary.valueHeaders) || isValueHeaderKey(key.text)
        }
        let key = Vocabulary.labelKey(cell.text)
        return Vocabulary.isLabelKey(key, in: Vocabulary.valueHeaders) || isValueHeaderKey(key)
    }

    /// Whether a label key names a value column by its wording, whatever the vocabulary lists.
    private static func isValueHeaderKey(_ key: String) -> Bool {
        key.hasPlainSuffix("指标值") || key.hasPlainSuffix("目标值") || key.containsPhrase("计划水平")
    }
}
