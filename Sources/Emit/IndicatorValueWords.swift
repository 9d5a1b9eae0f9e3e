/// The ways a value states a comparison, for ``IndicatorValue``.
///
/// These are the spellings of values, not of labels, so they sit with the value parse rather
/// than in `Vocabulary`. `以上`, `以下` and `以内` include the number itself, as in Chinese
/// legal and budget usage (`90%以上` is `≥90%`); `超过`, `高于`, `低于` exclude it.
enum ComparisonWords {
    /// A spelling and the comparison it states.
    typealias Rule = (spelling: String, comparison: IndicatorValue.Comparison)

    /// Spellings before the number, longest first so that `大于等于` wins over `大于`.
    /// Full-width forms (`＞＝`) are folded to ASCII before matching.
    static let leading: [Rule] = sortedLongestFirst([
        ("≥", .atLeast), ("≧", .atLeast), ("⩾", .atLeast), (">=", .atLeast), ("=>", .atLeast),
        ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast), ("大于等于", .atLeast),
        ("大于或等于", .atLeast), ("至少", .atLeast), ("最少", .atLeast), ("最低", .atLeast),
        ("≤", .atMost), ("≦", .atMost), ("⩽", .atMost), ("<=", .atMost), ("=<", .atMost),
        ("不高于", .atMost), ("不超过", .atMost), ("不多于", .atMost), ("不大于", .atMost),
        ("小于等于", .atMost), ("小于或等于", .atMost), ("至多", .atMost), ("最多", .atMost), ("最高", .atMost),
        (">", .greaterThan), ("大于", .greaterThan), ("高于", .greaterThan), ("超过", .greaterThan),
        ("多于", .greaterThan),
        ("<", .lessThan), ("小于", .lessThan), ("少于", .lessThan), ("低于", .lessThan),
        ("=", .equal), ("等于", .equal),
    ])

    /// Spellings after the unit (`90%以上`, `5人以下`).
    static let trailing: [Rule] = sortedLongestFirst([
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost),
    ])

    /// Marks that cannot be part of a unit: a second clause, a range, a list, an approximation.
    static let notInUnit: Set<Unicode.Scalar> = [
        ",", ";", ":", "、", "，", "；", "：", "。", "~", "～", "-", "—", "至", "或", "及", "和", "约", "≈",
    ]

    /// A unit is at most this many characters (`元/村(社区)` has 7); longer text is a sentence.
    static let longestUnit = 8

    private static func sortedLongestFirst(_ rules: [Rule]) -> [Rule] {
        rules.sorted { $0.spelling.count > $1.spelling.count }
    }
}
