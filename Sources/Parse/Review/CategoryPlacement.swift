import FormModel

/// Indicator categories the vocabulary does not know, and level-2 categories under a level-1
/// they do not belong to (`社会效益指标` under `产出指标`).
///
/// Each category, or each wrong pairing, is reported once, on the first row that shows it, so
/// that a table of twenty rows under one wrong heading gives one finding. Rows whose level-1 is
/// blank are left to the reader's own `inferred-label` finding. The rows repeat a few names, so
/// each name's category is looked up once a run of rows (``NameMemo``), and one look-up
/// (``Vocabulary/categoryName(_:)``) answers what a name is at both levels.
enum CategoryPlacement: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: Set<[String]> = []
        func report(_ key: [String], _ code: Diagnostic.Code, _ row: IndicatorRow, _ message: String) {
            guard seen.insert(key).inserted else { return }
            found.append(Diagnostic(.warning, code, line: row.line, message))
        }
        var level1Names = NameMemo(Vocabulary.categoryName)
        var level2Names = NameMemo(Vocabulary.categoryName)
        for row in form.indicators {
            let level1 = level1Names.answer(for: row.level1).level1
            if !row.level1.isEmpty, level1 == nil {
                report(["1", row.level1], .unknownCategory, row,
                       "unknown level-1 category \(quoted(row.level1)); the forms use \(known(Vocabulary.indicatorCategories.map(\.name)))")
            }
            guard !row.level2.isEmpty else { continue }
            let level2 = level2Names.answer(for: row.level2)
            let parents = level2.level1Parents
            if parents.isEmpty {
                let isLevel1 = level2.level1 != nil
                let message = isLevel1
                    ? "level-1 category \(quoted(row.level2)) sits in the level-2 column"
                    : "unknown level-2 category \(quoted(row.level2))"
                report(["2", row.level2], isLevel1 ? .misplacedCategory : .unknownCategory, row, message)
            } else if let level1, !parents.contains(level1) {
                report(["3", row.level1, row.level2], .misplacedCategory, row,
                       "level-2 category \(quoted(row.level2)) belongs under \(known(parents)), not under \(quoted(row.level1))")
            }
        }
        return found
    }

    private static func known(_ names: [String]) -> String { names.map(quoted).joined(separator: " or ") }
}
