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

/// Two sides of printed numbers added up exactly, in one decimal place (at least the cent, at
/// most the sixth), with the rounding each check allows: 0.01 for every printed term on either
/// side. The budget check (spending against income) and the task total (the tasks against the
/// printed total) both compare so; `nil` when a count would overflow or more than six places
/// are needed, and the check falls back to `Decimal`.
struct FixedPointBalance {
    let left: FixedPoint, right: FixedPoint, difference: FixedPoint, tolerance: FixedPoint

    init?(_ left: [FixedPoint], _ right: [FixedPoint]) {
        let places = (left + right).map(\.decimals).reduce(2, max)
        guard places <= 6, let leftSum = Self.sum(left, inPlaces: places), let rightSum = Self.sum(right, inPlaces: places) else { return nil }
        let (difference, overflow) = leftSum.subtractingReportingOverflow(rightSum)
        guard !overflow, difference != .min,
              let tolerance = FixedPoint(units: Int64(left.count + right.count), decimals: 2).units(inPlaces: places) else { return nil }
        self.left = FixedPoint(units: leftSum, decimals: places)
        self.right = FixedPoint(units: rightSum, decimals: places)
        self.difference = FixedPoint(units: difference, decimals: places)
        self.tolerance = FixedPoint(units: tolerance, decimals: places)
    }

    /// Whether the sides differ by more than the rounding allows.
    var isOff: Bool { difference.units.magnitude > tolerance.units.magnitude }

    /// The difference without its sign, for the message.
    var absoluteDifference: FixedPoint { FixedPoint(units: Int64(difference.units.magnitude), decimals: difference.decimals) }

    /// The numbers counted in `places` and added, or `nil` on overflow.
    private static func sum(_ numbers: [FixedPoint], inPlaces places: Int) -> Int64? {
        var sum: Int64 = 0
        for number in numbers {
            guard let units = number.units(inPlaces: places) else { return nil }
            let (next, overflow) = sum.addingReportingOverflow(units)
            if overflow { return nil }
            sum = next
        }
        return sum
    }
}
