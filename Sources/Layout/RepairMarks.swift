import FormModel

/// Marks the cells whose source the reader repaired, so that a reviewer sees on screen what
/// the tool changed.
///
/// A repair marks the cells it names (its message quotes their text); a repair that names no
/// cell on its line marks that line's own cells. Only repairs are marked, not the review's
/// findings: a finding is about the values, which are printed as the form gives them.
///
/// Most cells have no repair on any of their lines: they are told apart by their line
/// numbers alone, and only the few others have their text looked at.
struct RepairMarks {
    /// Whether a diagnostic records a change the reader made to the source's cells.
    static func isRepair(_ code: Diagnostic.Code) -> Bool {
        switch code {
        case .movedCell, .joinedWord, .inferredLabel, .totalRow, .unplacedText, .halfMismatch: return true
        default: return false
        }
    }

    /// The most repairs one cell lists; the rest are counted. A whole table on one source line
    /// (as MinerU writes HTML) puts every repair of the table on that line, and listing each on
    /// every cell it could name made the page grow with the square of the table.
    static let mostPerCell = 8

    /// The repairs of one source line: by the text of the cell each names, and those that
    /// name no cell on the line (they mark the line's own cells). Each keeps its place among
    /// the line's repairs, so that a cell lists them in the order they were found.
    private struct LineRepairs {
        /// The distinct texts of the line's cells.
        var texts: LineTexts
        /// For each of ``texts``, by position, the repairs that name it.
        var byCellText: [[(Int, Diagnostic)]]
        /// Whether any repair names a cell (else no cell's text needs looking at).
        var namesCells = false
        var namingNoCell: [(Int, Diagnostic)] = []

        /// The repairs that name a cell of this text.
        func repairs(naming text: String) -> [(Int, Diagnostic)] {
            texts.position(of: text).map { byCellText[$0] } ?? []
        }
    }

    /// Worked out once a form, not once a cell.
    private let byLine: [Int: LineRepairs]
    /// The lines with repairs: the cheap test every cell goes through.
    private let repairedLines: LineNumbers

    /// Marks for a form's diagnostics, over all the cells of its blocks.
    init(_ diagnostics: [Diagnostic], blocks: [BlockRows]) {
        let repairs = Self.distinctRepairs(diagnostics)
        let repairsByLine = Dictionary(grouping: repairs, by: \.line)
        let repairedLines = LineNumbers(repairsByLine.keys)
        self.repairedLines = repairedLines
        guard !repairs.isEmpty else {
            byLine = [:]
            return
        }
        // The texts of the cells on each repaired line (repeats are dropped below).
        var textsOnLine: [Int: [String]] = [:]
        for block in blocks {
            for row in [block.header, block.body].joined() {
                for cell in row where cell.lines.contains(where: repairedLines.contains) {
                    let text = cell.text.plainText
                    guard !text.isEmpty else { continue }
                    for line in cell.lines where repairedLines.contains(line) { textsOnLine[line, default: []].append(text) }
                }
            }
        }
        byLine = repairsByLine.mapValues { repairs in
            Self.lineRepairs(repairs, texts: textsOnLine[repairs[0].line] ?? [])
        }
    }

    /// Each repair once (a damaged table can report the same repair on one line many times),
    /// in the order found.
    private static func distinctRepairs(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<SameDiagnostic> = []
        return diagnostics.filter { isRepair($0.code) && seen.insert(SameDiagnostic($0)).inserted }
    }

    /// A diagnostic compared whole but hashed by its place only, which differs between nearly
    /// all distinct repairs and costs no hashing of the message.
    private struct SameDiagnostic: Hashable {
        let diagnostic: Diagnostic
        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
        static func == (a: SameDiagnostic, b: SameDiagnostic) -> Bool { a.diagnostic == b.diagnostic }
        func hash(into hasher: inout Hasher) {
            hasher.combine(diagnostic.line)
            hasher.combine(diagnostic.column)
        }
    }

    /// One line's repairs, given the texts of the cells on the line.
    private static func lineRepairs(_ repairs: [Diagnostic], texts: [String]) -> LineRepairs {
        let quotes = repairs.map { quotedTexts(in: $0.message) }
        let byBytes = texts.allSatisfy(\.isPlainForSearch) && quotes.joined().allSatisfy(\.isPlainForSearch)
        var keys = LineTexts(byBytes: byBytes)
        for text in texts { keys.insert(text) }
        var line = LineRepairs(texts: keys, byCellText: Array(repeating: [], count: keys.count))
        // The cell texts (by position) each quoted text names, found once a line for each
        // distinct quote.
        var quoted = LineTexts(byBytes: byBytes)
        var named: [[Int]] = []
        // Searching every cell for a quoted part costs cells × quotes: on a line with more
        // than a few hundred of each (a whole table on one line), only whole texts are named.
        var searches = 0
        for (place, repair) in repairs.enumerated() {
            var names: [Int] = []
            for quote in quotes[place] {
                let known = quoted.count
                let position = quoted.insert(quote)
                if position == known {
                    let mayContain = searches < mostContainmentSearches
                    named.append(Self.texts(keys, namedBy: quote, searchingParts: mayContain))
                    if mayContain, keys.position(of: quote) == nil { searches += keys.count }
                }
                names += named[position]
            }
            if names.isEmpty {
                line.namingNoCell.append((place, repair))
                continue
            }
            // A text named by two quotes of one repair lists the repair once.
            if quotes[place].count > 1 { names = Array(Set(names)) }
            for name in names { line.byCellText[name].append((place, repair)) }
            line.namesCells = true
        }
        return line
    }

    /// The finished rows, each cell with the repairs that concern it.
    func finish(_ rows: [[DraftCell]]) -> [[GridCell]] {
        rows.map { row in row.map { cell in cell.finished(repair: repair(of: cell)) } }
    }

    /// What the cell's title lists, or `nil` when no repair concerns it.
    private func repair(of cell: DraftCell) -> String? {
        guard cell.lines.contains(where: repairedLines.contains) else { return nil }
        var notes = CellNotes()
        var text: String?
        for line in cell.lines {
            guard repairedLines.contains(line), let repairs = byLine[line] else { continue }
            var named: [(Int, Diagnostic)] = []
            if repairs.namesCells {
                if text == nil { text = cell.text.plainText }
                named = repairs.repairs(naming: text!)
            }
            notes.take(cell.ownsRow ? repairs.namingNoCell : [], named)
        }
        return notes.description
    }

    /// How many cell texts one line may search for quoted parts, in all.
    static let mostContainmentSearches = 100_000

    /// The texts (by position) a quoted text names: the one equal to it, or, when none is and
    /// the quote is long enough to be unambiguous, those that hold it (a task name inside
    /// `任务3：…`).
    private static func texts(_ texts: LineTexts, namedBy quoted: String, searchingParts: Bool) -> [Int] {
        guard !quoted.isEmpty else { return [] }
        if let position = texts.position(of: quoted) { return [position] }
        guard searchingParts, quoted.count >= 4 else { return [] }
        return texts.texts.indices.filter { texts.texts[$0].containsPhrase(quoted) }
    }

    /// The texts between ASCII double quotes, as diagnostics quote source text.
    ///
    /// A plain message (``Swift/String/isPlainForSearch``) is split at its quote bytes: each
    /// of its scalars is a character of its own, so a quote byte is a quote character.
    static func quotedTexts(in message: String) -> [String] {
        guard message.isPlainForSearch else {
            let parts = message.split(separator: "\"", omittingEmptySubsequences: false)
            return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
        }
        var message = message
        return message.withUTF8 { bytes in
            var quoted: [String] = []
            var open: Int?
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") {
                if let start = open {
                    quoted.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    open = nil
                } else {
                    open = index + 1
                }
            }
            return quoted
        }
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
            var text = ""
            for (index, diagnostic) in shown.enumerated() {
                if index > 0 { text += "\n" }
                text += diagnostic.message
                text += " ["
                text += diagnostic.code.rawValue
                text += "]"
            }
            if more > 0 { text += "\nand \(more) more repairs on this source line" }
            return text
        }
    }
}
