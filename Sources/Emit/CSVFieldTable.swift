import FormModel

/// The `fields` table: every label/value pair of every form, one per row (long format), so that
/// any field can be compared across forms with a filter or a pivot on the label.
enum CSVFieldTable {
    typealias Row = CSVFormItem<Field>

    static let table = CSVTableText<Row>(columns: Row.formColumns + [
        CSVColumn("分组", "group") { $0.item.group ?? "" },
        CSVColumn("标签", "label") { $0.item.label },
        CSVColumn("值", "value") { $0.item.value },
        CSVColumn("源行号", "line") { String($0.item.line) },
    ])

    static func records(_ documents: [Document], header: CSVHeaderLanguage) -> [[String]] {
        table.records(Row.all(in: documents, \.fields), header: header)
    }
}
