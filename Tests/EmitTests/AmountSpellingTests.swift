import Foundation
@testable import FormModel
import Testing

/// An amount's JSON number is spelled from the digits it was read from, not by
/// `Decimal.description`; these tests hold the two to the same text.
@Suite struct AmountSpellingTests {
    /// Printed amounts of every shape a form uses, and the edges: trailing zeros, no whole part,
    /// a lone point, zero, 18 digits (the most kept) and more (spelled by the `Decimal`).
    @Test(arguments: [
        "600,000.00", "12.50", "0.05", ".5", "5.", "100", "0", "0.00", ".", "000120.0300",
        "１２.５", "６００，０００.00", "1 000.10", "999999999999999999", "100000000000000000",
        "0.000000000000000001", "1234567890.12345678", "12345678901234567890.5", "0.0000000000000000001",
    ])
    func printedAmountSpellsItsDecimal(printed: String) throws {
        let amount = try #require(Amount(printed: printed, unit: .yuan))
        #expect(amount.spelledValue == amount.value.description)
    }

    /// Random amounts as the forms print them: up to 20 digits, up to 8 decimals, thousands
    /// separators, runs of zeros, sometimes full-width.
    @Test func generatedAmountsSpellTheirDecimals() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let printed = Self.randomAmount(using: &generator)
            let amount = try #require(Amount(printed: printed, unit: .wanYuan), "\(printed)")
            #expect(amount.spelledValue == amount.value.description, "\(printed)")
        }
    }

    /// The spelling against `Decimal.description` over the whole range of the significand and
    /// far larger and smaller powers of ten than amounts have.
    @Test func digitsSpellLikeDecimalAtAnyExponent() {
        var generator = SystemRandomNumberGenerator()
        for exponent in -60...60 {
            for _ in 0..<200 {
                let magnitude = Int.random(in: 0...19, using: &generator)
                var significand = UInt64.random(in: 0...UInt64.max, using: &generator)
                if magnitude < 19 { significand %= Self.powerOfTen(magnitude) }
                if Bool.random(using: &generator) { significand -= significand % Self.powerOfTen(magnitude / 2) }
                let digits = DecimalDigits(significand: significand, exponent: exponent)
                let decimal = Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
                #expect(digits.spelled == decimal.description, "\(significand)e\(exponent)")
            }
        }
    }

    /// A zero amount keeps its decimals in its exponent, as `Decimal(string:)` reads it.
    @Test func zeroIsReadAsDecimalReadsIt() throws {
        for decimals in 0...18 {
            for whole in ["", "0", "000", "0,000"] {
                let printed = whole + (decimals > 0 || whole.isEmpty ? "." : "") + String(repeating: "0", count: decimals)
                let amount = try #require(Amount(printed: printed, unit: .yuan), "\(printed)")
                let decimal = try #require(Decimal(string: printed.replacingOccurrences(of: ",", with: "")))
                #expect(amount.value.exponent == decimal.exponent && amount.value == decimal, "\(printed)")
                #expect(amount.spelledValue == "0")
            }
        }
    }

    /// An amount made from a `Decimal` has no digits and asks the `Decimal`.
    @Test func amountFromDecimalSpellsItsDecimal() throws {
        let value = try #require(Decimal(string: "31.50"))
        #expect(Amount(value: value, unit: .wanYuan, text: "31.50").spelledValue == "31.5")
        #expect(Amount(value: 600000, unit: .yuan, text: "600,000.00") == Amount(printed: "600,000.00", unit: .yuan))
    }

    /// `１２.５` for `12.5`: the forms print amounts in full-width digits too.
    private static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
    }

    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }

    private static func randomAmount(using generator: inout some RandomNumberGenerator) -> String {
        let wholeCount = Int.random(in: 0...14, using: &generator)
        let decimalCount = Int.random(in: 0...8, using: &generator)
        let zeroRuns = Bool.random(using: &generator)
        func digit() -> Character {
            zeroRuns && Int.random(in: 0..<3, using: &generator) > 0 ? "0" : Character(String(Int.random(in: 0...9, using: &generator)))
        }
        var whole = String((0..<wholeCount).map { _ in digit() })
        if Bool.random(using: &generator), whole.count > 3 {
            var grouped = ""
            for (index, character) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            whole = grouped
        }
        let decimals = String((0..<decimalCount).map { _ in digit() })
        var printed = decimalCount > 0 || wholeCount == 0 ? whole + "." + decimals : whole
        if Int.random(in: 0..<4, using: &generator) == 0 { printed = Self.fullWidth(printed) }
        return printed
    }
}
