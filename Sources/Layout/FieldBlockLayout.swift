import FormModel

/// Lays out label/value rows: a template's field block, and the fields no template row named.
enum FieldBlockLayout {
    /// The rows of a field block that the form has fields for, under the block's label.
    static func rows(_ block: FieldBlock, form: Form, columns: ColumnSet, pool: inout FieldPool) -> BlockRows {
        // Take each row's fields first, slot by slot in one list (by their index in the pool):
        // a row is printed when it found any.
        var found: [Int?] = []
        found.reserveCapacity(block.slotCount)
        for row in block.slotLabels {
            for labels in row { found.append(labels.flatMap { pool.takeIndex(anyOf: $0) }) }
        }
        guard found.contains(where: { $0 != nil }) else { return BlockRows() }
        // The printed rows, each with where its slots start in `found`.
        var printed: [(row: Int, firstSlot: Int)] = []
        printed.reserveCapacity(block.rows.count)
        var firstSlot = 0
        for index in block.rows.indices {
            let slots = firstSlot..<(firstSlot + block.rows[index].count)
            if !block.hasFieldSlot[index] || found[slots].contains(where: { $0 != nil }) {
                printed.append((index, firstSlot))
            }
            firstSlot = slots.upperBound
        }

        var body: [[GridCell]] = []
        body.reserveCapacity(printed.count)
        for (position, (index, firstSlot)) in printed.enumerated() {
            var cursor = RowCursor(columns)
            if let label = block.label {
                if position == 0 {
                    let group = firstGroup(of: found, in: pool) ?? label
                    cursor.add(plain: group, .label, through: block.labelEnd, rowSpan: printed.count, ownsRow: false)
                } else {
                    cursor.skip(through: block.labelEnd)
                }
            }
            for (offset, slot) in block.rows[index].enumerated() {
                switch slot {
                case let .header(text, end):
                    cursor.add(plain: text, .header, through: end, ownsRow: false)
                case let .field(labels, labelEnd, valueEnd):
                    if let field = found[firstSlot + offset] {
                        let lines = SourceLines.Lines.line(pool[field].line)
                        cursor.add(plain: pool[field].label, .label, through: labelEnd, lines: lines)
                        cursor.add(plain: pool[field].value, .value, through: valueEnd, lines: lines)
                    } else {
                        cursor.add(plain: printedLabel(labels[0], year: form.year), .label, through: labelEnd)
                        cursor.add(plain: "", .value, through: valueEnd)
                    }
                }
            }
            body.append(cursor.cells)
        }
        return BlockRows(body: body)
    }

    /// The group word of the first found field (by index in `pool`) that has one, slots read
    /// in order.
    private static func firstGroup(of found: [Int?], in pool: FieldPool) -> String? {
        for case let field? in found {
            if let group = pool[field].group { return group }
        }
        return nil
    }

    /// The fields still unplaced, as label/value rows; fields of one group share a group label.
    static func remaining(_ block: RemainingFieldsBlock, form: Form, columns: ColumnSet, pool: inout FieldPool) -> BlockRows {
        let bodyStart = bodyStartLine(of: form)
        let fields = pool.takeAll { field in
            !Vocabulary.isOpinionLabel(field.label) && (block.scope == .all || field.line < bodyStart)
        }
        return BlockRows(body: labelValueRows(fields, labelEnd: block.labelEnd, columns: columns))
    }

    /// Label/value rows for fields in source order, a group label merged over each run of
    /// fields with the same group.
    static func labelValueRows(_ fields: [Field], labelEnd: ColumnRole, columns: ColumnSet) -> [[GridCell]] {
        let groupsFit = columns.index(of: labelEnd) > 0
        var rows: [[GridCell]] = []
        var index = 0
        while index < fields.count {
            let group = groupsFit ? fields[index].group : nil
            let run = group == nil ? 1 : fields[index...].prefix { $0.group == group }.count
            for (offset, field) in fields[index..<(index + run)].enumerated() {
                var cursor = RowCursor(columns)
                if let group {
                    if offset == 0 {
                        cursor.add(plain: group, .label, through: .blockLabel, rowSpan: run, ownsRow: false)
                    } else {
                        cursor.skip(through: .blockLabel)
                    }
                }
                cursor.add(plain: field.label, .label, through: labelEnd, lines: .line(field.line))
                cursor.add(plain: field.value, .value, through: .annualValue, lines: .line(field.line))
                rows.append(cursor.cells)
            }
            index += run
        }
        return rows
    }

    /// The first source line of the goal, task or indicator blocks; fields above it belong
    /// to the head of the form.
    static func bodyStartLine(of form: Form) -> Int {
        let starts = [form.goals.first?.line, form.tasks.first?.line, form.otherTasks.first?.line, form.indicators.first?.line]
        return starts.compactMap { $0 }.min() ?? Int.max
    }

    /// A template label as printed on a form of this year: `YYYY年预算金额` → `2025年预算金额`.
    static func printedLabel(_ label: String, year: Int?) -> String {
        label.replacingOccurrences(of: "YYYY", with: year.map(String.init) ?? "")
    }
}
