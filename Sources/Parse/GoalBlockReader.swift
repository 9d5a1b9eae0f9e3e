import FormModel

/// Reads the goal block: one `总体绩效目标` text, or a project's sub-blocks (`实施周期总目标`,
/// `2025年度目标`) one under the other or side by side, with their continuation rows.
struct GoalBlockReader {
    /// A goal being read: its paragraphs grow in place as continuation rows come (building a
    /// new `Goal` for each row copied all its paragraphs, quadratic in a long goal).
    private struct OpenGoal {
        let label: String
        var paragraphs: [[RichText.Run]]
        var line: Int
    }

    private var open: [OpenGoal] = []

    /// The goals read so far.
    var goals: [Goal] {
        open.map { Goal(label: $0.label, body: RichText(paragraphs: $0.paragraphs), line: $0.line) }
    }
    /// For side-by-side parts, which cell position holds which goal.
    private var partByIndex: [Int: Int] = [:]
    private var current: Int?

    /// Reads one row of the block. `sectionLabel` is the block's row label when this row has it.
    mutating func read(_ cells: [SourceCell], line: Int, sectionLabel: String?) {
        // Only how many part labels the row holds matters: they are counted, not listed.
        let partCount = cells.reduce(0) { isPartLabel($1) ? $0 + 1 : $0 }
        if partCount >= 2 { partByIndex = [:] }
        // The cells are read in place: most are blank (merged), and a cell copied whole costs
        // more than telling so.
        for position in cells.indices where !cells[position].text.isEmpty {
            let index = cells[position].index
            if isPartLabel(cells[position]) {
                open.append(OpenGoal(label: cells[position].text, paragraphs: [], line: line))
                current = open.count - 1
                if partCount >= 2 { partByIndex[index] = open.count - 1 }
                continue
            }
            let target = partByIndex.count >= 2 ? (partByIndex[index] ?? current) : current
            if let target {
                append(cells[position].rich, to: target, line: line)
            } else {
                open.append(OpenGoal(label: sectionLabel ?? "总体绩效目标", paragraphs: cells[position].rich.paragraphs, line: line))
                current = open.count - 1
            }
        }
    }

    /// A line of prose inside the block continues the goal being read.
    mutating func continueWith(_ text: RichText, line: Int) -> Bool {
        guard let current else { return false }
        append(text, to: current, line: line)
        return true
    }

    private mutating func append(_ text: RichText, to index: Int, line: Int) {
        if open[index].paragraphs.isEmpty { open[index].line = line }
        open[index].paragraphs += text.paragraphs
    }

    private func isPartLabel(_ cell: SourceCell) -> Bool { cell.labelLists.intersects(.goalParts) }
}
