import Foundation
import FormModel

/// A rate or satisfaction indicator (`…率`, `…满意度`) whose value is a bare `1`, or above 100%.
///
/// A bare `1` is almost always `100%` written as a fraction, or a `%` lost to OCR (seed 004:
/// `刑罚执行与社区矫正衔接率` with `100%` on the left and `1` on the right). Above 100% is
/// impossible for a share, but not for a growth or change rate (`增长率 ≥120%`), so names with
/// one of ``Vocabulary/unboundedRateWords`` are only checked for the bare `1`.
enum RateValue: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // The rows are read in place: most are no rate, and copying each cost more than that test.
        let rows = form.indicators
        for i in rows.indices where isRate(level3: rows[i].level3, annualLevel3: rows[i].annualLevel3) {
            for half in [Half.period, .annual] {
                let value = half == .period ? rows[i].periodValue : rows[i].annualValue
                guard !value.isEmpty else { continue }
                if isBareOne(value) {
                    let row = rows[i]
                    found.append(Diagnostic(.warning, .suspiciousRate, line: row.line, column: half.column(of: row),
                        "\(quoted(name(of: row))) is a rate, but its \(half.rawValue) value is \(quoted(value)); write it as a percentage such as \"100%\""))
                } else if let above = percentageAboveHundred(in: value), !isUnbounded(rows[i]) {
                    let row = rows[i]
                    found.append(Diagnostic(.warning, .suspiciousRate, line: row.line, column: half.column(of: row),
                        "\(quoted(name(of: row))) is a rate, but its \(half.rawValue) value \(quoted(value)) is \(PrintedNumber.text(above))%, above 100%"))
                }
            }
        }
        return found
    }

    /// Whether a row's value on either side is a bare `1` the check reports.
    static func flagsBareOne(_ row: IndicatorRow) -> Bool {
        isRate(row) && [Half.period, .annual].contains { half in
            let value = half.value(of: row)
            return !value.isEmpty && isBareOne(value)
        }
    }

    /// One of a row's two targets: the period's or the year's. Named by its half, rather than
    /// gathered into a list of pairs for every row.
    private enum Half: String {
        case period, annual

        func value(of row: IndicatorRow) -> String { self == .period ? row.periodValue : row.annualValue }
        func column(of row: IndicatorRow) -> Int { self == .period ? row.periodColumn : row.annualColumn }
    }

    static func isRate(_ row: IndicatorRow) -> Bool { isRate(level3: row.level3, annualLevel3: row.annualLevel3) }

    /// ``isRate(_:)`` of a row with these names.
    private static func isRate(level3: String, annualLevel3: String?) -> Bool {
        eitherName(level3, annualLevel3, holdsOneOf: rateWords)
    }

    private static func isUnbounded(_ row: IndicatorRow) -> Bool { eitherName(row.level3, row.annualLevel3, holdsOneOf: unboundedRateWords) }

    /// ``Vocabulary/rateWords`` and ``Vocabulary/unboundedRateWords``, each searched for in
    /// every indicator name of every form, so their bytes are worked out once.
    private static let rateWords = PhraseList(Vocabulary.rateWords)
    private static let unboundedRateWords = PhraseList(Vocabulary.unboundedRateWords)

    /// Whether the level-3 name or the annual half's own name holds one of the words (a
    /// missing annual name holds none).
    private static func eitherName(_ level3: String, _ annualLevel3: String?, holdsOneOf words: PhraseList) -> Bool {
        words.anyOccurs(in: level3) || annualLevel3.map { words.anyOccurs(in: $0) } == true
    }

    private static func name(of row: IndicatorRow) -> String { row.level3.isEmpty ? (row.annualLevel3 ?? "") : row.level3 }

    /// `1`, `1.0`, `≥1`: a one with no unit, optionally after a comparison sign.
    ///
    /// The comma is looked for among the bytes: a body that reads as a number is ASCII digits,
    /// points, commas and spaces (some perhaps full-width), every one a character of its own,
    /// and only the byte `,` is the character `,`.
    static func isBareOne(_ value: String) -> Bool {
        RateValueScreen.mayBeBareOne(value) && readsAsBareOne(value)
    }

    /// ``isBareOne(_:)`` read in full, without the byte screen.
    static func readsAsBareOne(_ value: String) -> Bool {
        let body = IndicatorNumber.dropComparison(Vocabulary.foldedLabel(value))
        guard let number = PrintedNumber.value(body), !body.utf8.contains(UInt8(ascii: ",")) else { return false }
        return number == 1
    }

    /// The first number printed with a percent sign that is above 100 (`≥120%` → 120), if any.
    static func percentageAboveHundred(in value: String) -> Decimal? {
        guard RateValueScreen.mayHoldPercentageAboveHundred(value) else { return nil }
        return readPercentageAboveHundred(in: value)
    }

    /// ``percentageAboveHundred(in:)`` read in full, without the byte screen.
    static func readPercentageAboveHundred(in value: String) -> Decimal? {
        percentages(in: value).first(where: { $0.mayExceedHundred && $0.value > 100 })?.value
    }

    /// Every number printed with a percent sign (`≥120%` → 120).
    static func percentages(in value: String) -> [IndicatorNumber.Found] {
        IndicatorNumber.numbers(in: Vocabulary.halfWidth(value)).filter(\.isPercent)
    }
}

/// Numbers inside an indicator value, for the value checks.
///
/// Values are short and nearly always plain text (``Swift/String/isPlainForSearch``): digits,
/// `%`, `≥`, Chinese units. In plain text every scalar is a character of its own and no two
/// spellings are canonically equivalent, so the comparison signs, digits, points and `%` are
/// found by their bytes; any other text is read character by character as before.
enum IndicatorNumber {
    struct Found {
        let value: Decimal
        let isPercent: Bool
        /// Whether the whole part has three digits or more, leading zeros aside: a number
        /// with fewer is below 100, which is told without comparing decimals (thousands of
        /// instructions each).
        let mayExceedHundred: Bool

        /// The number printed as `digits` (ASCII digits and points).
        init(value: Decimal, digits: String, isPercent: Bool) {
            self.value = value
            self.isPercent = isPercent
            mayExceedHundred = digits.utf8.prefix { $0 != UInt8(ascii: ".") }.drop { $0 == UInt8(ascii: "0") }.count >= 3
        }
    }

    static let comparisons: Set<Character> = ["≥", "≤", ">", "<", "=", "≈", "~"]

    /// The value without a leading comparison sign.
    static func dropComparison(_ text: String) -> String {
        guard text.isPlainForSearch else { return String(text.drop { comparisons.contains($0) }) }
        var text = text
        let signs = text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count, let width = comparisonWidth(in: bytes, at: i) { i += width }
            return i
        }
        return signs == 0 ? text : String(Substring(text.utf8.dropFirst(signs)))
    }

    /// The byte width of the comparison sign at `i` in plain text, or `nil` when there is none.
    /// Plain text holds no `≈` (U+2248 is not plain), so the signs are `>` `<` `=` `~` and
    /// `≥` `≤` (E2 89 A5, E2 89 A4).
    private static func comparisonWidth(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        switch bytes[i] {
        case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: "~"): return 1
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x89 && (bytes[i + 2] == 0xA5 || bytes[i + 2] == 0xA4): return 3
        default: return nil
        }
    }

    /// The numbers in a text, in order, each with whether a `%` follows it.
    static func numbers(in text: String) -> [Found] {
        guard text.isPlainForSearch else { return numbers(inCharacters: text) }
        var text = text
        return text.withUTF8 { bytes in
            var found: [Found] = []
            var i = 0
            while i < bytes.count {
                guard isDigit(bytes[i]) else { i += 1; continue }
                var j = i
                while j < bytes.count, isDigit(bytes[j]) || bytes[j] == UInt8(ascii: ".") { j += 1 }
                let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
                if let value = PrintedNumber.value(digits) {
                    found.append(Found(value: value, digits: digits, isPercent: j < bytes.count && bytes[j] == UInt8(ascii: "%")))
                }
                i = j
            }
            return found
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// ``numbers(in:)`` for text that is not plain: a digit followed by a combining mark is
    /// no digit, so the text is walked by characters.
    private static func numbers(inCharacters text: String) -> [Found] {
        var found: [Found] = []
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            guard characters[i].isASCII, characters[i].isNumber else { i += 1; continue }
            var j = i
            while j < characters.count, characters[j].isASCII, characters[j].isNumber || characters[j] == "." { j += 1 }
            let digits = String(characters[i..<j])
            if let value = PrintedNumber.value(digits) {
                found.append(Found(value: value, digits: digits, isPercent: j < characters.count && characters[j] == "%"))
            }
            i = j
        }
        return found
    }
}
