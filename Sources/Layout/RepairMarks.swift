import FormModel

/// Marks the cells whose source the reader repaired, so that a reviewer sees on screen what
/// the tool changed.
///
/// A repair marks the cells it names (its message quotes their text); a repair that names no
/// cell on its line marks that line's own cells. Only repairs are marked, not the review's
/// findings: a finding is about the values, which are printed as the form gives them.
struct RepairMarks {
    /// The diagnostics that record a change the reader made to the source's cells.
    static let repairCodes: Set<Diagnostic.Code> = [
        .movedCell, .joinedWord, .inferredLabel, .totalRow, .unplacedText, .halfMismatch,
    ]

    /// The most repairs one cell lists; the rest are counted. A whole table on one source line
    /// (as MinerU writes HTML) puts every repair of the table on that line, and listing each on
    /// every cell it could name made the page grow with the square of the table.
    static let mostPerCell = 8

    /// The repairs of one source line: by the text of the cell each names, and those that
    /// name no cell on the line (they mark the line's own cells). Each keeps its place among
    /// the line's repairs, so that a cell lists them in the order they were found.
    private struct LineRepairs {
        var byCellText: [String: [(Int, Diagnostic)]] = [:]
        var namingNoCell: [(Int, Diagnostic)] = []
    }

    /// Worked out once a form, not once a cell.
    private let byLine: [Int: LineRepairs]

    /// Marks for a form's diagnostics, over all the cells of its grid.
    init(_ diagnostics: [Diagnostic], cells: [DraftCell]) {
        // Each repair once (a damaged table can report the same repair on one line many times).
        var seen: Set<Diagnostic> = []
        let repairs = diagnostics.filter { Self.repairCodes.contains($0.code) && seen.insert($0).inserted }
        let repairsByLine = Dictionary(grouping: repairs, by: \.line)
        // The distinct texts of the cells on each repaired line.
        var textsOnLine: [Int: Set<String>] = [:]
        for cell in cells where cell.lines.contains(where: { repairsByLine[$0] != nil }) {
            let text = cell.text.plainText
            guard !text.isEmpty else { continue }
            for line in cell.lines where repairsByLine[line] != nil { textsOnLine[line, default: []].insert(text) }
        }
        byLine = repairsByLine.mapValues { repairs in
            var line = LineRepairs()
            let texts = textsOnLine[repairs[0].line] ?? []
            // The cell texts each quoted text names, found once a line for each distinct quote.
            var named: [String: [String]] = [:]
            // Searching every cell for a quoted part costs cells × quotes: on a line with more
            // than a few hundred of each (a whole table on one line), only whole texts are named.
            var searches = 0
            for (place, repair) in repairs.enumerated() {
                var names: Set<String> = []
                for quoted in Self.quotedTexts(in: repair.message) {
                    if named[quoted] == nil {
                        let mayContain = searches < Self.mostContainmentSearches
                        named[quoted] = Self.texts(texts, namedBy: quoted, searchingParts: mayContain)
                        if mayContain, !texts.contains(quoted) { searches += texts.count }
                    }
                    names.formUnion(named[quoted] ?? [])
                }
                if names.isEmpty {
                    line.namingNoCell.append((place, repair))
                } else {
                    for name in names { line.byCellText[name, default: []].append((place, repair)) }
                }
            }
            return line
        }
    }

    /// The finished rows, each cell with the repairs that concern it.
    func finish(_ rows: [[DraftCell]]) -> [[GridCell]] {
        rows.map { row in
            row.map { cell in
                var notes = CellNotes()
                var text: String?
                for line in cell.lines {
                    guard let repairs = byLine[line] else { continue }
                    var named: [(Int, Diagnostic)] = []
                    if !repairs.byCellText.isEmpty {
                        if text == nil { text = cell.text.plainText }
                        named = repairs.byCellText[text!] ?? []
                    }
                    notes.take(cell.ownsRow ? repairs.namingNoCell : [], named)
                }
                return cell.finished(repair: notes.description)
            }
        }
    }

    /// How many cell texts one line may search for quoted parts, in all.
    static let mostContainmentSearches = 100_000

    /// The texts a quoted text names: the one equal to it, or, when none is and the quote is
    /// long enough to be unambiguous, those that hold it (a task name inside `任务3：…`).
    private static func texts(_ texts: Set<String>, namedBy quoted: String, searchingParts: Bool) -> [String] {
        guard !quoted.isEmpty else { return [] }
        if texts.contains(quoted) { return [quoted] }
        guard searchingParts, quoted.count >= 4 else { return [] }
        return texts.filter { $0.containsPhrase(quoted) }
    }

    /// The texts between ASCII double quotes, as diagnostics quote source text.
    static func quotedTexts(in message: String) -> [String] {
        let parts = message.split(separator: "\"", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }

    /// The repairs one cell lists: the first ``mostPerCell`` in the order they were found, and
    /// a count of the rest (never gathered, so a cell costs no more than what it prints).
    private struct CellNotes {
        private var shown: [Diagnostic] = []
        private var more = 0

        /// One line's repairs for the cell: those naming no cell and those naming its text,
        /// each list in the order found, merged. (The repairs were made distinct beforehand.)
        mutating func take(_ unnamed: [(Int, Diagnostic)], _ named: [(Int, Diagnostic)]) {
            var i = 0, j = 0
            while i < unnamed.count || j < named.count {
                guard shown.count < RepairMarks.mostPerCell else {
                    more += (unnamed.count - i) + (named.count - j)
                    return
                }
                let next: Diagnostic
                if j == named.count || (i < unnamed.count && unnamed[i].0 < named[j].0) {
                    next = unnamed[i].1
                    i += 1
                } else {
                    next = named[j].1
                    j += 1
                }
                shown.append(next)
            }
        }

        /// One finding a line, as `check` prints them: `message [code]`; then the count of the
        /// rest. `nil` when the cell has none.
        var description: String? {
            guard !shown.isEmpty else { return nil }
            var lines = shown.map { "\($0.message) [\($0.code.rawValue)]" }
            if more > 0 { lines.append("and \(more) more repairs on this source line") }
            return lines.joined(separator: "\n")
        }
    }
}
