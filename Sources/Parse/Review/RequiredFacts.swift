import FormModel

/// The facts every form needs (``Vocabulary/requiredFacts``): organization, year, indicators.
///
/// A missing fact is a **warning**: the form can still be converted and printed, and a real
/// approved form may lack one (seed 002 prints no year line). A form with nothing to convert
/// (no fields, goals, tasks or indicators: prose alone, or a title alone) is the one **error**
/// of the review, because every output of it would be empty.
enum RequiredFacts: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        if form.fields.isEmpty, form.goals.isEmpty, form.tasks.isEmpty, form.otherTasks.isEmpty, form.indicators.isEmpty {
            let what = form.title.isEmpty ? "the text" : quoted(form.title)
            return [Diagnostic(.error, .missingField, line: form.line,
                "\(what) holds no form: no fields, goals, tasks or indicators were found; check that this is the OCR text of a form")]
        }
        return Vocabulary.requiredFacts.compactMap { fact in
            switch fact {
            case "organization" where (form.organization ?? "").isEmpty:
                return Diagnostic(.warning, .missingField, line: form.line,
                    "the form names no organization; add a \(quoted(Vocabulary.organizationFields[0])) row")
            case "year" where form.year == nil:
                return Diagnostic(.warning, .missingField, line: form.line,
                    "the form gives no budget year; add a year line such as \"(2025年度)\" under the title")
            case "indicators" where form.indicators.allSatisfy(\.isEmptyCategory):
                return Diagnostic(.warning, .missingField, line: form.line,
                    "the form has no performance indicators; the \(quoted(Vocabulary.indicatorSection[0])) table is missing or empty")
            default:
                return nil
            }
        }
    }
}
