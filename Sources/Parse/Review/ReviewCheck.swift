import Foundation
import FormModel

/// One check of the review: reads a finished form and reports what a reviewer should look at.
///
/// Checks never change the form; ``FormReview`` runs them all and appends their findings, so
/// that each rule of issue 5 is one small type that can be read and tested on its own.
protocol ReviewCheck: Sendable {
    /// The findings for one form, in source order.
    static func findings(in form: Form) -> [Diagnostic]
}

/// A number as the forms print it (`8,560.31`, `１２.５`, `96.1`), for the arithmetic checks.
enum PrintedNumber {
    /// The value of a printed number, or `nil` when the text is blank or not a plain number.
    static func value(_ text: String) -> Decimal? {
        Amount(printed: text, unit: .yuan)?.value
    }

    /// A decimal written back for a message: `123.1`, `27`, `0.01`.
    static func text(_ value: Decimal) -> String {
        var rounded = Decimal()
        var source = value
        NSDecimalRound(&rounded, &source, 6, .plain)
        return "\(rounded)"
    }
}

/// Field labels a check reads numbers from, with their label keys worked out once.
///
/// ``Vocabulary/sameFieldLabel(_:_:)`` works out both keys on every comparison, so finding six
/// labels among a form's fields worked out each field's key twelve times; here each field's key
/// is worked out once for all the labels, and for the vocabulary's own spellings of field labels
/// once for all forms (``KnownSpellings``). Keys are compared by their bytes when both are plain
/// text (``Swift/String/isPlainForSearch``: its own normal form, so equal exactly when the bytes
/// are), else as strings. The labels come as vocabulary lists that ``LabelKey`` indexes, so a
/// field none of the lists holds (most of a form's fields) is passed over on one bit test.
struct FieldLabels: Sendable {
    private let count: Int
    /// For a field's label, the positions of the labels it is.
    private let positions: KnownSpellings<[Int]>

    /// The labels of the lists, in order.
    init(_ lists: [[String]]) {
        let keys = lists.joined().map { label in
            let key = Vocabulary.labelKey(label)
            return (key: key, isPlain: key.isPlainForSearch)
        }
        count = keys.count
        positions = KnownSpellings(ReviewSpellings.fieldLabels) { field in
            let label = LabelKey(ofLabel: field)
            guard lists.contains(where: label.isIn) else { return [] }
            let key = label.text, isPlain = key.isPlainForSearch
            return keys.indices.filter { i in
                key.hasSameUTF8(as: keys[i].key) || (!(isPlain && keys[i].isPlain) && key == keys[i].key)
            }
        }
    }

    /// For each label in order, the first field with that label (or a vocabulary alias); `nil`
    /// when any of them is missing, so that checks skip rather than guess.
    ///
    /// The fields are read in place, and those found kept by their position in the form, not
    /// copied for each label.
    func fields(in form: Form) -> [Field]? {
        var found = [Int?](repeating: nil, count: count)
        var missing = count
        let fields = form.fields
        for position in fields.indices where missing > 0 {
            for i in positions.answer(for: fields[position].label) where found[i] == nil {
                found[i] = position
                missing -= 1
            }
        }
        guard missing == 0 else { return nil }
        return found.map { fields[$0!] }
    }
}
