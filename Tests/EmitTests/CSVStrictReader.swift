/// A strict RFC 4180 reader for the tests: it reads back what the CSV writer wrote and rejects
/// anything a lenient spreadsheet would quietly repair, so a malformed file fails the test.
///
/// Rejected: a record not ended by CRLF (bare CR or LF outside quotes, or no final CRLF), a quote
/// inside an unquoted field, text after a closing quote, an unterminated quoted field, and,
/// unless `ragged` is allowed, records with different numbers of fields.
struct CSVStrictReader {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// The records of `text` (without any byte-order mark).
    static func records(_ text: String, ragged: Bool = false) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        var atFieldStart = true
        var inQuotes = false
        var afterClosingQuote = false

        func fail(_ why: String) -> Malformed {
            Malformed(description: "\(why) at record \(records.count + 1), field \(record.count + 1)")
        }
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
            afterClosingQuote = false
        }

        while let s = scalars.popFirst() {
            if inQuotes {
                if s == "\"" {
                    if scalars.first == "\"" {
                        field.append("\"")
                        scalars = scalars.dropFirst()
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    field.append(s)
                }
                continue
            }
            switch s {
            case ",":
                endField()
            case "\r":
                guard scalars.popFirst() == "\n" else { throw fail("bare CR outside quotes") }
                endField()
                if let first = records.first, !ragged, first.count != record.count {
                    throw fail("record has \(record.count) fields, the first has \(first.count)")
                }
                records.append(record)
                record = []
            case "\n":
                throw fail("bare LF outside quotes")
            case "\"":
                guard atFieldStart else { throw fail("quote inside an unquoted field") }
                inQuotes = true
                atFieldStart = false
            default:
                if afterClosingQuote { throw fail("text after a closing quote") }
                field.append(s)
                atFieldStart = false
            }
        }
        if inQuotes { throw fail("unterminated quoted field") }
        guard record.isEmpty, field.isEmpty, atFieldStart else { throw fail("last record not ended by CRLF") }
        return records
    }

    /// The records of UTF-8 bytes that start with the byte-order mark, as the writer's default output does.
    static func records(utf8WithBOM bytes: [UInt8], ragged: Bool = false) throws -> [[String]] {
        guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { throw Malformed(description: "no UTF-8 byte-order mark") }
        guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
            throw Malformed(description: "not valid UTF-8")
        }
        return try records(text, ragged: ragged)
    }
}
