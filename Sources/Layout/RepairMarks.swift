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

    /// The repairs on each source line, each with the texts of that line's cells it names:
    /// worked out once a form, not once a cell (a page of cells asking every message of its
    /// line was a quarter of the time an XHTML conversion took).
    private let byLine: [Int: [(diagnostic: Diagnostic, named: [String])]]

    /// Marks for a form's diagnostics, over all the cells of its grid.
    init(_ diagnostics: [Diagnostic], cells: [DraftCell]) {
        let repairsByLine = Dictionary(grouping: diagnostics.filter { Self.repairCodes.contains($0.code) }, by: \.line)
        // The texts of the cells on each repaired line, to tell whether a message names one of them.
        var cellsOnLine: [Int: [String]] = [:]
        for cell in cells where cell.lines.contains(where: { repairsByLine[$0] != nil }) {
            let text = cell.text.plainText
            for line in cell.lines where repairsByLine[line] != nil { cellsOnLine[line, default: []].append(text) }
        }
        byLine = repairsByLine
            .mapValues { repairs in
                repairs.map { repair in
                    (repair, cellsOnLine[repair.line, default: []].filter { Self.message(repair.message, names: $0) })
                }
            }
    }

    /// The finished rows, each cell with the repairs that concern it.
    func finish(_ rows: [[DraftCell]]) -> [[GridCell]] {
        rows.map { row in
            row.map { cell in
                var text: String?
                let notes = cell.lines.flatMap { line in
                    (byLine[line] ?? []).filter { repair in
                        if repair.named.isEmpty { return cell.ownsRow }
                        if text == nil { text = cell.text.plainText }
                        return repair.named.contains(text!)
                    }.map(\.diagnostic)
                }
                return cell.finished(repair: notes.isEmpty ? nil : Self.describe(notes))
            }
        }
    }

    /// Whether a message quotes the text (`moved "时效指标" to …`), or quotes a part of it long
    /// enough to be unambiguous (a task name inside `任务3：…`).
    static func message(_ message: String, names text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return quotedTexts(in: message).contains { quoted in
            quoted == text || (quoted.count >= 4 && text.containsPhrase(quoted))
        }
    }

    /// The texts between ASCII double quotes, as diagnostics quote source text.
    static func quotedTexts(in message: String) -> [String] {
        let parts = message.split(separator: "\"", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }

    /// One finding a line, as `check` prints them: `message [code]`.
    static func describe(_ diagnostics: [Diagnostic]) -> String {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
            .map { "\($0.message) [\($0.code.rawValue)]" }
            .joined(separator: "\n")
    }
}
