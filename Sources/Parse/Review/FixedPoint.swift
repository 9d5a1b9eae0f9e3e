import FormModel

/// A printed number held exactly as a whole count of its smallest decimal place
/// (`1,045.89` is 104589 hundredths), for checks that add a few printed numbers.
///
/// `Decimal` arithmetic and `Decimal.description` cost thousands of instructions a step, and
/// the budget check adds six numbers on every form that prints a budget. The forms print them
/// as short amounts, whose sums fit a 64-bit count exactly; `Decimal` holds 38 digits, so on
/// such numbers its sums are exact as well and both give the same values. Anything else (more
/// than 18 digits, more than six decimals, an overflow) is left to ``PrintedNumber`` and
/// `Decimal`.
struct FixedPoint: Equatable {
    /// The number times 10^``decimals``.
    let units: Int64
    /// How many decimal places ``units`` counts.
    let decimals: Int

    /// What the bytes of a printed number tell without `Decimal`.
    enum Reading: Equatable {
        /// The number, exactly as ``PrintedNumber/value(_:)`` reads it.
        case number(FixedPoint)
        /// ``PrintedNumber/value(_:)`` reads no number from it.
        case notANumber
        /// Not told here: ask ``PrintedNumber/value(_:)``.
        case unknown
    }

    /// Reads a printed number as ``PrintedNumber/value(_:)`` does (the same ``Amount`` reading),
    /// keeping the digits it was read from; more than 18 digits or 6 decimals is `unknown`.
    static func reading(_ text: String) -> Reading {
        guard let amount = Amount(printed: text, unit: .yuan) else { return .notANumber }
        guard let (count, decimals) = amount.printedUnits, decimals <= 6, let units = Int64(exactly: count) else { return .unknown }
        return .number(FixedPoint(units: units, decimals: decimals))
    }

    init(units: Int64, decimals: Int) {
        self.units = units
        self.decimals = decimals
    }

    /// The count of 10^-`places` this number is, or `nil` on overflow (`places` ≥ ``decimals``).
    func units(inPlaces places: Int) -> Int64? {
        var scaled = units
        for _ in decimals..<places {
            let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            scaled = product
        }
        return scaled
    }

    /// The number as ``PrintedNumber/text(_:)`` writes it (`1225.75`, `10`, `-0.5`, `0`): the
    /// whole part, then the decimals without trailing zeros. Exact, as ``decimals`` is at most 6.
    var text: String {
        var magnitude = units.magnitude, places = decimals
        while places > 0, magnitude % 10 == 0 { magnitude /= 10; places -= 1 }
        var digits = String(magnitude)
        if places > 0 {
            if digits.utf8.count <= places { digits = String(repeating: "0", count: places + 1 - digits.utf8.count) + digits }
            digits.insert(".", at: digits.utf8.index(digits.endIndex, offsetBy: -places))
        }
        return units < 0 ? "-" + digits : digits
    }
}
