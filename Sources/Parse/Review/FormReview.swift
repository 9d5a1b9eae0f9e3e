import FormModel

/// The review step of issue 5: what `formpress check` reports beyond the reader's repairs.
///
/// It runs after a form is read, on the finished model, and appends its findings to the form's
/// diagnostics. Severities follow one rule: the seeds are real, approved forms, so anything an
/// approved form can still contain (sums that do not add up, a missing year, a suspicious
/// value) is a **warning**, which fails `check` only with `--strict`. An **error** is kept for a
/// form that is truly broken: one with nothing in it to convert (see ``RequiredFacts``).
public enum FormReview {
    /// The checks, in the order their findings are appended.
    static let checks: [any ReviewCheck.Type] = [
        RequiredFacts.self, BudgetBalance.self, TaskTotal.self,
        CategoryPlacement.self, RateValue.self, ValueAgreement.self,
    ]

    /// The form with every check's findings appended to its diagnostics, ordered by line.
    public static func review(_ form: Form) -> Form {
        let findings = checks.flatMap { $0.findings(in: form) }
        guard !findings.isEmpty else { return form }
        let ordered = findings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return form.withDiagnostics(form.diagnostics + ordered)
    }
}
