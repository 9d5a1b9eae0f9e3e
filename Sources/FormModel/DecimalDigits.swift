/// A nonnegative decimal number as the digits of a printed amount give it: a 64-bit significand
/// (an amount keeps up to 18 digits) and a power of ten (`600,000.00` → 60000000 × 10⁻²).
///
/// It spells the number as `Decimal.description` spells the `Decimal` read from the same digits
/// (`600000`, `12.5`, `0.05`, `0`): that `Decimal` is compact (no trailing zeros in its
/// significand), so its description is the number with no trailing zeros after the point and
/// no point after a whole number. `Decimal.description` finds the digits by dividing its
/// 128-bit significand by ten once a digit, some 15,000 instructions for a task amount; this
/// takes a few hundred.
struct DecimalDigits: Sendable {
    /// The digits as a whole number.
    let significand: UInt64
    /// The power of ten the significand is scaled by (minus the count of decimals).
    let exponent: Int

    /// The number as `Decimal.description` spells it.
    var spelled: String {
        guard significand != 0 else { return "0" }
        var significand = significand, exponent = exponent
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        let digits = Self.digitCount(significand)
        // Digits before the point, and zeros between the point and the digits.
        let whole = digits + exponent
        let length = whole > 0 ? max(whole, digits + (exponent < 0 ? 1 : 0)) : 2 - whole + digits
        return String(unsafeUninitializedCapacity: length) { buffer in
            buffer.initialize(repeating: UInt8(ascii: "0"))
            // The digits are written from the last one back; trailing zeros are there already.
            var rest = significand
            var index = exponent > 0 ? length - exponent : length
            for place in 0..<digits {
                if exponent < 0, place == -exponent { index -= 1; buffer[index] = UInt8(ascii: ".") }
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if whole <= 0 { buffer[1] = UInt8(ascii: ".") }
            return length
        }
    }

    /// How many decimal digits `value` (not zero) has.
    private static func digitCount(_ value: UInt64) -> Int {
        var count = 1, rest = value
        while rest >= 10 { rest /= 10; count += 1 }
        return count
    }
}
