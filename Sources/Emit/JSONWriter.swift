import FormModel

/// Writes the model as JSON, with the keys of the interface contract (`spec/contract.md`).
///
/// Keys only ever grow: besides the contract's, each form carries `indicatorLayout`,
/// `opinionLabel`, `notes` and `line`, and each field, task and indicator row its source `line`.
public enum JSONWriter {
    /// One document as a JSON object, ending with a newline.
    public static func render(_ document: Document) -> String {
        var out: [UInt8] = []
        value(of: document).write(to: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Several documents as one JSON array, in input order (the CLI's multi-input output).
    public static func render(_ documents: [Document]) -> String {
        var out: [UInt8] = []
        JSONValue.array(documents.map(value(of:))).write(to: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// One document as an element of the multi-input array, indented to sit inside it and
    /// without a separator: `[\n` + elements joined by `,\n` + `\n]\n` is the bytes of
    /// ``render(_:)-([Document])``, so the CLI can print the array a document at a time
    /// instead of holding every document of a large batch.
    public static func renderElement(_ document: Document) -> String {
        var out: [UInt8] = Array("  ".utf8)
        value(of: document).write(to: &out, indent: 2)
        return String(decoding: out, as: UTF8.self)
    }

    static func value(of document: Document) -> JSONValue {
        .object([
            ("source", .string(document.source)),
            ("encoding", .string(document.encoding.rawValue)),
            ("forms", .array(document.forms.map(value(of:)))),
            ("diagnostics", .array(document.diagnostics.map(value(of:)))),
        ])
    }

    static func value(of form: Form) -> JSONValue {
        .object([
            ("kind", .string(form.kind.rawValue)),
            ("title", .string(form.title)),
            ("year", form.year.map { .number(String($0)) } ?? .null),
            ("organization", .optional(form.organization)),
            ("approver", .optional(form.approver)),
            ("fields", .array(form.fields.map(value(of:)))),
            ("goals", .array(form.goals.map(value(of:)))),
            ("tasks", .array(form.tasks.map(value(of:)))),
            ("otherTasks", .array(form.otherTasks.map(value(of:)))),
            ("indicators", .array(form.indicators.map(value(of:)))),
            ("indicatorLayout", .string(form.indicatorLayout.rawValue)),
            ("opinion", .optional(form.opinion)),
            ("opinionLabel", .optional(form.opinionLabel)),
            ("notes", .array(form.notes.map { .object([("text", .string($0.text)), ("line", .number(String($0.line)))]) })),
            ("diagnostics", .array(form.diagnostics.map(value(of:)))),
            ("line", .number(String(form.line))),
        ])
    }

    static func value(of field: Field) -> JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(field.label)), ("value", .string(field.value))]
        if let group = field.group { members.append(("group", .string(group))) }
        members.append(("line", .number(String(field.line))))
        return .object(members)
    }

    static func value(of goal: Goal) -> JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(goal.label)), ("text", .string(goal.text))]
        if goal.body.hasEmphasis {
            members.append(("paragraphs", .array(goal.body.paragraphs.map { runs in
                .array(runs.map { .object([("text", .string($0.text)), ("strong", .bool($0.isStrong))]) })
            })))
        }
        members.append(("line", .number(String(goal.line))))
        return .object(members)
    }

    static func value(of task: WorkTask) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(task.name))]
        if let number = task.number { members.append(("number", .string(number))) }
        members += [
            ("content", .string(task.content)),
            ("goal", .string(task.goal)),
            ("amount", task.amount.map { amount in
                .object([("value", .number("\(amount.value)")), ("unit", .string(amount.unit.rawValue)),
                         ("text", .string(amount.text))])
            } ?? .null),
            ("line", .number(String(task.line))),
        ]
        return .object(members)
    }

    static func value(of row: IndicatorRow) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("level1", .string(row.level1)), ("level2", .string(row.level2)), ("level3", .string(row.level3)),
            ("periodValue", .string(row.periodValue)), ("annualValue", .string(row.annualValue)),
        ]
        if let other = row.annualLevel3 { members.append(("annualLevel3", .string(other))) }
        members.append(("line", .number(String(row.line))))
        return .object(members)
    }

    static func value(of diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("severity", .string(diagnostic.severity.rawValue)), ("code", .string(diagnostic.code.rawValue)),
            ("line", .number(String(diagnostic.line))), ("column", .number(String(diagnostic.column))),
            ("message", .string(diagnostic.message)),
        ])
    }
}
