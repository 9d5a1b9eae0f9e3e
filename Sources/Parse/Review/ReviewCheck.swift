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

extension Form {
    /// The first field with this label (or a vocabulary alias) whose value reads as a number;
    /// `nil` when the field is missing, blank or not a number, so that checks skip rather than guess.
    func number(of label: String) -> (value: Decimal, field: Field)? {
        guard let field = fields.first(where: { Vocabulary.sameFieldLabel($0.label, label) }),
              let value = PrintedNumber.value(field.value) else { return nil }
        return (value, field)
    }
}
