import FormModel

/// One column of a CSV table: its header in both languages and how a row fills its cell.
///
/// Keeping header and cell together means a table cannot get its headers and cells out of step.
struct CSVColumn<Row>: Sendable {
    let zh: String
    let en: String
    let cell: @Sendable (Row) -> String

    init(_ zh: String, _ en: String, _ cell: @escaping @Sendable (Row) -> String) {
        self.zh = zh
        self.en = en
        self.cell = cell
    }

    func header(_ language: CSVHeaderLanguage) -> String { language == .zh ? zh : en }
}

/// One item of a form (an indicator row, a task, a field) with the form and file it comes from,
/// so that rows from hundreds of forms can share one sheet and still be told apart.
struct CSVFormItem<Item> {
    let source: String
    /// The form's 1-based position in its file.
    let formNumber: Int
    let form: Form
    let item: Item

    /// Every item of every form of every document, in input and source order.
    static func all(in documents: [Document], _ items: (Form) -> [Item]) -> [CSVFormItem<Item>] {
        documents.flatMap { document in
            document.forms.enumerated().flatMap { index, form in
                items(form).map { CSVFormItem(source: document.source, formNumber: index + 1, form: form, item: $0) }
            }
        }
    }

    /// The columns that say where a row comes from, first in every table but `grid`.
    static var formColumns: [CSVColumn<CSVFormItem<Item>>] {
        [
            CSVColumn("源文件", "source") { $0.source },
            CSVColumn("表序号", "form") { String($0.formNumber) },
            CSVColumn("表类型", "kind") { $0.form.kind.rawValue },
            CSVColumn("标题", "title") { $0.form.title },
            CSVColumn("年度", "year") { $0.form.year.map(String.init) ?? "" },
            CSVColumn("单位名称", "organization") { $0.form.organization ?? "" },
            CSVColumn("项目名称", "project_name") { $0.form.projectName ?? "" },
        ]
    }
}

/// A table: its columns, giving a header record and one record per row.
struct CSVTableText<Row>: Sendable {
    let columns: [CSVColumn<Row>]

    func records(_ rows: [Row], header: CSVHeaderLanguage) -> [[String]] {
        [columns.map { $0.header(header) }] + rows.map { row in columns.map { $0.cell(row) } }
    }
}
