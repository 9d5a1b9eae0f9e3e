import FormModel

/// Reads the goal block: one `总体绩效目标` text, or a project's sub-blocks (`实施周期总目标`,
/// `2025年度目标`) one under the other or side by side, with their continuation rows.
struct GoalBlockReader {
    private(set) var goals: [Goal] = []
    /// For side-by-side parts, which cell position holds which goal.
    private var partByIndex: [Int: Int] = [:]
    private var current: Int?

    /// Reads one row of the block. `sectionLabel` is the block's row label when this row has it.
    mutating func read(_ cells: [SourceCell], line: Int, sectionLabel: String?) {
        let parts = cells.filter { isPartLabel($0.text) }
        if parts.count >= 2 { partByIndex = [:] }
        for cell in cells where !cell.text.isEmpty {
            if isPartLabel(cell.text) {
                goals.append(Goal(label: cell.text, body: RichText(paragraphs: []), line: line))
                current = goals.count - 1
                if parts.count >= 2 { partByIndex[cell.index] = goals.count - 1 }
                continue
            }
            let target = partByIndex.count >= 2 ? (partByIndex[cell.index] ?? current) : current
            if let target {
                append(cell.rich, to: target, line: line)
            } else {
                goals.append(Goal(label: sectionLabel ?? "总体绩效目标", body: cell.rich, line: line))
                current = goals.count - 1
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
        let goal = goals[index]
        goals[index] = Goal(label: goal.label, body: goal.body.appending(text), line: goal.body.isEmpty ? line : goal.line)
    }

    private func isPartLabel(_ text: String) -> Bool { Vocabulary.label(text, isIn: Vocabulary.goalParts) }
}
