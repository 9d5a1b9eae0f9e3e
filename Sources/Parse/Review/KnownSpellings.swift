import FormModel

/// The answers of a pure look-up by text, worked out once for the vocabulary's own spellings.
///
/// The review asks the same few questions of every form: what each category name of the
/// indicator table is, whether a field's label is a total or a budget line. The forms nearly
/// always print those names as the vocabulary spells them, and each look-up folds its text and
/// works out a key (hundreds of instructions), so the answers for those spellings are worked out
/// once, when the review first needs them, and kept by their UTF-8 bytes. A text of the very
/// same bytes is the same input to the look-up, so the kept answer is the one it would give;
/// a text spelled any other way (even a canonically equivalent one) is looked up afresh.
struct KnownSpellings<Answer: Sendable>: Sendable {
    private let answers: ByteKeyTable<Answer>
    private let lookUp: @Sendable (String) -> Answer

    /// The look-up, with its answers for the spellings kept.
    init(_ spellings: some Sequence<String>, lookUp: @escaping @Sendable (String) -> Answer) {
        var answers = ByteKeyTable<Answer>()
        for spelling in spellings {
            var bytes = spelling
            bytes.withUTF8 { key in
                if answers.value(for: key) == nil { answers.insert(key, lookUp(spelling)) }
            }
        }
        self.answers = answers
        self.lookUp = lookUp
    }

    /// The look-up's answer for a text: the kept one for a known spelling.
    func answer(for text: String) -> Answer {
        var bytes = text
        if let known = bytes.withUTF8({ answers.value(for: $0) }) { return known }
        return lookUp(text)
    }
}

/// The vocabulary's spellings the review's look-ups are worked out for in advance.
enum ReviewSpellings {
    /// Every indicator category name, alias and level-2 name, each also with its trailing
    /// `指标` dropped (`社会效益`) or added (`服务对象满意度指标`), as the forms print both.
    static var categoryNames: [String] {
        let word = "指标"
        let names = Vocabulary.indicatorCategories.flatMap { [$0.name] + $0.aliases + $0.children }
        return names.flatMap { name in
            name.hasSuffix(word) ? [name, String(name.dropLast(word.count))] : [name, name + word]
        }
    }

    /// The labels of the form's label/value fields, its budget lines and its totals, with a
    /// leading `YYYY` (any year) spelled out for the years the forms are written in.
    static let fieldLabels: [String] = {
        let labels = Vocabulary.formLabels + Vocabulary.goalParts + Vocabulary.budgetLabels
            + Vocabulary.totalLabels + Vocabulary.organizationFields
        let anyYear = "YYYY"
        return labels.flatMap { label in
            label.hasPrefix(anyYear) ? years.map { String($0) + label.dropFirst(anyYear.count) } : [label]
        }
    }()

    /// The years whose labels are spelled out: the forms' budget years and the plans around them.
    private static let years = 2015...2035
}
