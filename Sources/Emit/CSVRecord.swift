/// RFC 4180 records: the one place that decides how a cell is spelled in a CSV file.
///
/// A field holding a comma, a double quote, a CR or an LF is enclosed in double quotes, with
/// each quote doubled; every record ends with CRLF, as RFC 4180 and Excel expect.
enum CSVRecord {
    /// The record terminator of RFC 4180.
    static let end = "\r\n"

    /// One field, quoted when it must be.
    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        // Quotes are doubled scalar by scalar: a `"` followed by a combining mark or a joiner is
        // one Character with it, and a Character-level replace would leave it single.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// One record: the cells quoted, joined and terminated.
    static func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + end
    }
}
