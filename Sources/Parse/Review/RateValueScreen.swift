import FormModel

/// Byte tests that clear most rate values before ``RateValue`` reads any number from them.
///
/// Reading a value's numbers makes a `Decimal` of each (thousands of instructions), and nearly
/// every rate value (`≥95%`, `100%`, `优秀`) is neither a bare `1` nor above 100%. Each test
/// answers `false` only when the full reading cannot find what it looks for, and `true`
/// (read it in full) whenever in doubt, so the findings are the full reading's.
enum RateValueScreen {
    /// Whether a value may be a bare `1` (``RateValue/isBareOne(_:)``).
    ///
    /// A bare one is ASCII digits, points, commas and spaces (perhaps full-width) after the
    /// comparison signs, and one of its digits is a `1` or `１`. A `%`, an ASCII letter or an
    /// ideograph (lead byte E4–E9: U+4000–U+9FFF) is none of those, is kept by label folding and
    /// is no comparison sign, so a value holding one is no bare one.
    static func mayBeBareOne(_ value: String) -> Bool {
        var text = value
        return text.withUTF8 { bytes in
            var holdsOne = false
            for (i, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "1"):
                    holdsOne = true
                case 0xBC where i + 1 < bytes.count && i > 0 && bytes[i - 1] == 0xEF && bytes[i + 1] == 0x91:
                    holdsOne = true
                case UInt8(ascii: "%"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0xE4...0xE9:
                    return false
                default:
                    break
                }
            }
            return holdsOne
        }
    }

    /// Whether a value may print a percentage above 100 (``RateValue/percentageAboveHundred(in:)``).
    ///
    /// For plain text that half-width folding leaves as it is (no byte of U+FF01–FF5E, whose
    /// lead is EF, nor U+3000), the numbers are the runs of ASCII digits and points that start
    /// with a digit, read exactly as ``IndicatorNumber/numbers(in:)`` reads them. A run can be
    /// a percentage above 100 only when a `%` follows it, it has at most one point, its whole
    /// part has three digits or more after leading zeros, and it is not 100 itself (`100`,
    /// `100.0`). Any other text is left to the full reading.
    static func mayHoldPercentageAboveHundred(_ value: String) -> Bool {
        guard value.isPlainForSearch else { return true }
        var text = value
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0xEF || (byte == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80) {
                    return true
                }
                guard isDigit(byte) else { i += 1; continue }
                var end = i
                while end < bytes.count, isDigit(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: "%"), mayExceedHundred(UnsafeBufferPointer(rebasing: bytes[i..<end])) {
                    return true
                }
                i = end
            }
            return false
        }
    }

    /// Whether a run of digits and points may be a number above 100.
    private static func mayExceedHundred(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        let point = run.firstIndex(of: UInt8(ascii: ".")) ?? run.count
        guard run[point...].dropFirst().allSatisfy(isDigit) else { return false }
        let whole = run[..<point].drop { $0 == UInt8(ascii: "0") }
        guard whole.count >= 3 else { return false }
        let isHundred = whole.elementsEqual("100".utf8) && run[point...].allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "0") }
        return !isHundred
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
