import FormModel

/// Indicator categories the vocabulary does not know, and level-2 categories under a level-1
/// they do not belong to (`社会效益指标` under `产出指标`).
///
/// Each category, or each wrong pairing, is reported once, on the first row that shows it, so
/// that a table of twenty rows under one wrong heading gives one finding. Rows whose level-1 is
/// blank are left to the reader's own `inferred-label` finding. Every form repeats the same few
/// names, so what the vocabulary's own spellings are is worked out once (``KnownSpellings``),
/// and one look-up (``Vocabulary/categoryName(_:)``) answers what a name is at both levels.
enum CategoryPlacement: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: Set<[String]> = []
        func report(_ key: [String], _ code: Diagnostic.Code, _ line: Int, _ message: String) {
            guard seen.insert(key).inserted else { return }
            found.append(Diagnostic(.warning, code, line: line, message))
        }
        // The rows are read in place rather than copied one by one, and the table once.
        let rows = form.indicators, names = categoryNames
        for i in rows.indices {
            let name1 = rows[i].level1, name2 = rows[i].level2
            let level1 = names.answer(for: name1).level1
            if !name1.isEmpty, level1 == nil {
                report(["1", name1], .unknownCategory, rows[i].line,
                       "unknown level-1 category \(quoted(name1)); the forms use \(known(Vocabulary.indicatorCategories.map(\.name)))")
            }
            guard !name2.isEmpty else { continue }
            let level2 = names.answer(for: name2)
            let parents = level2.level1Parents
            if parents.isEmpty {
                let isLevel1 = level2.level1 != nil
                let message = isLevel1
                    ? "level-1 category \(quoted(name2)) sits in the level-2 column"
                    : "unknown level-2 category \(quoted(name2))"
                report(["2", name2], isLevel1 ? .misplacedCategory : .unknownCategory, rows[i].line, message)
            } else if let level1, !parents.contains(level1) {
                report(["3", name1, name2], .misplacedCategory, rows[i].line,
                       "level-2 category \(quoted(name2)) belongs under \(known(parents)), not under \(quoted(name1))")
            }
        }
        return found
    }

    /// ``Vocabulary/categoryName(_:)``, answered in advance for the vocabulary's spellings.
    static let categoryNames = KnownSpellings(ReviewSpellings.categoryNames, lookUp: Vocabulary.categoryName)

    private static func known(_ names: [String]) -> String { names.map(quoted).joined(separator: " or ") }
}
