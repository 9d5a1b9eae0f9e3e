import FormModel

/// The comparison spellings of ``Vocabulary`` as ``IndicatorValue/Comparison``s, for the value
/// parse, with the limits that tell a unit from a sentence.
enum ComparisonWords {
    /// A spelling and the comparison it states.
    typealias Rule = (spelling: String, comparison: IndicatorValue.Comparison)

    /// Spellings before the number, longest first so that `大于等于` wins over `大于`.
    /// Full-width forms (`＞＝`) are folded to ASCII before matching.
    static let leading: [Rule] = rules(Vocabulary.comparisonsBeforeNumber)

    /// Spellings after the unit (`90%以上`, `5人以下`).
    static let trailing: [Rule] = rules(Vocabulary.comparisonsAfterUnit)

    /// Marks that cannot be part of a unit: a second clause, a range, a list, an approximation.
    static let notInUnit: Set<Unicode.Scalar> = [
        ",", ";", ":", "、", "，", "；", "：", "。", "~", "～", "-", "—", "至", "或", "及", "和", "约", "≈",
    ]

    /// A unit is at most this many characters (`元/村(社区)` has 7); longer text is a sentence.
    static let longestUnit = 8

    private static func rules(_ words: [(spelling: String, sign: String)]) -> [Rule] {
        words.compactMap { word in IndicatorValue.Comparison(rawValue: word.sign).map { (word.spelling, $0) } }
            .sorted { $0.spelling.count > $1.spelling.count }
    }
}
