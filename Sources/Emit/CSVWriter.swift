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
        try CSVBytes.encode(text(documents, table: table, options: options), options)
    }

    static func text(_ documents: [Document], table: CSVTable, options: CSVOptions) throws(CSVWriteError) -> String {
        switch table {
        case .indicators: return CSVIndicatorTable.render(documents, header: options.header)
        case .tasks: return CSVTaskTable.render(documents, header: options.header)
        case .fields: return CSVFieldTable.render(documents, header: options.header)
        case .grid: throw .noGrid
        }
    }
}
