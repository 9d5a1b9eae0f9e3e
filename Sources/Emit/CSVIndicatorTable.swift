import FormModel

/// The `indicators` table: one row per indicator row, each value also taken apart into
/// comparison, number and unit (``IndicatorValue``), so that a sheet can sort by the number.
enum CSVIndicatorTable {
    typealias Row = CSVFormItem<TakenApart>

    /// An indicator row with both its values taken apart once (three columns read each).
    struct TakenApart {
        let row: IndicatorRow
        let period: IndicatorValue?
        let annual: IndicatorValue?

        init(_ row: IndicatorRow) {
            self.row = row
            period = IndicatorValue(parsing: row.periodValue)
            annual = IndicatorValue(parsing: row.annualValue)
        }
    }

    static let table = CSVTableText<Row>(columns: Row.formColumns + [
        CSVColumn("一级指标", "level1") { $0.item.row.level1 },
        CSVColumn("二级指标", "level2") { $0.item.row.level2 },
        CSVColumn("三级指标", "level3") { $0.item.row.level3 },
    ] + valueColumns("实施周期", "period", \.row.periodValue, \.period)
      + valueColumns("年度", "annual", \.row.annualValue, \.annual) + [
        CSVColumn("年度三级指标", "annual_level3") { $0.item.row.annualLevel3 ?? "" },
        CSVColumn("源行号", "line") { String($0.item.row.line) },
    ])

    static func records(_ documents: [Document], header: CSVHeaderLanguage) -> [[String]] {
        table.records(Row.all(in: documents) { $0.indicators.map(TakenApart.init) }, header: header)
    }

    /// The value as printed, then its comparison, number and unit (empty when it does not parse).
    private static func valueColumns(_ zh: String, _ en: String, _ value: any KeyPath<TakenApart, String> & Sendable,
                                     _ parts: any KeyPath<TakenApart, IndicatorValue?> & Sendable) -> [CSVColumn<Row>] {
        [
            CSVColumn("\(zh)指标值", "\(en)_value") { $0.item[keyPath: value] },
            CSVColumn("\(zh)运算符", "\(en)_operator") { $0.item[keyPath: parts]?.comparison.rawValue ?? "" },
            CSVColumn("\(zh)数值", "\(en)_number") { $0.item[keyPath: parts]?.number ?? "" },
            CSVColumn("\(zh)单位", "\(en)_unit") { $0.item[keyPath: parts]?.unit ?? "" },
        ]
    }
}
