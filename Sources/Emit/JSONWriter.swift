import FormModel

/// Writes the model as JSON, with the keys of the interface contract (`spec/contract.md`).
///
/// Keys only ever grow: besides the contract's, each form carries `indicatorLayout`,
/// `opinionLabel`, `notes` and `line`, and each field, task and indicator row its source `line`.
public enum JSONWriter {
    /// One document as a JSON object, ending with a newline.
    public static func render(_ document: Document) -> String {
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// Several documents as one JSON array, in input order (the CLI's multi-input output).
    public static func render(_ documents: [Document]) -> String {
        String(decoding: renderUTF8(documents), as: UTF8.self)
    }

    /// One document as an element of the multi-input array, indented to sit inside it and
    /// without a separator: `[\n` + elements joined by `,\n` + `\n]\n` is the bytes of
    /// ``render(_:)-([Document])``, so the CLI can print the array a document at a time
    /// instead of holding every document of a large batch.
    public static func renderElement(_ document: Document) -> String {
        String(decoding: renderElementUTF8(document), as: UTF8.self)
    }

    // The bytes themselves, for writing out: a `String` of them would check the UTF-8 the
    // writer made once more.

    /// ``render(_:)-(Document)`` as UTF-8 bytes.
    public static func renderUTF8(_ document: Document) -> [UInt8] {
        JSONOutput.collect { out in
            write(document, to: &out, indent: 0)
            out.raw("\n")
        }
    }

    /// ``render(_:)-([Document])`` as UTF-8 bytes.
    public static func renderUTF8(_ documents: [Document]) -> [UInt8] {
        JSONOutput.collect { out in
            out.array(documents, indent: 0) { out, document, indent in write(document, to: &out, indent: indent) }
            out.raw("\n")
        }
    }

    /// ``renderElement(_:)`` as UTF-8 bytes.
    public static func renderElementUTF8(_ document: Document) -> [UInt8] {
        JSONOutput.collect(prefix: "  ") { out in write(document, to: &out, indent: 2) }
    }

    static func write(_ document: Document, to out: inout JSONOutput, indent: Int) {
        out.object(.block(indent: indent)) { members in
            members.string("source", document.source)
            members.string("encoding", document.encoding.rawValue)
            members.value("forms") { out, indent in out.array(document.forms, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
            members.value("diagnostics") { out, indent in out.array(document.diagnostics, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
        }
    }

    static func write(_ form: Form, to out: inout JSONOutput, indent: Int) {
        out.object(.block(indent: indent)) { members in
            members.string("kind", form.kind.rawValue)
            members.string("title", form.title)
            members.value("year") { out, _ in
                if let year = form.year { out.number(year) } else { out.raw("null") }
            }
            members.string("organization", form.organization)
            members.string("approver", form.approver)
            members.value("fields") { out, indent in out.array(form.fields, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
            members.value("goals") { out, indent in out.array(form.goals, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
            members.value("tasks") { out, indent in out.array(form.tasks, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
            members.value("otherTasks") { out, indent in out.array(form.otherTasks, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
            members.value("indicators") { out, indent in out.array(form.indicators, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
            members.string("indicatorLayout", form.indicatorLayout.rawValue)
            members.string("opinion", form.opinion)
            members.string("opinionLabel", form.opinionLabel)
            members.value("notes") { out, indent in
                out.array(form.notes, indent: indent) { out, note, _ in
                    out.object(.inline) { members in
                        members.string("text", note.text)
                        members.number("line", note.line)
                    }
                }
            }
            members.value("diagnostics") { out, indent in out.array(form.diagnostics, indent: indent) { out, item, indent in write(item, to: &out, indent: indent) } }
            members.number("line", form.line)
        }
    }

    static func write(_ field: Field, to out: inout JSONOutput, indent: Int) {
        out.object(.inline) { members in
            members.string("label", field.label)
            members.string("value", field.value)
            if let group = field.group { members.string("group", group) }
            members.number("line", field.line)
        }
    }

    /// On one line, unless it keeps its bold runs (`paragraphs`), an array.
    static func write(_ goal: Goal, to out: inout JSONOutput, indent: Int) {
        out.object(goal.body.hasEmphasis ? .block(indent: indent) : .inline) { members in
            members.string("label", goal.label)
            members.string("text", goal.text)
            if goal.body.hasEmphasis {
                members.value("paragraphs") { out, indent in
                    out.array(goal.body.paragraphs, indent: indent) { out, runs, indent in
                        out.array(runs, indent: indent) { out, run, _ in
                            out.object(.inline) { members in
                                members.string("text", run.text)
                                members.bool("strong", run.isStrong)
                            }
                        }
                    }
                }
            }
            members.number("line", goal.line)
        }
    }

    /// On one line, unless it has an amount, an object.
    static func write(_ task: WorkTask, to out: inout JSONOutput, indent: Int) {
        out.object(task.amount == nil ? .inline : .block(indent: indent)) { members in
            members.string("name", task.name)
            if let number = task.number { members.string("number", number) }
            members.string("content", task.content)
            members.string("goal", task.goal)
            members.value("amount") { out, _ in
                guard let amount = task.amount else { return out.raw("null") }
                out.object(.inline) { members in
                    members.number("value", amount.spelledValue)
                    members.string("unit", amount.unit.rawValue)
                    members.string("text", amount.text)
                }
            }
            members.number("line", task.line)
        }
    }

    static func write(_ row: IndicatorRow, to out: inout JSONOutput, indent: Int) {
        out.object(.inline) { members in
            members.string("level1", row.level1)
            members.string("level2", row.level2)
            members.string("level3", row.level3)
            members.string("periodValue", row.periodValue)
            members.string("annualValue", row.annualValue)
            if let other = row.annualLevel3 { members.string("annualLevel3", other) }
            members.number("line", row.line)
        }
    }

    static func write(_ diagnostic: Diagnostic, to out: inout JSONOutput, indent: Int) {
        out.object(.inline) { members in
            members.string("severity", diagnostic.severity.rawValue)
            members.string("code", diagnostic.code.rawValue)
            members.number("line", diagnostic.line)
            members.number("column", diagnostic.column)
            members.string("message", diagnostic.message)
        }
    }
}
