import FormModel

/// The labels a template slot finds its field by, with their label keys
/// (``FormModel/Vocabulary/labelKey(_:)``) worked out once: a template is built once a run,
/// and its slots are asked about on every form.
struct FieldLabels: Sendable {
    /// The keys of the labels, in the order given.
    let keys: [FieldLabelKey]

    init(_ labels: [String]) {
        keys = labels.map { FieldLabelKey(Vocabulary.labelKey($0)) }
    }
}

/// A label key with what its comparison needs to know: keys compare as `String`s do, by
/// canonical equivalence, but two plain keys (``Swift/String/isPlainForSearch``: in normal
/// form C) are equal only when their bytes are, which is cheaper to tell.
struct FieldLabelKey: Sendable {
    let text: String
    let isPlain: Bool

    init(_ text: String) {
        self.text = text
        isPlain = text.isPlainForSearch
    }

    /// Whether the keys are equal (`==`).
    func matches(_ other: FieldLabelKey) -> Bool {
        text.hasSameUTF8(as: other.text) || (!(isPlain && other.isPlain) && text == other.text)
    }
}
