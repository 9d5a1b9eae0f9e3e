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
enum RepairMarks {
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
    /// name no cell on the line (they mark the line's own cells). A repair is kept as its
    /// index among the form's distinct repairs, which is also the order it was found in, so
    /// that a cell lists them in that order and no diagnostic is copied.
    private struct LineRepairs {
        /// The distinct texts of the line's cells.
        var texts: LineTexts
        /// For each text filed under the line, in the order filed (repeats included), its
        /// position among ``texts``: a cell of this line alone finds its text's position here
        /// by where it was filed, without searching the texts again.
        var filedPositions: [Int]
        /// For each of ``texts``, by position, the repairs that name it.
        var byCellText: [[Int]]
        /// Whether any repair names a cell (else no cell's text needs looking at).
        var namesCells = false
        var namingNoCell: [Int] = []
        /// What a cell of this line alone lists when it owns the row and no repair names it:
        /// the same for every such cell, so worked out once.
        var ownRowNote: String?
        /// What a cell of this line alone lists when repairs name its text, at
        /// ``noteSlot(position:ownsRow:)``: cells of one text list the same, so they share one
        /// string. Made when the first such cell asks, and filled as cells ask.
        var namedNotes: [SharedNote] = []

        /// Where ``namedNotes`` keeps the note of a text's cells that do or do not own the row.
        func noteSlot(position: Int, ownsRow: Bool) -> Int { position * 2 + (ownsRow ? 1 : 0) }

        /// The position among ``texts`` of the text filed `filed`-th under the line
        /// (``MarkedCell/filed``), when some repair names it.
        func namedPosition(filed: Int?) -> Int? {
            guard namesCells, let filed else { return nil }
            let position = filedPositions[filed]
            return byCellText[position].isEmpty ? nil : position
        }

        /// The repairs that name a cell of this text.
        func repairs(naming text: String) -> [Int] {
            guard namesCells else { return [] }
            return texts.position(of: text).map { byCellText[$0] } ?? []
        }
    }

    /// The note of the cells of one text on one line (``LineRepairs/namedNotes``), once written.
    private enum SharedNote {
        case unwritten
        case written(String?)
    }

    /// A cell some repair may concern, found in the first pass over the grid: where it is,
    /// and its text, looked at once.
    private struct MarkedCell {
        let block: Int
        let inHeader: Bool
        let row: Int
        let index: Int
        let text: String
        /// For a cell of one source line with some text, where among the texts filed under
        /// that line its text was filed (``RepairedCells/textsOnLine``); else `nil`.
        let filed: Int?
    }

    /// The first pass over a form's grid: the cells on repaired lines, and the texts of the
    /// cells on each repaired line (repeats are dropped later).
    ///
    /// A struct with mutating methods rather than a nested function: the lists are then the
    /// struct's own, appended to in place, where a nested function's captured lists were
    /// copied on many appends.
    private struct RepairedCells {
        let repairedLines: LineNumbers
        let indicatorLines: [Int]
        private(set) var marked: [MarkedCell] = []
        /// For each repaired line (by its place in ``repairedLines``), the texts of its cells.
        private(set) var textsOnLine: [[String]]

        init(repairedLines: LineNumbers, indicatorLines: [Int]) {
            self.repairedLines = repairedLines
            self.indicatorLines = indicatorLines
            textsOnLine = Array(repeating: [], count: repairedLines.count)
        }

        /// Gathers one block's header or body rows (a call for each rather than a loop over
        /// the pair, which would build an array of the two a block).
        mutating func gather(_ rows: [[GridCell]], block: Int, inHeader: Bool) {
            for row in rows.indices {
                for index in rows[row].indices {
                    let source = rows[row][index].source
                    guard source.contains(indicatorLines: indicatorLines, where: repairedLines.contains) else { continue }
                    let text = rows[row][index].plainText
                    var filed: Int?
                    if !text.isEmpty {
                        if case let .line(line) = source.lines {
                            filed = file(text, line: line)
                        } else {
                            source.forEach(indicatorLines: indicatorLines) { line in file(text, line: line) }
                        }
                    }
                    marked.append(MarkedCell(block: block, inHeader: inHeader, row: row, index: index, text: text, filed: filed))
                }
            }
        }

        /// Files a cell's text under one of its lines, when that line is repaired, and returns
        /// where among that line's texts it was filed.
        @discardableResult
        private mutating func file(_ text: String, line: Int) -> Int? {
            guard let place = repairedLines.place(of: line) else { return nil }
            textsOnLine[place].append(text)
            return textsOnLine[place].count - 1
        }
    }

    /// Marks, in place, the cells of a form's blocks that its repairs concern (``GridCell/repair``).
    ///
    /// Worked out once a form, not once a cell: a first pass finds the few cells on repaired
    /// lines by their line numbers alone and gathers their texts; each repaired line's
    /// repairs are then filed by the texts they name, and only those cells are marked.
    static func mark(_ blocks: inout [BlockRows], of form: Form) {
        let repairs = distinctRepairs(form.diagnostics)
        guard !repairs.isEmpty else { return }
        let repairedLines = LineNumbers(repairs.lazy.map(\.line))
        var repairsOnLine = [[Int]](repeating: [], count: repairedLines.count)
        for index in repairs.indices { repairsOnLine[repairedLines.place(of: repairs[index].line)!].append(index) }
        let indicatorLines = form.indicators.map(\.line)

        var found = RepairedCells(repairedLines: repairedLines, indicatorLines: indicatorLines)
        for number in blocks.indices {
            found.gather(blocks[number].header, block: number, inHeader: true)
            found.gather(blocks[number].body, block: number, inHeader: false)
        }
        let marked = found.marked, textsOnLine = found.textsOnLine
        var byLine = repairsOnLine.indices.map { place in
            lineRepairs(repairsOnLine[place], of: repairs, texts: textsOnLine[place])
        }

        for cell in marked {
            let source = cell.inHeader ? blocks[cell.block].header[cell.row][cell.index].source
                                       : blocks[cell.block].body[cell.row][cell.index].source
            let repair = note(for: source, cell: cell, byLine: &byLine, repairs: repairs,
                              repairedLines: repairedLines, indicatorLines: indicatorLines)
            if cell.inHeader {
                blocks[cell.block].header[cell.row][cell.index].repair = repair
            } else {
                blocks[cell.block].body[cell.row][cell.index].repair = repair
            }
        }
    }

    /// What the title of a cell on repaired lines lists, or `nil` when no repair concerns it.
    ///
    /// A cell of one line lists what every cell of its text (and its ``SourceLines/ownsRow``)
    /// on that line lists, so the note is written once and shared.
    private static func note(for source: SourceLines, cell: MarkedCell, byLine: inout [LineRepairs], repairs: [Diagnostic],
                             repairedLines: LineNumbers, indicatorLines: [Int]) -> String? {
        if case let .line(line) = source.lines, let place = repairedLines.place(of: line) {
            // A cell of one line that no repair names lists what every such cell of the line does.
            guard let position = byLine[place].namedPosition(filed: cell.filed) else {
                return source.ownsRow ? byLine[place].ownRowNote : nil
            }
            let slot = byLine[place].noteSlot(position: position, ownsRow: source.ownsRow)
            if byLine[place].namedNotes.isEmpty {
                byLine[place].namedNotes = Array(repeating: .unwritten, count: byLine[place].texts.count * 2)
            } else if case let .written(note) = byLine[place].namedNotes[slot] {
                return note
            }
            var notes = CellNotes()
            notes.take(source.ownsRow ? byLine[place].namingNoCell : [], byLine[place].byCellText[position])
            let note = notes.description(of: repairs)
            byLine[place].namedNotes[slot] = .written(note)
            return note
        }
        var notes = CellNotes()
        source.forEach(indicatorLines: indicatorLines) { line in
            guard let place = repairedLines.place(of: line) else { return }
            notes.take(source.ownsRow ? byLine[place].namingNoCell : [], byLine[place].repairs(naming: cell.text))
        }
        return notes.description(of: repairs)
    }

    /// One line's repairs (by their indices in `all`, in order), given the texts of the cells
    /// on the line.
    private static func lineRepairs(_ repairs: [Int], of all: [Diagnostic], texts: [String]) -> LineRepairs {
        let quoting = repairs.map { quotedTexts(in: all[$0].message) }
        let quotes = quoting.map(\.texts)
        // The quotes of a plain message are plain (plain text is plain scalar by scalar), so
        // only those of other messages are looked at.
        let byBytes = texts.allSatisfy(\.isPlainForSearch)
            && quoting.allSatisfy { $0.inPlainMessage || $0.texts.allSatisfy(\.isPlainForSearch) }
        var keys = LineTexts(byBytes: byBytes, capacity: texts.count)
        var filedPositions: [Int] = []
        filedPositions.reserveCapacity(texts.count)
        for text in texts { filedPositions.append(keys.insert(text)) }
        var line = LineRepairs(texts: keys, filedPositions: filedPositions, byCellText: Array(repeating: [], count: keys.count))
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
                line.namingNoCell.append(repair)
                continue
            }
            // A text named by two quotes of one repair lists the repair once.
            if quotes[place].count > 1 { names = Array(Set(names)) }
            for name in names { line.byCellText[name].append(repair) }
            line.namesCells = true
        }
        if !line.namingNoCell.isEmpty {
            var notes = CellNotes()
            notes.take(line.namingNoCell, [])
            line.ownRowNote = notes.description(of: all)
        }
        return line
    }

    /// How many cell texts one line may search for quoted parts, in all.
    static let mostContainmentSearches = 100_000

    /// The texts (by position) a quoted text names: the one equal to it, or, when none is and
    /// the quote is long enough to be unambiguous, those that hold it (a task name inside
    /// `任务3：…`).
    private static func texts(_ texts: LineTexts, namedBy quoted: String, searchingParts: Bool) -> [Int] {
        guard !quoted.isEmpty else { return [] }
        if let position = texts.position(of: quoted) { return [position] }
        // At least four characters, counted no further than the fourth.
        guard searchingParts, !quoted.dropFirst(3).isEmpty else { return [] }
        return texts.texts.indices.filter { texts.texts[$0].containsPhrase(quoted) }
    }

    /// The texts between ASCII double quotes, as diagnostics quote source text, and whether
    /// the message is plain (``Swift/String/isPlainForSearch``), which makes its quotes plain.
    ///
    /// A plain message is split at its quote bytes: each of its scalars is a character of its
    /// own, so a quote byte is a quote character.
    static func quotedTexts(in message: String) -> (texts: [String], inPlainMessage: Bool) {
        guard message.isPlainForSearch else {
            let parts = message.split(separator: "\"", omittingEmptySubsequences: false)
            return (stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }, false)
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
            return (quoted, true)
        }
    }

    /// The repairs one cell lists: the first ``mostPerCell`` in the order they were found, and
    /// a count of the rest (never gathered, so a cell costs no more than what it prints).
    private struct CellNotes {
        /// The repairs shown, by index among the form's distinct repairs.
        private var shown: [Int] = []
        private var more = 0

        /// One line's repairs for the cell: those naming no cell and those naming its text,
        /// each list in the order found, merged. (The repairs were made distinct beforehand.)
        mutating func take(_ unnamed: [Int], _ named: [Int]) {
            var i = 0, j = 0
            while i < unnamed.count || j < named.count {
                guard shown.count < RepairMarks.mostPerCell else {
                    more += (unnamed.count - i) + (named.count - j)
                    return
                }
                let next: Int
                if j == named.count || (i < unnamed.count && unnamed[i] < named[j]) {
                    next = unnamed[i]
                    i += 1
                } else {
                    next = named[j]
                    j += 1
                }
                shown.append(next)
            }
        }

        /// One finding a line, as `check` prints them: `message [code]`; then the count of the
        /// rest. `nil` when the cell has none. `repairs` are the form's distinct repairs, which
        /// the shown indices name.
        func description(of repairs: [Diagnostic]) -> String? {
            guard !shown.isEmpty else { return nil }
            var text = ""
            text.reserveCapacity(shown.reduce(32) { $0 + repairs[$1].message.utf8.count + repairs[$1].code.rawValue.utf8.count + 4 })
            for (index, repair) in shown.enumerated() {
                let diagnostic = repairs[repair]
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
