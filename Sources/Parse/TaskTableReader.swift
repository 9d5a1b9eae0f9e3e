import FormModel

/// Reads the key-task table (年度重点工作任务 / 年度主要任务) and the other-tasks rows.
///
/// A task row is read in order, not by column, because OCR shifts these rows: the first cell is
/// the name, the first number after it is the amount (in the unit the column header names),
/// the cells between are the content and the cells after are the goal. A `金额合计` row is the
/// table's total and becomes a field.
struct TaskTableReader {
    /// Where the header put each column, and the amount unit it names.
    struct Columns {
        var name: Int?
        var unit: Amount.Unit = .yuan

        /// The header row of a task table, or `nil` when the row is not one.
        init?(header row: SourceRow) {
            // Whether some cell is a content header and some a name or amount header.
            guard row.labelLists.intersects(.taskContentHeaders), row.labelLists.intersects(.taskNameOrAmountHeaders)
            else { return nil }
            let texts = row.filled
            name = texts.first { $0.isLabel(in: Vocabulary.taskNameHeaders) }?.index
            if let amount = texts.first(where: { $0.isLabel(in: Vocabulary.taskAmountHeaders) }) {
                unit = Vocabulary.foldedLabel(amount.text).containsPhrase("万元") ? .wanYuan : .yuan
            }
        }

        init() {}
    }

    var columns = Columns()
    private(set) var tasks: [WorkTask] = []
    private(set) var otherTasks: [WorkTask] = []
    private(set) var totals: [Field] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// The cells that hold a value (neither blank nor a placeholder), gathered into a list
    /// reserved once for the whole row rather than grown cell by cell.
    private static func filledCells(_ cells: [SourceCell]) -> [SourceCell] {
        var filled: [SourceCell] = []
        filled.reserveCapacity(cells.count)
        for cell in cells where !cell.text.isEmpty && !FieldRowReader.isPlaceholder(cell.text) { filled.append(cell) }
        return filled
    }

    /// One row of the task table; `cells` exclude the section label.
    mutating func readTask(_ cells: [SourceCell], line: Int, group: String) {
        let filled = Self.filledCells(cells)
        guard let first = filled.first else { return }
        let (number, name) = Self.splitNumber(first.text)
        if Vocabulary.label(name, isIn: Vocabulary.totalLabels) {
            let value = filled.dropFirst().last { amount(in: $0.text) != nil } ?? filled.dropFirst().last
            totals.append(Field(label: name, value: value?.text ?? "", group: group, line: line, column: (value ?? first).column))
            return
        }
        if let expected = columns.name, first.index != expected {
            diagnostics.append(Diagnostic(.note, .movedCell, line: line, column: first.column,
                "task row shifted: read \(quoted: name) as the task name (column \(first.index + 1), expected \(expected + 1))"))
        }
        tasks.append(task(from: filled, number: number, name: name, line: line))
    }

    /// One `其他需完成的任务` row: `name--description-amount` in one cell, or a task-table row.
    mutating func readOtherTask(_ cells: [SourceCell], line: Int) {
        let filled = Self.filledCells(cells)
        guard !filled.isEmpty else { return }
        if filled.count == 1, let entry = dashed(filled[0].text, line: line) {
            otherTasks.append(entry)
        } else {
            let (number, name) = Self.splitNumber(filled[0].text)
            otherTasks.append(task(from: filled, number: number, name: name, line: line))
        }
    }

    /// The task of a row's filled cells, whose first cell the caller has split into `number`
    /// and `name` (``splitNumber(_:)``) already.
    private func task(from filled: [SourceCell], number: String?, name: String, line: Int) -> WorkTask {
        let rest = filled.dropFirst()
        // The first amount is read once, where it is found.
        for amountIndex in rest.indices {
            guard let found = amount(in: rest[amountIndex].text) else { continue }
            return WorkTask(name: name, number: number,
                            content: rest[..<amountIndex].map(\.text).joined(separator: "\n"),
                            goal: rest[(amountIndex + 1)...].map(\.text).joined(separator: "\n"),
                            amount: found, line: line)
        }
        return WorkTask(name: name, number: number, content: rest.first?.text ?? "",
                        goal: rest.dropFirst().map(\.text).joined(separator: "\n"), amount: nil, line: line)
    }

    /// `机关事业单位派遣人员经费--有效的缓解人手不足问题。-190000.00`.
    private func dashed(_ text: String, line: Int) -> WorkTask? {
        guard let separator = text.rangeOfPhrase("--") ?? text.rangeOfPhrase("——") else { return nil }
        let name = String(text[..<separator.lowerBound]).trimmingSpaces()
        var description = String(text[separator.upperBound...])
        var found: Amount?
        // A trailing amount, after a dash that separates it from the description. Found by
        // walking back over the characters in place: a reversed view and a string built from
        // it cost more than the rest of the row.
        var tailStart = description.endIndex
        while tailStart > description.startIndex {
            let previous = description.index(before: tailStart)
            let character = description[previous]
            guard character.isNumber || character == "." || character == "," || "万元".contains(character) else { break }
            tailStart = previous
        }
        if tailStart < description.endIndex {
            let printed = String(description[tailStart...])
            let beforeTail = description[..<tailStart]
            if let dash = beforeTail.last, "-—－–".contains(dash), let parsed = amount(in: printed) {
                found = parsed
                // Cut before the dash by its index: `dropLast()` counts the characters of the
                // whole description first.
                description = String(beforeTail[..<beforeTail.index(before: beforeTail.endIndex)])
            }
        }
        let (number, bare) = Self.splitNumber(name)
        return WorkTask(name: bare, number: number, content: description.trimmingSpaces(), goal: "", amount: found, line: line)
    }

    /// An amount in the column's unit; a trailing `元`/`万元` overrides it.
    private func amount(in text: String) -> Amount? {
        var unit = columns.unit
        var body = Substring(text)
        // The units asked by bytes (``Swift/String/hasPlainSuffix(_:)``), not character by
        // character; 万元 only of a text ending in 元 (most cells, the content, end in neither).
        if text.hasPlainSuffix("元") {
            if text.hasPlainSuffix("万元") { unit = .wanYuan; body = body.dropLast(2) } else { unit = .yuan; body = body.dropLast() }
        }
        // Read with the text kept, so that the amount keeps the digits it was printed with.
        return Amount(printed: String(body), unit: unit, text: text)
    }

    /// `任务1: 维稳信访工作经费` → (`任务1`, `维稳信访工作经费`).
    static func splitNumber(_ text: String) -> (String?, String) {
        guard text.hasPlainPrefix("任务") else { return (nil, text) }
        let afterWord = text.dropFirst(2)
        let digits = afterWord.prefix { $0.isNumber }
        guard !digits.isEmpty else { return (nil, text) }
        var rest = afterWord.dropFirst(digits.count)
        guard let mark = rest.first, ":：.、".contains(mark) else { return (nil, text) }
        rest = rest.dropFirst()
        let name = rest.trimmingSpaces()
        // The digits joined as a string, not appended character by character.
        return name.isEmpty ? (nil, text) : ("任务" + String(digits), name)
    }
}

/// Source text named in a diagnostic: ASCII quotes, cut to a readable length.
func quoted(_ text: String) -> String { "\(quoted: text)" }

extension DefaultStringInterpolation {
    /// `\(quoted: text)`: ``quoted(_:)`` written straight into a diagnostic's message, rather
    /// than made as a string of its own and copied in.
    mutating func appendInterpolation(quoted text: String) {
        appendLiteral("\"")
        // No more bytes, or no more scalars, than the limit is no more characters: most texts
        // (Chinese names of a dozen scalars and more bytes) are answered without walking
        // their characters.
        if text.utf8.count <= quotedLength || text.unicodeScalars.count <= quotedLength || text.count <= quotedLength {
            appendLiteral(text)
        } else {
            appendInterpolation(text.prefix(quotedLength))
            appendLiteral("…")
        }
        appendLiteral("\"")
    }
}

/// The most characters of a text ``quoted(_:)`` shows.
private let quotedLength = 24

