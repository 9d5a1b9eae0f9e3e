/// RFC 4180 records: the one place that decides how a cell is spelled in a CSV file.
///
/// A field holding a comma, a double quote, a CR or an LF is enclosed in double quotes, with
/// each quote doubled; every record ends with CRLF, as RFC 4180 and Excel expect. Records are
/// written as UTF-8 bytes: the four characters are ASCII, and a quote byte is always a whole
/// `"` scalar, so quoting and doubling on the bytes is quoting and doubling scalar by scalar
/// (a `"` followed by a combining mark is one Character with it, and stays doubled).
enum CSVRecord {
    /// One field, quoted when it must be.
    static func field(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(field: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record: the cells quoted, joined and terminated.
    static func line(_ cells: [String]) -> String {
        var bytes: [UInt8] = []
        append(cells, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record's UTF-8: the cells quoted, joined and terminated.
    static func append(_ cells: [String], to bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field: cell, to: &bytes)
        }
        // The record terminator of RFC 4180.
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Appends one field's UTF-8, quoted when it must be.
    private static func append(field text: String, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        var text = text
        text.withUTF8 { field in
            let needsQuotes = field.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
            guard needsQuotes else { return bytes.append(contentsOf: field) }
            bytes.append(quote)
            for byte in field {
                if byte == quote { bytes.append(quote) }
                bytes.append(byte)
            }
            bytes.append(quote)
        }
    }
}
