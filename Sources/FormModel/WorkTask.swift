import Foundation

/// One row of a form's task table (年度重点工作任务), or one `其他需完成的任务` entry.
public struct WorkTask: Sendable, Hashable {
    /// The task name, without a leading `任务1:` numbering (kept in ``number``).
    public let name: String
    /// The number the form printed before the name (`任务3:` → `任务3`), if any.
    public let number: String?
    /// 主要实施内容 / 主要内容.
    public let content: String
    /// 期望达到的目标; empty when the form has no such column.
    public let goal: String
    /// The planned amount, or `nil` when the row gives none.
    public let amount: Amount?
    /// The source line of the row.
    public let line: Int

    public init(name: String, number: String? = nil, content: String, goal: String, amount: Amount?, line: Int) {
        self.name = name
        self.number = number
        self.content = content
        self.goal = goal
        self.amount = amount
        self.line = line
    }
}

/// A sum of money as the form writes it, in the unit its column header names.
public struct Amount: Sendable, Hashable {
    /// The two units the forms use.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case yuan = "元"
        case wanYuan = "万元"

        /// How many 元 one of this unit is.
        public var yuanFactor: Decimal { self == .yuan ? 1 : 10_000 }
    }

    /// The number, in ``unit`` (`600000` for `600,000.00` in a 元 column).
    public let value: Decimal
    /// The unit, from the column header (`拟投入的资金(元)`, `年度预算金额(万元)`).
    public let unit: Unit
    /// The amount exactly as printed (`600,000.00`).
    public let text: String
    /// The digits ``value`` was read from, when it was read from at most 18 of them: they spell
    /// it without `Decimal`'s arithmetic (``spelledValue``).
    private let digits: DecimalDigits?

    public init(value: Decimal, unit: Unit, text: String) {
        self.init(value: value, digits: nil, unit: unit, text: text)
    }

    private init(value: Decimal, digits: DecimalDigits?, unit: Unit, text: String) {
        self.value = value
        self.digits = digits
        self.unit = unit
        self.text = text
    }

    /// Reads a printed amount (`600,000.00`, `１２.５`, `-190000.00` is not an amount: the dash is a separator).
    public init?(printed: String, unit: Unit) {
        self.init(printed: printed, unit: unit, text: printed)
    }

    /// Reads the amount in `printed` but keeps `text` as what the form printed: a cell whose
    /// unit (`27万元`) was cut off before reading the number (`27`).
    public init?(printed: String, unit: Unit, text: String) {
        guard let read = PrintedDigits(printed) else { return nil }
        self.init(value: read.value, digits: read.digits, unit: unit, text: text)
    }

    /// The amount in 元.
    public var inYuan: Decimal { value * unit.yuanFactor }

    /// ``value`` as a whole count of its last printed decimal place, with the count of decimals
    /// (`1,045.89` → 104589 and 2), when it was read from print with at most 18 digits: exact
    /// sums of printed amounts without `Decimal` arithmetic (the review's budget check).
    public var printedUnits: (count: UInt64, decimals: Int)? {
        digits.map { ($0.significand, -$0.exponent) }
    }

    /// ``value`` as `Decimal.description` spells it (`600000`, `12.5`, `0.05`): the JSON
    /// number of the amount.
    ///
    /// An amount read from print spells its own digits (the same text, shown by the tests on
    /// generated amounts); one made from a `Decimal` asks the `Decimal`.
    public var spelledValue: String { digits?.spelled ?? value.description }

    // Equal and hashed as before the digits were kept: by value, unit and text. The digits
    // follow from the value, and an amount made from a `Decimal` has none.

    public static func == (lhs: Amount, rhs: Amount) -> Bool {
        lhs.value == rhs.value && lhs.unit == rhs.unit && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(unit)
        hasher.combine(text)
    }
}

/// The digits and decimal point of a printed amount, half-width, without its thousands
/// separators and spaces (`６００,０００.00` → `600000.00`), and their value; `nil` unless the amount
/// is only those, with at least one digit or point and at most one point.
///
/// It reads the UTF-8 bytes: this runs on every task amount and every number a review check
/// reads, and walking them as characters (width-folding, filtering, testing each) cost more
/// than parsing the number. The byte answer is the character answer: after width folding
/// (``Vocabulary/halfWidth(_:)``: U+FF01–FF5E less 0xFEE0, U+3000 a space) an amount is ASCII
/// digits, `.`, `,` and spaces, all single-scalar characters. Any other scalar, and any mark
/// combining with one of those, makes a character that is none of them, which the character
/// reading turned down just as a byte outside them is turned down here.
struct PrintedDigits {
    /// The number.
    let value: Decimal
    /// The digits as a significand and exponent, when there are at most 18 of them.
    let digits: DecimalDigits?

    init?(_ printed: String) {
        var utf8 = printed
        guard let (value, digits) = utf8.withUTF8(Self.read) else { return nil }
        self.value = value
        self.digits = digits
    }

    /// The value of the kept digits and, up to 18 of them, the digits themselves; `nil` when
    /// the bytes are no amount.
    ///
    /// A number of up to 18 digits, not zero, is built from its digits and the count of its
    /// decimals: that is the `Decimal` that `Decimal(string:)` reads from the same digits, bit
    /// for bit (checked on 390,000 random ones), without the parser's cost. Zero (`0.00` keeps
    /// its exponent there) is the one `Decimal(string:)` read for its count of decimals, and
    /// longer numbers are read by `Decimal(string:)` itself.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (Decimal, DecimalDigits?)? {
        var digits = 0, points = 0, decimals = 0
        var significand: UInt64 = 0
        var i = 0
        while i < bytes.count {
            guard let (byte, width) = halfWidthByte(in: bytes, at: i) else { return nil }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if points > 0 { decimals += 1 }
                if digits <= 18 { significand = significand * 10 + UInt64(byte - UInt8(ascii: "0")) }
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: ","), UInt8(ascii: " "): break
            default: return nil
            }
            i += width
        }
        guard digits + points > 0, points <= 1 else { return nil }
        guard digits <= 18 else { return parsed(bytes).map { ($0, nil) } }
        let read = DecimalDigits(significand: significand, exponent: -decimals)
        guard significand != 0 else { return (zeros[decimals], read) }
        return (Decimal(sign: .plus, exponent: -decimals, significand: Decimal(significand)), read)
    }

    /// Zero with each count of decimals up to 18 as `Decimal(string:)` reads it: `0.00` is zero
    /// with exponent -2, which no public initializer makes. Read once each, not once an amount.
    private static let zeros: [Decimal] = (0...18).map { decimals in
        Decimal(string: "0." + String(repeating: "0", count: decimals), locale: numberLocale)!
    }

    /// The value `Decimal(string:)` reads from the digits and point of accepted bytes.
    private static func parsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        Decimal(string: kept(of: bytes), locale: numberLocale)
    }

    /// The digits and point of an amount whose bytes ``read(_:)`` accepted.
    private static func kept(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0, i = 0
            while i < bytes.count, let (byte, width) = halfWidthByte(in: bytes, at: i) {
                if byte != UInt8(ascii: ","), byte != UInt8(ascii: " ") { buffer[count] = byte; count += 1 }
                i += width
            }
            return count
        }
    }

    /// The locale amounts are read in (`.` before the decimals), made once: making a `Locale`
    /// costs more than reading the number.
    private static let numberLocale = Locale(identifier: "en_US_POSIX")

    /// The ASCII byte the scalar at `i` is after width folding, and the scalar's byte width;
    /// `nil` for a scalar that folds to no ASCII (then no amount).
    private static func halfWidthByte(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int)? {
        let (scalar, width) = bytes.scalar(at: i)
        if scalar < 0x80 { return (UInt8(scalar), width) }
        if scalar == 0x3000 { return (UInt8(ascii: " "), width) }
        guard scalar >= 0xFF01, scalar <= 0xFF5E else { return nil }
        return (UInt8(truncatingIfNeeded: scalar - 0xFEE0), width)
    }
}
