/// Which table of the model a CSV file holds; each serves one way of working in a spreadsheet.
public enum CSVTable: String, Sendable, Hashable, CaseIterable {
    /// One row per indicator row, with each value taken apart: for filtering and pivoting.
    case indicators
    /// One row per task, with its amount in 元: for adding up budgets.
    case tasks
    /// Every label/value pair, one per row (long format): for comparing any field across forms.
    case fields
    /// The official layout flattened to cells: for reading one form as printed.
    case grid
}

/// The language of the header row. Users read Chinese; scripts prefer snake_case names.
public enum CSVHeaderLanguage: String, Sendable, Hashable, CaseIterable {
    /// Chinese headers (`三级指标`), the default.
    case zh
    /// snake_case English headers (`level3`), stable names for scripts.
    case en
}

/// The character encoding of a CSV file.
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8, by default with a byte-order mark, which Excel needs to read it as UTF-8.
    case utf8 = "utf-8"
    /// GB18030, which Excel on Chinese Windows reads without any mark (as its GBK code page).
    case gb18030
}

/// How a CSV file is written. The defaults open correctly in Excel on Chinese Windows.
public struct CSVOptions: Sendable, Hashable {
    /// The language of the header row (the `grid` table has none).
    public var header: CSVHeaderLanguage
    /// The character encoding of the file.
    public var encoding: CSVEncoding
    /// Whether UTF-8 output starts with a byte-order mark. GB18030 output never has one.
    public var byteOrderMark: Bool
    /// In the `grid` table, repeat a merged cell's text in every cell it spans, not only the top-left one.
    public var fillMerged: Bool

    public init(header: CSVHeaderLanguage = .zh, encoding: CSVEncoding = .utf8, byteOrderMark: Bool = true,
                fillMerged: Bool = false) {
        self.header = header
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.fillMerged = fillMerged
    }
}
