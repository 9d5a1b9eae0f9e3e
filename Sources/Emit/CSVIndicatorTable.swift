import FormModel

/// The `indicators` table: one row per indicator row, each value also taken apart into
/// comparison, number and unit (``IndicatorValue``), so that a sheet can sort by the number.
enum CSVIndicatorTable {
    typealias Row = CSVFormItem<IndicatorRow>

    static let table = CSVTableText<Row>(columns: Row.formColumns + [
        CSVColumn("一级指标", "level1") { $0.item.level1 },
        CSVColumn("二级指标", "level2") { $0.item.level2 },
        CSVColumn("三级指标", "level3") { $0.item.level3 },
    ] + valueColumns("实施周期", "period", \.periodValue) + valueColumns("年度", "annual", \.annualValue) + [
        CSVColumn("年度三级指标", "annual_level3") { $0.item.annualLevel3 ?? "" },
        CSVColumn("源行号", "line") { String($0.item.line) },
    ])

    static func records(_ documents: [Document], header: CSVHeaderLanguage) -> [[String]] {
        table.records(Row.all(in: documents, \.indicators), header: header)
    }

    /// The value as printed, then its comparison, number and unit (empty when it does not parse).
    private static func valueColumns(_ zh: String, _ en: String, _ value: any KeyPath<IndicatorRow, String> & Sendable) -> [CSVColumn<Row>] {
        @Sendable func parts(_ row: Row) -> IndicatorValue? { IndicatorValue(parsing: row.item[keyPath: value]) }
        return [
            CSVColumn("\(zh)指标值", "\(en)_value") { $0.item[keyPath: value] },
            CSVColumn("\(zh)运算符", "\(en)_operator") { parts($0)?.comparison.rawValue ?? "" },
            CSVColumn("\(zh)数值", "\(en)_number") { parts($0)?.number ?? "" },
            CSVColumn("\(zh)单位", "\(en)_unit") { parts($0)?.unit ?? "" },
        ]
    }
}
