import FormModel

/// A form being read: the block readers' state while rows come in, frozen into a ``Form``
/// by ``finish()``.
struct FormDraft {
    /// The block the last rows belonged to, which decides how an unlabelled row is read.
    enum Section {
        case start, fields, budget, goals, tasks, otherTasks, indicators, opinion
    }

    let title: String
    let line: Int
    var section = Section.start
    var year: Int?
    var approver: String?
    var organizationLine: String?
    var fields: [Field] = []
    var goalBlock = GoalBlockReader()
    var taskTable = TaskTableReader()
    var taskHeaderSeen = false
    var indicatorTable = IndicatorTableReader()
    var opinion: [String] = []
    var opinionLabel: String?
    var notes: [Note] = []
    var diagnostics: [Diagnostic] = []
    /// A label printed on its own line, whose value comes on a later line.
    var pendingLabel: (text: String, line: Int)?
    /// A row of labels only, whose values come in the next row, column by column.
    var columnHeader: (cells: [SourceCell], line: Int)?
    /// The label of the section being read, used as the group of its fields.
    var sectionLabel = ""

    init(title: String, line: Int) {
        self.title = title
        self.line = line
    }

    /// Text that fits nowhere: kept as a note and flagged.
    mutating func unplaced(_ text: String, line: Int, column: Int = 1) {
        notes.append(Note(text: text, line: line))
        diagnostics.append(Diagnostic(.warning, .unplacedText, line: line, column: column,
            "text that fits no part of the form kept as a note: \(quoted: text)"))
    }

    /// A column-header row with no values row under it: its labels are blank fields.
    mutating func flushColumnHeader() {
        guard let header = columnHeader else { return }
        fields += FieldRowReader.read(values: [], under: header.cells, line: header.line)
        columnHeader = nil
    }

    /// The keys of ``Vocabulary/organizationFields``, best first, as
    /// ``Vocabulary/sameFieldLabel(_:_:)`` compares them.
    private static let organizationFieldKeys = Vocabulary.organizationFields.map(Vocabulary.labelKey)

    /// The UTF-8 of the last scalar of each key in ``organizationFieldKeys`` (称, 门, 位). A
    /// label's key holds no scalar but the label's own and the ASCII that folding makes, so a
    /// label holding none of these non-ASCII scalars is no organization field: many fields are
    /// told so by a byte search, without making their keys.
    private static let organizationFieldKeyEnds: [[UInt8]] = {
        let ends = Set(organizationFieldKeys.compactMap(\.unicodeScalars.last))
        precondition(ends.allSatisfy { !$0.isASCII }, "an organization field key ends in ASCII, which folding can make")
        return ends.sorted { $0.value < $1.value }.map { Array(String($0).utf8) }
    }()

    /// Whether a field label may be one of ``Vocabulary/organizationFields``: `false` only when
    /// ``Vocabulary/label(_:isIn:)`` would say so.
    static func mayNameOrganization(_ label: String) -> Bool {
        var label = label
        return label.withUTF8 { bytes in organizationFieldKeyEnds.contains { bytes.holds($0) } }
    }

    mutating func finish() -> Form {
        if let pending = pendingLabel {
            fields.append(Field(label: pending.text, value: "", line: pending.line))
            pendingLabel = nil
        }
        flushColumnHeader()
        indicatorTable.finish()
        let kind = FormKind(title: title)
        // The blocks' findings are gathered into the draft's own list, reserved once and
        // sorted in place, rather than joined into a new list at each `+`.
        diagnostics.reserveCapacity(diagnostics.count + taskTable.diagnostics.count
            + indicatorTable.diagnostics.count + indicatorTable.unplaced.count)
        diagnostics += taskTable.diagnostics
        diagnostics += indicatorTable.diagnostics
        for note in indicatorTable.unplaced {
            diagnostics.append(Diagnostic(.warning, .unplacedText, line: note.line,
                "indicator cell that fits no column kept as a note: \(quoted: note.text)"))
        }
        diagnostics.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        notes += indicatorTable.unplaced
        notes.sort { $0.line < $1.line }
        // Only a field whose label is in the list can name the organization: the others are
        // ruled out by one look-up each, not compared with every label of the list.
        // Each candidate's key is made once, not once for every label of the list, and the
        // fields are asked in place rather than copied one by one.
        var candidateKeys: [(key: String, value: String)] = []
        for i in fields.indices where !fields[i].value.isEmpty && Self.mayNameOrganization(fields[i].label)
            && Vocabulary.label(fields[i].label, isIn: Vocabulary.organizationFields) {
            candidateKeys.append((Vocabulary.labelKey(fields[i].label), fields[i].value))
        }
        let organization = Self.organizationFieldKeys.lazy.compactMap { key in
            candidateKeys.first { $0.key == key }?.value
        }.first ?? organizationLine
        fields += taskTable.totals
        let opinionText = opinion.joined(separator: "\n")
        return Form(
            kind: kind, title: title, year: year ?? ProseLine.year(inTitle: title),
            organization: organization, approver: approver,
            fields: fields, goals: goalBlock.goals,
            tasks: taskTable.tasks, otherTasks: taskTable.otherTasks, indicators: indicatorTable.rows,
            indicatorLayout: indicatorTable.sawSideBySide ? .sideBySide : .single,
            opinion: opinionText.isEmpty ? nil : opinionText, opinionLabel: opinionLabel, notes: notes,
            diagnostics: diagnostics, line: line
        )
    }
}
