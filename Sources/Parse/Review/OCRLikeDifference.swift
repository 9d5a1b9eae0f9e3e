import FormModel

/// Whether two printed values differ only the way OCR garbles text, and how.
///
/// The differences it accepts, each from the seeds' own kind of damage:
/// - a letter read for a look-alike digit (`O`/`o` for `0`, `l`/`I`/`|` for `1`, `S` for `5`,
///   `B` for `8`, `Z` for `2`);
/// - `≥` read as `>` (or `≤` as `<`);
/// - a dropped or extra `%`, or a comma for a decimal point;
/// - a moved, dropped or extra decimal point (`≥95%` against `≥9.5%`);
/// - a unit dropped after a number (`12次` against `12`);
/// - a percentage written as a fraction (`100%` against `1`).
///
/// Anything else is taken as meant: `≥2000万条` against `≥1500万条` is two different targets,
/// and one digit for another (`95%` against `96%`) is left alone, since digits rarely turn into
/// other digits and multi-year targets often differ by one.
struct OCRLikeDifference {
    /// What changed, in words for the message (`"≥" read as ">"`).
    let reasons: [String]

    init?(_ a: String, _ b: String) {
        // The same bytes fold to the same text, and a blank folds to a blank: no difference
        // (most rows print one value twice, or leave one side blank).
        guard !a.isEmpty, !b.isEmpty, !a.hasSameUTF8(as: b) else { return nil }
        let first = Vocabulary.foldedLabel(a), second = Vocabulary.foldedLabel(b)
        guard !first.isEmpty, !second.isEmpty, first != second else { return nil }
        if let fraction = Self.fraction(first, second) ?? Self.fraction(second, first) {
            reasons = [fraction]
            return
        }
        var x = first, y = second
        var reasons: [String] = []
        for step in Self.steps {
            if x == y { break }
            let (nextX, nextY) = (step.apply(x), step.apply(y))
            if nextX != x || nextY != y { reasons.append(step.reason) }
            (x, y) = (nextX, nextY)
        }
        if x != y {
            guard let unit = Self.droppedUnit(x, y) ?? Self.droppedUnit(y, x) else { return nil }
            reasons.append("the unit \(quoted(unit)) dropped")
        }
        self.reasons = reasons
    }

    private struct Step: Sendable {
        let reason: String
        let apply: @Sendable (String) -> String
    }

    private static let lookAlikes: [Character: Character] = [
        "O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2",
    ]

    private static let steps: [Step] = [
        Step(reason: "a letter read for a look-alike digit") { text in
            String(text.map { lookAlikes[$0] ?? $0 })
        },
        Step(reason: "\"≥\" read as \">\"") { text in
            String(text.map { $0 == "≥" ? ">" : $0 == "≤" ? "<" : $0 })
        },
        Step(reason: "a \"%\" dropped") { text in text.filter { $0 != "%" } },
        Step(reason: "a comma read for a decimal point") { text in String(text.map { $0 == "," ? "." : $0 }) },
        Step(reason: "a decimal point moved or dropped") { text in text.filter { $0 != "." } },
    ]

    /// `100%` against `1`, `≥95%` against `≥0.95`: the same share, once as a fraction.
    private static func fraction(_ percent: String, _ plain: String) -> String? {
        let p = IndicatorNumber.dropComparison(percent), q = IndicatorNumber.dropComparison(plain)
        guard percent.dropLast(p.count) == plain.dropLast(q.count), p.hasSuffix("%"), !q.contains("%"),
              let share = PrintedNumber.value(String(p.dropLast())), let value = PrintedNumber.value(q),
              share == value * 100 else { return nil }
        return "\(quoted(p)) written as the fraction \(quoted(q))"
    }

    /// `12次` against `12`: the longer is the shorter plus a few characters with no digit.
    private static func droppedUnit(_ longer: String, _ shorter: String) -> String? {
        guard longer.hasPrefix(shorter), let last = shorter.last, last.isASCII, last.isNumber else { return nil }
        let unit = longer.dropFirst(shorter.count)
        guard !unit.isEmpty, unit.count <= 4, !unit.contains(where: \.isNumber) else { return nil }
        return String(unit)
    }
}
