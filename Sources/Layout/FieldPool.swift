import FormModel

/// The form's fields, each handed out once, so that every field is printed exactly once:
/// template rows take theirs by label, and the remaining-fields rows print the rest.
struct FieldPool {
    private let fields: [Field]
    /// Whether each field (by index) has been handed out: a flag a field, which costs less
    /// to ask than hashing its index into a set.
    private var taken: [Bool]

    init(_ fields: [Field]) {
        self.fields = fields
        taken = Array(repeating: false, count: fields.count)
    }

    /// Takes the first untaken field whose label is one of `labels`.
    mutating func take(anyOf labels: [String]) -> Field? {
        guard let index = fields.indices.first(where: { index in
            !taken[index] && labels.contains { Vocabulary.sameFieldLabel(fields[index].label, $0) }
        }) else { return nil }
        taken[index] = true
        return fields[index]
    }

    /// Whether an untaken field has one of these labels.
    func has(anyOf labels: [String]) -> Bool {
        fields.indices.contains { index in
            !taken[index] && labels.contains { Vocabulary.sameFieldLabel(fields[index].label, $0) }
        }
    }

    /// Takes every untaken field that passes the test, in source order.
    mutating func takeAll(where test: (Field) -> Bool) -> [Field] {
        var out: [Field] = []
        for index in fields.indices where !taken[index] && test(fields[index]) {
            taken[index] = true
            out.append(fields[index])
        }
        return out
    }
}
