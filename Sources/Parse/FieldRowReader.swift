import FormModel

/// Reads label/value rows (`项目名称 | | 机关事业单位派遣人员经费`, `基本信息 | 财政供养人员数 | 28 | …`)
/// into fields, wherever OCR put the value.
///
/// Cells alternate label, value; a cell the vocabulary knows as a label is always a label, so a
/// blank value (`下属二级单位数 |`) is read as blank rather than stealing the next label. A group
/// label (`基本信息`, `实施周期`) followed by another label becomes the group of the pairs after it.
enum FieldRowReader {
    struct Reading {
        var fields: [Field] = []
        var diagnostics: [Diagnostic] = []
        /// Where the row's first value sat relative to its label, for the moved-cell check.
        var placement: ValuePlacement?
    }

    /// How many cells right of its label a row's first value sat.
    struct ValuePlacement {
        let line: Int
        let column: Int
        let offset: Int
        let label: String
    }

    /// Reads one row. `labels` are the cells that are always labels in this block;
    /// `isStructural` tells the cells the reader should not treat as fields (column headers of
    /// the budget grid …), which are skipped. It is asked of the cell, not its text, so that a
    /// label test uses the label key the cell already holds.
    static func read(_ cells: [SourceCell], line: Int, group initialGroup: String? = nil, labels: [String] = Vocabulary.formLabels,
                     skipping isStructural: (SourceCell) -> Bool = { _ in false }) -> Reading {
        var reading = Reading()
        var group = initialGroup
        // The open label is kept by its place in the row, and cells are asked in place: a cell
        // copied whole (text, markup, label key) cost more than reading the pair.
        var label: Int?
        for position in cells.indices where !cells[position].text.isEmpty && !isStructural(cells[position]) && !isPlaceholder(cells[position].text) {
            guard let open = label else {
                label = position
                continue
            }
            if cells[position].isLabel(in: labels) {
                if cells[open].isLabel(in: Vocabulary.fieldGroups) {
                    group = cells[open].text
                } else {
                    reading.fields.append(Field(label: cells[open].text, value: "", group: group, line: line, column: cells[open].column))
                }
                label = position
                continue
            }
            let column = cells[position].column
            reading.fields.append(Field(label: cells[open].text, value: numericValue(cells[position].text), group: group, line: line, column: column))
            if reading.placement == nil, cells[open].index == 0 {
                reading.placement = ValuePlacement(line: line, column: column, offset: cells[position].index - cells[open].index, label: cells[open].text)
            }
            label = nil
        }
        if let open = label, !(cells[open].isLabel(in: Vocabulary.fieldGroups) && !reading.fields.isEmpty) {
            reading.fields.append(Field(label: cells[open].text, value: "", group: group, line: line, column: cells[open].column))
        }
        return reading
    }

    /// A row of labels only (`项目名称 | 主管部门 | 中期市财政预算(万元) | …`), whose values are in the
    /// row below, column by column, as the older Dongguan project table prints them.
    static func isColumnHeader(_ row: SourceRow) -> Bool {
        row.labelLists.intersects(.fieldLabels) && row.filled.count >= 2
            && row.filled.allSatisfy { $0.labelLists.intersects(.fieldLabels) }
    }

    /// The values row under a column-header row: each label takes the text in its column, or in
    /// the columns up to the next label (a value OCR shifted right stays with its label).
    static func read(values cells: [SourceCell], under header: [SourceCell], line: Int) -> [Field] {
        let labels = header.filter { !$0.text.isEmpty }
        return labels.enumerated().map { k, label in
            let end = k + 1 < labels.count ? labels[k + 1].index : Int.max
            let valueCells = cells.filter { $0.index >= label.index && $0.index < end && !$0.text.isEmpty }
            let value = valueCells.map(\.text).joined(separator: " ")
            return Field(label: label.text, value: numericValue(value), line: line, column: valueCells.first?.column ?? label.column)
        }
    }

    /// Whether a row holds the values under a column-header row: a value under the first label,
    /// and no cell that is a label, a section label or an indicator category.
    static func isValuesRow(_ cells: [SourceCell], under header: [SourceCell]) -> Bool {
        guard let first = header.first(where: { !$0.text.isEmpty }),
              cells.contains(where: { $0.index == first.index && !$0.text.isEmpty }) else { return false }
        return !cells.contains { cell in
            !cell.text.isEmpty && (cell.isLabel(in: Vocabulary.formLabels) || Vocabulary.isCategory(cell.text)
                || cell.isLabel(in: Vocabulary.sectionLabels) || Vocabulary.isOpinionLabel(cell.text))
        }
    }

    /// Whether a cell is a header-field label (a row starting with one is a field row).
    static func isKnownLabel(_ text: String) -> Bool { Vocabulary.label(text, isIn: Vocabulary.formLabels) }

    /// A number written with full-width digits (`１２`, `８，５６０．３１`) in half-width; other values as printed.
    static func numericValue(_ text: String) -> String {
        let folded = Vocabulary.halfWidth(text)
        guard folded != text, folded.allSatisfy({ $0.isASCII && ($0.isNumber || ".,%-+".contains($0)) }) else { return text }
        return folded
    }

    /// A cell that only marks a blank (`*`, `-`, `/`, `—`).
    static func isPlaceholder(_ text: String) -> Bool {
        // Each mark is one scalar of at most three bytes: a longer text (a paragraph) is
        // answered without counting its characters.
        text.utf8.count <= 6 && text.count <= 2 && text.allSatisfy { "*-/—－／＊".contains($0) }
    }
}
