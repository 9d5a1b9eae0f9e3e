import FormModel

/// Reads the indicator table (绩效指标) into flat rows, repairing what OCR does to it.
///
/// Each row is read from the right: the last cells are the indicator (三级指标 and its values),
/// and the category names before them are the levels, whichever columns they landed in. The
/// vocabulary decides whether a category name is level 1 or level 2; only a name that is both
/// (`成本指标`) is placed by its column. A blank level continues the one above it, across page
/// breaks; rows at the very top of the table, before any label, take the first label that
/// follows. Every repair is recorded as a diagnostic on the row's line.
struct IndicatorTableReader {
    private(set) var columns = IndicatorColumns()
    private(set) var rows: [IndicatorRow] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var unplaced: [Note] = []
    private(set) var hasHeader = false
    private(set) var sawSideBySide = false

    private var level1: String?
    private var level2: String?
    /// Whether the current level-1 category has printed any row yet.
    private var level1HasRow = true
    private var level1Line = 0
    /// Rows read before any category label, waiting for the first one.
    private var waiting: [IndicatorRow] = []
    /// A category row without indicators: an empty category if the next row opens another
    /// category, or a merged label printed on a row of its own if indicators follow it.
    private var lonelyCategory: IndicatorRow?

    /// A header row: sets the columns; a repeated one is dropped with a diagnostic.
    mutating func readHeader(_ header: IndicatorColumns, line: Int) {
        if hasHeader {
            diagnostics.append(Diagnostic(.note, .droppedHeader, line: line,
                "dropped the indicator column headers repeated after a page break"))
        }
        hasHeader = true
        columns = header
        sawSideBySide = sawSideBySide || header.isSideBySide
    }

    /// One body row. Cells holding the block's label (`绩效指标`) are ignored. Category names
    /// are asked of `answers`, which remembers them for the file.
    mutating func read(_ row: SourceRow, answers: inout CellAnswers) {
        // The block's label sits in few rows: the others keep their filled cells as they are.
        let cells = row.labelLists.intersects(.indicatorSection)
            ? row.filled.filter { !$0.labelLists.intersects(.indicatorSection) } : row.filled
        guard !cells.isEmpty else { return }
        let side = columns.isSideBySide
        // The cells are in column order: the right half starts at the first cell past its start.
        let rightStart = columns.rightStart
        let halves = side ? (cells.firstIndex { $0.index >= rightStart } ?? cells.endIndex) : cells.endIndex
        let (categories, leftValues) = split(cells[..<halves], expecting: side ? 2 : 3, maximum: 2, answers: &answers)
        let (rightCategories, rightValues) = split(cells[halves...], expecting: 2, maximum: 1, answers: &answers)
        var levels = classify(categories, line: row.line)
        if levels.level2 == nil, let other = rightCategories.first { levels.level2 = other }

        var leftCells = side ? RoleCells(columns.level3, columns.period) : RoleCells(columns.level3, columns.period, columns.annual)
        assign(leftValues, to: &leftCells, line: row.line)
        var level3 = leftCells[0].text, period = leftCells[1].text
        var annual = side ? "" : leftCells[2].text
        let periodColumn = leftCells[1].column
        var annualColumn = side ? 1 : leftCells[2].column
        var annualLevel3: String?
        if side {
            var rightCells = RoleCells(columns.rightLevel3, columns.annual)
            assign(rightValues, to: &rightCells, line: row.line)
            let rightLevel3 = rightCells[0].text
            annual = rightCells[1].text
            annualColumn = rightCells[1].column
            if level3.isEmpty {
                level3 = rightLevel3
            } else if !rightLevel3.isEmpty, rightLevel3 != level3 {
                annualLevel3 = rightLevel3
                diagnostics.append(Diagnostic(.note, .halfMismatch, line: row.line,
                    column: rightValues.first?.column ?? 1,
                    "the right half names this indicator \(quoted: rightLevel3); kept the left half's \(quoted: level3)"))
            }
            if let l2 = levels.level2, let r2 = rightCategories.first,
               Vocabulary.categoryKey(l2.text) != Vocabulary.categoryKey(r2.text) {
                unplaced.append(Note(text: r2.text, line: row.line))
                diagnostics.append(Diagnostic(.warning, .halfMismatch, line: row.line, column: r2.column,
                    "the right half's level-2 \(quoted: r2.text) differs from the left's \(quoted: l2.text); kept the left"))
            }
        }
        period = Vocabulary.halfWidth(period)
        annual = Vocabulary.halfWidth(annual)
        if level3.isEmpty, period.isEmpty, annual.isEmpty, !leftValues.isEmpty || !rightValues.isEmpty {
            // Values that fit no role are never dropped.
            for cell in leftValues { unplaced.append(Note(text: cell.text, line: row.line)) }
            for cell in rightValues { unplaced.append(Note(text: cell.text, line: row.line)) }
        }
        let hasIndicator = !(level3.isEmpty && period.isEmpty && annual.isEmpty)
        let hasLevels = levels.level1 != nil || levels.level2 != nil
        if hasLevels || !hasIndicator { settleLonelyCategory() }
        // A row without category names (most rows) leaves the levels as they are.
        if hasLevels { update(levels, line: row.line) }
        guard hasIndicator else {
            if levels.level2 != nil {
                lonelyCategory = IndicatorRow(level1: level1 ?? "", level2: level2 ?? "", level3: "",
                                              periodValue: "", annualValue: "", line: row.line)
            }
            return
        }
        if let label = lonelyCategory.take() {
            diagnostics.append(Diagnostic(.note, .inferredLabel, line: label.line,
                "category \(quoted: label.level2) printed on a row of its own; joined to the indicators below it"))
        }
        emit(IndicatorRow(level1: level1 ?? "", level2: level2 ?? "", level3: level3, periodValue: period,
                          annualValue: annual, annualLevel3: annualLevel3, line: row.line,
                          periodColumn: periodColumn, annualColumn: annualColumn))
    }

    /// The category row before was empty after all: it keeps its row, as in print.
    private mutating func settleLonelyCategory() {
        // Moved out rather than copied and then cleared.
        if let row = lonelyCategory.take() { emit(row) }
    }

    /// Ends the table: an empty level-1 category still gets its row, and rows that never saw a
    /// label are kept with empty levels.
    mutating func finish() {
        settleLonelyCategory()
        closeEmptyLevel1()
        if !waiting.isEmpty {
            for row in waiting {
                diagnostics.append(Diagnostic(.warning, .inferredLabel, line: row.line,
                    "no category label in the table for this indicator; its levels are left blank"))
            }
            rows += waiting
            waiting = []
        }
    }

    // MARK: - Reading a row

    /// A cell naming an indicator category, with what the vocabulary says it names: worked
    /// out once, as the row's levels are decided by asking it several questions.
    private struct CategoryCell {
        /// The cell's position in the row and where it starts on the line.
        let index: Int, column: Int
        /// The cell's content, whose text is the name: one reference to copy and release as
        /// the cell is handed from reading to levels, where its text and the vocabulary's
        /// answer (a name and a list) held three.
        let content: CellContent
        /// Whether the vocabulary knows the name as a level-1 category.
        let canBeLevel1: Bool
        /// Whether the vocabulary knows the name as a level-2 category (it has level-1 parents).
        let canBeLevel2: Bool

        init(_ cell: SourceCell, name: CategoryName) {
            index = cell.index
            column = cell.column
            content = cell.content
            canBeLevel1 = name.level1 != nil
            canBeLevel2 = !name.level1Parents.isEmpty
        }

        /// The name as printed.
        var text: String { content.text }

        /// The level-1 categories the name may sit under, asked of the vocabulary again (the
        /// answer depends on the text alone): only a level-2 name with no level 1 above it needs them.
        var level1Parents: [String] { Vocabulary.categoryName(content.text).level1Parents }
    }

    /// The category names leading one half of a row (at most two): a fixed pair rather than
    /// a list, as every row has one and most hold no name.
    private struct LeadingCategories {
        var first: CategoryCell?
        var second: CategoryCell?

        var count: Int { first == nil ? 0 : second == nil ? 1 : 2 }
    }

    /// Splits filled cells into leading category names (at most `maximum`) and the indicator
    /// cells after them, keeping at least `expecting` cells for the indicator when the row has
    /// that many. A row without leading names (most rows) keeps its cells as they are.
    private func split(_ cells: ArraySlice<SourceCell>, expecting: Int, maximum: Int,
                       answers: inout CellAnswers) -> (LeadingCategories, ArraySlice<SourceCell>) {
        let asked = Self.askedForNames(count: cells.count, expecting: expecting, maximum: maximum)
        // No cell asked, no name found: the cells are the indicator's as they are.
        guard asked > 0 else { return (LeadingCategories(), cells) }
        var leading = LeadingCategories()
        for position in cells.startIndex..<cells.startIndex + asked {
            let cell = cells[position]
            let name = answers.categoryName(of: cell.content)
            guard name.isCategory else { break }
            if leading.first == nil { leading.first = CategoryCell(cell, name: name) } else { leading.second = CategoryCell(cell, name: name) }
        }
        let count = Self.keptNames(found: leading.count, count: cells.count, expecting: expecting)
        if count < 2 { leading.second = nil }
        if count < 1 { leading.first = nil }
        return (leading, cells.dropFirst(count))
    }

    /// How many of a half's leading cells ``split(_:expecting:maximum:answers:)`` asks the vocabulary
    /// about: only those it could keep as names. Past `count - expecting` a leading name would
    /// be left to the indicator, unless every cell is a name, which only a half of at most
    /// `maximum` cells can be. Most rows (`三级 | 值 | 值`, the levels merged above) ask none.
    static func askedForNames(count: Int, expecting: Int, maximum: Int) -> Int {
        count <= maximum ? count : min(maximum, max(0, count - expecting))
    }

    /// How many of the `found` leading names of a half of `count` cells are kept as names:
    /// all when every cell is one, else as many as leave `expecting` cells to the indicator.
    static func keptNames(found: Int, count: Int, expecting: Int) -> Int {
        count > found ? min(found, max(0, count - expecting)) : found
    }

    /// The row's level-1 and level-2 category cells, once decided.
    private struct Levels {
        var level1: CategoryCell?
        var level2: CategoryCell?
    }

    /// Which of the category cells is level 1 and which level 2, by the vocabulary.
    private mutating func classify(_ categories: LeadingCategories, line: Int) -> Levels {
        // Most rows lead with no category name: nothing to decide, and nothing copied to say so.
        guard categories.first != nil else { return Levels() }
        var levels = Levels()
        switch (categories.first, categories.second) {
        case (nil, _): break
        case let (category?, nil):
            let canBeLevel1 = category.canBeLevel1
            let canBeLevel2 = category.canBeLevel2
            if canBeLevel1 && (!canBeLevel2 || category.index <= columns.level1) {
                levels.level1 = category
            } else {
                levels.level2 = category
            }
        case let (firstCategory?, secondCategory?):
            let (first, second) = (firstCategory, secondCategory)
            if firstCategory.canBeLevel1 {
                levels = Levels(level1: firstCategory, level2: secondCategory)
            } else {
                levels.level2 = secondCategory
                if Vocabulary.categoryKey(first.text) == Vocabulary.categoryKey(second.text) {
                    diagnostics.append(Diagnostic(.note, .inferredLabel, line: line, column: first.column,
                        "level-2 \(quoted: first.text) repeated in the level-1 column; the level-1 category continues from above"))
                } else {
                    unplaced.append(Note(text: first.text, line: line))
                    diagnostics.append(Diagnostic(.warning, .unplacedText, line: line, column: first.column,
                        "two level-2 names in one row; kept \(quoted: second.text) and noted \(quoted: first.text)"))
                }
                return levels
            }
        }
        if let cell = levels.level1, cell.index != columns.level1 {
            diagnostics.append(Diagnostic(.note, .movedCell, line: line, column: cell.column,
                "level-1 category \(quoted: cell.text) was in column \(cell.index + 1); moved to column \(columns.level1 + 1), the level-1 column"))
        }
        if let cell = levels.level2, cell.index != columns.level2, !(levels.level1 == nil && cell.index == columns.level2) {
            diagnostics.append(Diagnostic(.note, .movedCell, line: line, column: cell.column,
                "level-2 category \(quoted: cell.text) was in column \(cell.index + 1); moved to column \(columns.level2 + 1), the level-2 column"))
        }
        return levels
    }

    /// Puts indicator cells into their roles (三级指标, values): in order when the count fits,
    /// by column when cells are missing, joining extra cells into the name.
    private mutating func assign(_ cells: ArraySlice<SourceCell>, to placed: inout RoleCells, line: Int) {
        // The cells are read in place, field by field: a cell copied whole (its text, markup
        // and label key) cost more than placing it.
        guard !cells.isEmpty else { return }
        let start = cells.startIndex
        let roleCount = placed.count
        if cells.count == roleCount {
            for role in 0..<roleCount { placed[role] = (cells[start + role].text, cells[start + role].column) }
            if let expected = placed.expectedColumn(ofRole: 0), cells[start].index != expected {
                diagnostics.append(Diagnostic(.note, .movedCell, line: line, column: cells[start].column,
                    "indicator row shifted by \(cells[start].index - expected) column(s); read it by its cells' order"))
            }
            return
        }
        if cells.count > roleCount {
            let extra = cells.count - roleCount
            placed[0] = (cells[start...(start + extra)].map(\.text).joined(), cells[start].column)
            for role in 1..<roleCount { placed[role] = (cells[start + extra + role].text, cells[start + extra + role].column) }
            diagnostics.append(Diagnostic(.warning, .movedCell, line: line, column: cells[start + 1].column,
                "indicator row has \(extra) cell(s) more than its header; joined them into the indicator name"))
            return
        }
        // Fewer cells than roles: place each by its column, else in the next free role.
        var next = 0
        for position in cells.indices {
            let text = cells[position].text, column = cells[position].column
            if let role = placed.role(inColumn: cells[position].index), role >= next, placed[role].text.isEmpty {
                placed[role] = (text, column)
                next = role + 1
            } else if next < roleCount {
                placed[next] = (text, column)
                next += 1
            } else {
                placed[roleCount - 1].text += text
            }
        }
    }

    // MARK: - Levels across rows

    /// Moves the current levels on to a row's category names; a row without any changes nothing.
    private mutating func update(_ levels: Levels, line: Int) {
        // The cells' fields are read in place: a cell taken out of `levels` whole is copied
        // and released again.
        if let text = levels.level1?.text, text != level1 {
            settleLonelyCategory()
            closeEmptyLevel1()
            level1 = text
            level2 = nil
            level1HasRow = false
            level1Line = line
        }
        if let text = levels.level2?.text {
            level2 = text
            if level1 == nil, let parent = levels.level2?.level1Parents.first {
                level1 = parent
                level1HasRow = true
                diagnostics.append(Diagnostic(.note, .inferredLabel, line: line, column: levels.level2?.column ?? 1,
                    "no level-1 category above \(quoted: text); inferred \(quoted: parent) from the vocabulary"))
            }
        }
        if (levels.level1 != nil || levels.level2 != nil), !waiting.isEmpty {
            let l1 = level1 ?? "", l2 = level2 ?? ""
            for row in waiting {
                rows.append(IndicatorRow(level1: l1, level2: l2, level3: row.level3, periodValue: row.periodValue,
                                         annualValue: row.annualValue, annualLevel3: row.annualLevel3, line: row.line,
                                         periodColumn: row.periodColumn, annualColumn: row.annualColumn))
                diagnostics.append(Diagnostic(.note, .inferredLabel, line: row.line,
                    "row before the first category label; took the label that follows: \(quoted: l1) / \(quoted: l2)"))
            }
            waiting = []
            level1HasRow = true
        }
    }

    /// Keeps a row, or holds it back until the first category label. The row is consumed:
    /// kept as it is, not copied.
    private mutating func emit(_ row: consuming IndicatorRow) {
        if level1 == nil && level2 == nil {
            waiting.append(row)
            return
        }
        rows.append(row)
        level1HasRow = true
    }

    private mutating func closeEmptyLevel1() {
        if let level1, !level1HasRow {
            rows.append(IndicatorRow(level1: level1, level2: "", level3: "", periodValue: "", annualValue: "", line: level1Line))
            level1HasRow = true
        }
    }
}

/// An indicator's cells by role, in one reading of a row: 三级指标 and the two values, or in a
/// half of a side-by-side table 三级指标 and one value. Fixed slots rather than lists, as every
/// indicator row fills one and lists cost allocations a row.
private struct RoleCells {
    /// The number of roles, two or three.
    let count: Int
    /// The column the header put each role in, if it named one.
    private let columns: (Int?, Int?, Int?)
    /// The text and column placed in each role, kept apart (not as one tuple), so that
    /// reading or placing one copies only that one.
    private var level3: (text: String, column: Int) = ("", 1)
    private var firstValue: (text: String, column: Int) = ("", 1)
    private var secondValue: (text: String, column: Int) = ("", 1)

    /// Three roles: 三级指标, the period value and the annual value.
    init(_ level3: Int?, _ period: Int?, _ annual: Int?) {
        count = 3
        columns = (level3, period, annual)
    }

    /// Two roles: 三级指标 and one value.
    init(_ level3: Int?, _ value: Int?) {
        count = 2
        columns = (level3, value, nil)
    }

    /// The text and column placed in a role (empty, column 1, until placed).
    subscript(role: Int) -> (text: String, column: Int) {
        get {
            switch role {
            case 0: level3
            case 1: firstValue
            default: secondValue
            }
        }
        set {
            switch role {
            case 0: level3 = newValue
            case 1: firstValue = newValue
            default: secondValue = newValue
            }
        }
    }

    /// The column the header put a role in.
    func expectedColumn(ofRole role: Int) -> Int? {
        switch role {
        case 0: columns.0
        case 1: columns.1
        default: columns.2
        }
    }

    /// The first role the header put in `column`, if any.
    func role(inColumn column: Int) -> Int? {
        (0..<count).first { expectedColumn(ofRole: $0) == column }
    }
}

