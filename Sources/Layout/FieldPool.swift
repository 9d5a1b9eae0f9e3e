import FormModel

/// The form's fields, each handed out once, so that every field is printed exactly once:
/// template rows take theirs by label, and the remaining-fields rows print the rest.
struct FieldPool {
    private let fields: [Field]
    /// Each field's label key (``Vocabulary/labelKey(_:)``), worked out once a form rather
    /// than once for every template label it is compared with.
    private let keys: [FieldLabelKey]
    /// Whether each field (by index) has been handed out: a flag a field, which costs less
    /// to ask than hashing its index into a set.
    private var taken: [Bool]

    init(_ fields: [Field]) {
        self.fields = fields
        keys = fields.map { FieldLabelKey(Vocabulary.labelKey($0.label)) }
        taken = Array(repeating: false, count: fields.count)
    }

    /// Takes the first untaken field whose label is one of `labels`
    /// (``Vocabulary/sameFieldLabel(_:_:)``: their label keys are equal).
    mutating func take(anyOf labels: [String]) -> Field? {
        take(anyOf: FieldLabels(labels))
    }

    /// Takes the first untaken field whose label is one of `labels`, their keys worked out
    /// beforehand.
    mutating func take(anyOf labels: FieldLabels) -> Field? {
        takeIndex(anyOf: labels).map { fields[$0] }
    }

    /// Takes the first untaken field whose label is one of `labels`, and returns its index
    /// (``subscript(_:)``): a template block finds many fields before it prints any, and an
    /// index costs nothing to keep where a copied field retains each of its strings.
    mutating func takeIndex(anyOf labels: FieldLabels) -> Int? {
        let wanted = labels.keys
        guard let index = fields.indices.first(where: { index in
            !taken[index] && wanted.contains { $0.matches(keys[index]) }
        }) else { return nil }
        taken[index] = true
        return index
    }

    /// The field at an index ``takeIndex(anyOf:)`` returned.
    subscript(index: Int) -> Field { fields[index] }

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
