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

    public init(value: Decimal, unit: Unit, text: String) {
        self.value = value
        self.unit = unit
        self.text = text
    }

    /// Reads a printed amount (`600,000.00`, `１２.５`, `-190000.00` is not an amount: the dash is a separator).
    public init?(printed: String, unit: Unit) {
        let digits = Vocabulary.halfWidth(printed).filter { $0 != "," && $0 != " " }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              digits.filter({ $0 == "." }).count <= 1, let value = Decimal(string: digits, locale: Self.numberLocale)
        else { return nil }
        self.init(value: value, unit: unit, text: printed)
    }

    /// The locale amounts are read in (`.` before the decimals), made once: making a `Locale`
    /// costs more than reading the number.
    private static let numberLocale = Locale(identifier: "en_US_POSIX")

    /// The amount in 元.
    public var inYuan: Decimal { value * unit.yuanFactor }
}
