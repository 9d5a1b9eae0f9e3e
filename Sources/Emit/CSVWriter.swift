import FormModel

/// Writes the model as CSV that opens correctly in Excel and LibreOffice on Chinese systems.
///
/// The writer is a pure function of the documents and the options: UTF-8 with a byte-order mark
/// by default (or GB18030), RFC 4180 quoting, CRLF record ends, and every cell guarded against
/// formula injection (``FormulaGuard``). Numbers are written plain (`600000`, `95`), so that a
/// spreadsheet sorts them as numbers.
public enum CSVWriter {
    /// One CSV file of the chosen table, holding the rows of every document in input order.
    public static func render(_ documents: [Document], table: CSVTable, options: CSVOptions = CSVOptions()) throws(CSVWriteError) -> [UInt8] {
        try encode(records(documents, table: table, options: options), options)
    }

    /// One form's official layout flattened to cells, for a file of its own (`--output-dir`).
    public static func renderGrid(_ form: Form, options: CSVOptions = CSVOptions()) throws(CSVWriteError) -> [UInt8] {
        try encode(CSVGridTable.records(form, fillMerged: options.fillMerged).map { $0.map(FormulaGuard.inert) }, options)
    }

    /// The cells of a table exactly as the file holds them (header first, formula-like text made
    /// inert), before quoting and encoding: what a spreadsheet should show after opening the file.
    /// The `grid` table has no header row; its forms are separated by one empty row.
    public static func records(_ documents: [Document], table: CSVTable, options: CSVOptions = CSVOptions()) -> [[String]] {
        let cells = switch table {
        case .indicators: CSVIndicatorTable.records(documents, header: options.header)
        case .tasks: CSVTaskTable.records(documents, header: options.header)
        case .fields: CSVFieldTable.records(documents, header: options.header)
        case .grid: CSVGridTable.records(documents, fillMerged: options.fillMerged)
        }
        return cells.map { $0.map(FormulaGuard.inert) }
    }

    private static func encode(_ records: [[String]], _ options: CSVOptions) throws(CSVWriteError) -> [UInt8] {
        try CSVBytes.encode(records, options)
    }
}
