import FormModel

/// The Layout stage: turns each form of the model into its official printed grid.
///
/// One generic interpreter reads the form kind's ``FormTemplate`` block by block. Every part
/// of the form lands somewhere: fields no template row names are printed as label/value rows,
/// and notes as full-width rows, so the printed copy loses nothing the model holds.
public enum FormLayout {
    /// The grids of every form in the document, in order.
    public static func grids(for document: Document) -> [FormGrid] {
        document.forms.map { grid(for: $0) }
    }

    /// The grid of one form, in its kind's template.
    public static func grid(for form: Form) -> FormGrid {
        grid(for: form, template: .forKind(form.kind))
    }

    /// The grid of one form in a given template.
    public static func grid(for form: Form, template: FormTemplate) -> FormGrid {
        let columns = ColumnSet.columns(for: form.indicatorLayout)
        var pool = FieldPool(form.fields)
        var blocks = template.blocks.map { rows(for: $0, form: form, columns: columns, pool: &pool) }
        // Whatever no block took is still printed, last.
        blocks.append(FieldBlockLayout.remaining(RemainingFieldsBlock(.all), form: form, columns: columns, pool: &pool))

        RepairMarks.mark(&blocks, of: form)
        var bands: [GridBand] = []
        var plain: [[GridCell]] = []
        for block in blocks {
            if block.header.isEmpty {
                plain += block.body
                continue
            }
            if !plain.isEmpty { bands.append(GridBand(bodyRows: plain)) }
            plain = []
            bands.append(GridBand(headerRows: block.header, bodyRows: block.body))
        }
        if !plain.isEmpty { bands.append(GridBand(bodyRows: plain)) }

        return FormGrid(
            kind: form.kind, title: form.title,
            yearLine: form.year.map { "（\($0)\(template.yearSuffix)）" },
            partyLine: partyLine(of: form, bands: bands),
            columns: columns, bands: bands
        )
    }

    private static func rows(for block: TemplateBlock, form: Form, columns: ColumnSet, pool: inout FieldPool) -> BlockRows {
        switch block {
        case let .fields(fields): return FieldBlockLayout.rows(fields, form: form, columns: columns, pool: &pool)
        case let .remainingFields(remaining): return FieldBlockLayout.remaining(remaining, form: form, columns: columns, pool: &pool)
        case let .goals(goals): return GoalBlockLayout.rows(goals, form: form, columns: columns)
        case let .tasks(tasks):
            return TaskBlockLayout.rows(tasks, tasks: form.tasks, takesTotal: true, columns: columns, pool: &pool)
        case let .otherTasks(tasks):
            return TaskBlockLayout.rows(tasks, tasks: form.otherTasks, takesTotal: false, columns: columns, pool: &pool)
        case let .indicators(indicators): return IndicatorBlockLayout.rows(indicators, form: form, columns: columns)
        case let .opinion(opinion): return ClosingBlockLayout.opinion(opinion, form: form, columns: columns)
        case .notes: return ClosingBlockLayout.notes(form: form, columns: columns)
        }
    }

    /// `批复单位：…` on approval forms, and `预算单位：…` when no cell of the grid names the
    /// organization, so that the printed copy always says whose form it is.
    private static func partyLine(of form: Form, bands: [GridBand]) -> [String] {
        var line: [String] = []
        if let approver = form.approver, !approver.isEmpty {
            line.append("\(FormTemplate.approverLabel)：\(approver)")
        }
        if let organization = form.organization, !organization.isEmpty {
            let printed = bands.contains { band in
                [band.headerRows, band.bodyRows].joined().contains { row in row.contains { $0.plainText == organization } }
            }
            if !printed { line.append("\(FormTemplate.organizationLabel)：\(organization)") }
        }
        return line
    }
}
