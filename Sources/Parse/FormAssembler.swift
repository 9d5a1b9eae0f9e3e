import FormModel

/// Rebuilds forms from source rows: starts a form at each title, and hands every row to the
/// block it belongs to, by the row's label and the block being read.
struct FormAssembler {
    private(set) var forms: [Form] = []
    private(set) var fileDiagnostics: [Diagnostic] = []
    private var draft: FormDraft?
    /// Prose before the first title, kept for the first form.
    private var preamble: [(String, Int)] = []
    /// Where each header-field row put its value, by form, for the moved-cell check at the end.
    private var placements: [(form: Int, placement: FieldRowReader.ValuePlacement)] = []
    /// The vocabulary's answers about the file's cells, asked row after row.
    private var answers = CellAnswers()

    mutating func read(_ row: SourceRow) {
        if row.isBlank { return }
        // A page number's joined words are not reported. Asked only when some cell joined
        // words: any other line of prose is read as prose below all the same.
        if !row.isTable, row.cells.contains(where: \.joinedWord), let text = row.filled.first?.text,
           ProseLine.classify(text) == .pageNumber {
            readProse(row)
            return
        }
        // Cells are asked in place: few joined words, and a cell copied whole costs more than the question.
        for position in row.cells.indices where row.cells[position].joinedWord {
            note(Diagnostic(.note, .joinedWord, line: row.line, column: row.cells[position].column,
                            "joined \(quoted: row.cells[position].text), which spaces had split"))
        }
        if row.isTable, row.filled.count > 1 || (draft != nil && !isLoneProseCell(row)) {
            readTable(row)
        } else {
            readProse(row)
        }
    }

    mutating func finish() -> ([Form], [Diagnostic]) {
        if draft == nil, !preamble.isEmpty {
            draft = FormDraft(title: "", line: preamble[0].1)
            adoptPreamble()
        }
        closeForm()
        flagMovedValues()
        return (forms, fileDiagnostics)
    }

    // MARK: - Prose lines

    /// A table row whose one filled cell is a title, year or approver line (OCR kept the tabs).
    private func isLoneProseCell(_ row: SourceRow) -> Bool {
        guard row.filled.count == 1, let text = row.filled.first?.text else { return false }
        switch ProseLine.classify(text) {
        case .title, .year, .labelled: return true
        case .pageNumber, .text: return false
        }
    }

    private mutating func readProse(_ row: SourceRow) {
        guard let cell = row.filled.first else { return }
        // One cell of one plain paragraph (nearly every line of prose) is its own plain text:
        // its rich text is built only if a goal takes it.
        let isPlainLine = row.filled.count == 1 && cell.isOneParagraph
        let rich = isPlainLine ? nil : row.filled.count == 1 ? cell.rich : RichText(plain: row.filled.map(\.text).joined(separator: " "))
        if let rich, rich.paragraphs.count > 1, rich.paragraphs.contains(where: { Self.isFormLine(RichText(paragraphs: [$0]).plainText) }) {
            // `<h2>标题</h2><p>（2024年度）</p>` on one line: each paragraph is its own line of prose.
            for paragraph in rich.paragraphs {
                let part = RichText(paragraphs: [paragraph])
                let single = SourceCell(index: cell.index, column: cell.column, text: part.plainText, rich: part, joinedWord: false)
                readProse(SourceRow(line: row.line, cells: [single], isTable: false))
            }
            return
        }
        let text = rich?.plainText ?? cell.text
        switch ProseLine.classify(text) {
        case .pageNumber:
            note(Diagnostic(.note, .droppedPageNumber, line: row.line, column: cell.column, "dropped the page-number line \(quoted: text)"))
        case let .title(title):
            closeForm()
            draft = FormDraft(title: title, line: row.line)
            adoptPreamble()
        case let .year(year):
            withDraft(line: row.line) { $0.year = $0.year ?? year }
        case let .labelled(label, value):
            withDraft(line: row.line) { draft in
                if Vocabulary.label(label, isIn: Vocabulary.approverLabels) {
                    draft.approver = value
                } else {
                    draft.organizationLine = value
                    draft.fields.append(Field(label: label, value: value, line: row.line))
                }
            }
        case let .text(plain):
            // A heading mark with nothing after it (`##`, a title split off its line) says nothing.
            guard !plain.isEmpty else { return }
            guard draft != nil else { preamble.append((plain, row.line)); return }
            readProseInForm(plain, rich: rich ?? cell.rich, row: row)
        }
    }

    /// A title, year, approver or page-number line, rather than free text.
    private static func isFormLine(_ text: String) -> Bool {
        if case .text = ProseLine.classify(text) { return false }
        return true
    }

    /// A line of prose inside a form; its rich text is built only when a goal continues with it.
    private mutating func readProseInForm(_ text: String, rich: @autoclosure () -> RichText, row: SourceRow) {
        // Take the draft out while changing it: left in place, it would share its arrays with
        // `form`, and every append would copy them (quadratic in the rows of a form).
        guard var form = draft else { return }
        draft = nil
        defer { draft = form }
        if let pending = form.pendingLabel {
            form.fields.append(Field(label: pending.text, value: text, line: row.line))
            form.pendingLabel = nil
            return
        }
        if FieldRowReader.isKnownLabel(text) {
            form.pendingLabel = (text, row.line)
            return
        }
        switch form.section {
        case .goals where form.goalBlock.continueWith(rich(), line: row.line):
            return
        case .indicators, .opinion:
            form.notes.append(Note(text: text, line: row.line))
        default:
            form.unplaced(text, line: row.line)
        }
    }

    // MARK: - Table rows

    private mutating func readTable(_ row: SourceRow) {
        if draft == nil {
            draft = FormDraft(title: "", line: row.line)
            adoptPreamble()
        }
        // The draft is changed in place: a copy taken out of `draft` and put back cost more
        // than most rows' reading.
        if let placement = Self.readTable(row, into: &draft!, answers: &answers) { placements.append((forms.count, placement)) }
    }

    /// Reads a table row into the block it belongs to; returns where a header-field row put its
    /// first value, for the moved-cell check. The indicator table asks the vocabulary through
    /// `answers`.
    private static func readTable(_ row: SourceRow, into form: inout FormDraft, answers: inout CellAnswers) -> FieldRowReader.ValuePlacement? {
        if let pending = form.pendingLabel {
            form.fields.append(Field(label: pending.text, value: "", line: pending.line))
            form.pendingLabel = nil
        }
        if let header = form.columnHeader {
            form.columnHeader = nil
            if FieldRowReader.isValuesRow(row.cells, under: header.cells) {
                form.fields += FieldRowReader.read(values: row.cells, under: header.cells, line: row.line)
                form.section = .fields
                return nil
            }
            form.fields += FieldRowReader.read(values: [], under: header.cells, line: header.line)
        }
        // The row's label, asked in place rather than copied out of the row whole.
        let headText = row.filled.isEmpty ? "" : row.filled[0].text
        let headLists = row.filled.isEmpty ? LabelLists.none : row.filled[0].labelLists
        if FieldRowReader.isColumnHeader(row), !headLists.intersects(.fieldGroups) {
            form.columnHeader = (row.cells, row.line)
            return nil
        }
        if let header = IndicatorColumns(header: row) {
            form.section = .indicators
            form.indicatorTable.readHeader(header, line: row.line)
            return nil
        }
        if IndicatorColumns.isHalfHeaderRow(row) {
            // The halves' own names (with their years) are kept as notes; the columns come next row.
            form.section = .indicators
            form.notes += IndicatorColumns.halfNames(in: row).map { Note(text: $0.text, line: row.line) }
            return nil
        }
        if let header = TaskTableReader.Columns(header: row) {
            if form.taskHeaderSeen {
                form.diagnostics.append(Diagnostic(.note, .droppedHeader, line: row.line,
                    "dropped the task-table column headers repeated after a page break"))
            }
            form.taskHeaderSeen = true
            form.taskTable.columns = header
            form.section = .tasks
            if headLists.intersects(.taskSection) { form.sectionLabel = headText }
            return nil
        }
        if headLists.intersects(.budgetSection) || row.labelLists.intersects(.budgetOpeningHeaders) {
            form.section = .budget
            form.sectionLabel = headLists.intersects(.budgetSection) ? headText : form.sectionLabel
            readBudget(row.cells, line: row.line, into: &form)
            return nil
        }
        if headLists.intersects(.goalParts) {
            form.section = .goals
            form.goalBlock.read(row.cells, line: row.line, sectionLabel: nil)
            return nil
        }
        if headLists.intersects(.goalSection) {
            form.section = .goals
            form.sectionLabel = headText
            form.goalBlock.read(cellsAfterHead(row), line: row.line, sectionLabel: headText)
            return nil
        }
        if headLists.intersects(.taskSection) {
            form.section = .tasks
            form.sectionLabel = headText
            form.taskTable.readTask(cellsAfterHead(row), line: row.line, group: headText)
            return nil
        }
        if headLists.intersects(.otherTaskSection) {
            form.section = .otherTasks
            form.taskTable.readOtherTask(cellsAfterHead(row), line: row.line)
            return nil
        }
        if headLists.intersects(.indicatorSection) {
            form.section = .indicators
            form.indicatorTable.read(row, answers: &answers)
            return nil
        }
        if Vocabulary.isOpinionLabel(headText) {
            form.section = .opinion
            form.opinionLabel = headText
            let text = row.filled.dropFirst().map(\.text).joined(separator: "\n")
            if !text.isEmpty { form.opinion.append(text) }
            return nil
        }
        let startsAtLabelColumn = !row.cells.isEmpty && !row.cells[0].text.isEmpty
        if headLists.intersects(.formLabels) {
            return readFields(row, into: &form)
        }
        switch form.section {
        case .budget:
            readBudget(row.cells, line: row.line, into: &form)
        case .goals where !startsAtLabelColumn:
            form.goalBlock.read(row.cells, line: row.line, sectionLabel: nil)
        case .tasks:
            form.taskTable.readTask(row.cells, line: row.line, group: form.sectionLabel)
        case .otherTasks where !startsAtLabelColumn:
            form.taskTable.readOtherTask(row.cells, line: row.line)
        case .indicators where !(startsAtLabelColumn && row.filled.count < 3 && !Vocabulary.isCategory(headText)):
            form.indicatorTable.read(row, answers: &answers)
        case .opinion where !startsAtLabelColumn:
            form.opinion.append(row.filled.map(\.text).joined(separator: "\n"))
        default:
            return readFields(row, into: &form)
        }
        return nil
    }

    /// The cells after the row's first filled one (its label), blanks among them kept.
    private static func cellsAfterHead(_ row: SourceRow) -> [SourceCell] {
        Array(row.cells.drop { $0.text.isEmpty }.dropFirst())
    }

    private static func readFields(_ row: SourceRow, into form: inout FormDraft) -> FieldRowReader.ValuePlacement? {
        form.section = .fields
        let reading = FieldRowReader.read(row.cells, line: row.line)
        form.fields += reading.fields
        form.diagnostics += reading.diagnostics
        return reading.placement
    }

    /// A header-field value one column left or right of where the other forms of the same kind
    /// in the file put theirs: read all the same, and reported as a moved cell.
    private mutating func flagMovedValues() {
        guard !placements.isEmpty else { return }
        let kinds = forms.map(\.kind)
        let usual = UsualOffsets(placements.lazy.filter { $0.form < kinds.count }.map { (kinds[$0.form], $0.placement.offset) })
        var found: [Int: [Diagnostic]] = [:]
        for (form, placement) in placements where form < kinds.count {
            guard let usual = usual.offset(for: kinds[form]),
                  placement.offset != usual, abs(placement.offset - usual) == 1 else { continue }
            found[form, default: []].append(Diagnostic(.note, .movedCell, line: placement.line, column: placement.column,
                "value of \(quoted: placement.label) sat \(placement.offset > usual ? "one column right" : "one column left") of where this file's other forms put it; read it all the same"))
        }
        for (index, diagnostics) in found {
            let form = forms[index]
            forms[index] = form.withDiagnostics((form.diagnostics + diagnostics).sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
    }

    private static func readBudget(_ cells: [SourceCell], line: Int, into form: inout FormDraft) {
        let group = form.sectionLabel.isEmpty ? "预算整体情况" : form.sectionLabel
        let reading = FieldRowReader.read(cells, line: line, group: group, labels: Vocabulary.budgetLabels) { cell in
            cell.isLabel(in: Vocabulary.budgetGridHeaders)
        }
        form.fields += reading.fields.map { Field(label: $0.label, value: $0.value, group: group, line: $0.line, column: $0.column) }
    }

    // MARK: - Forms

    private mutating func withDraft(line: Int, _ change: (inout FormDraft) -> Void) {
        if draft == nil {
            draft = FormDraft(title: "", line: line)
            adoptPreamble()
        }
        change(&draft!)
    }

    /// Hands the prose read before any form to the form just started, so that no line is lost.
    private mutating func adoptPreamble() {
        for (text, line) in preamble { draft?.unplaced(text, line: line) }
        preamble = []
    }

    private mutating func note(_ diagnostic: Diagnostic) {
        if draft != nil { draft!.diagnostics.append(diagnostic) } else { fileDiagnostics.append(diagnostic) }
    }

    private mutating func closeForm() {
        // Taken out before it is finished: left in `draft`, it would share its arrays with
        // `form`, and the appends of `finish()` would copy them.
        guard var form = draft else { return }
        draft = nil
        forms.append(form.finish())
    }
}
