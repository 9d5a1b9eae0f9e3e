import Foundation

/// Turns the records of a CSV file into the bytes of the chosen encoding.
enum CSVBytes {
    /// The UTF-8 byte-order mark, without which Excel reads a CSV as the system code page.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// GB18030 in Foundation's numbering (`kCFStringEncodingGB_18030_2000`), which decodes and
    /// encodes four-byte sequences correctly on Linux.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The records as the bytes of a CSV file: written straight into UTF-8, or made one text
    /// and encoded.
    static func encode(_ records: [[String]], _ options: CSVOptions) throws(CSVWriteError) -> [UInt8] {
        switch options.encoding {
        case .utf8:
            var bytes = options.byteOrderMark ? byteOrderMark : []
            for record in records { CSVRecord.append(record, to: &bytes) }
            return bytes
        case .gb18030:
            let text = records.map(CSVRecord.line).joined()
            // GB18030 covers all of Unicode, but a few private-use code points map differently
            // between its editions; check the round trip rather than trust it.
            guard let data = text.data(using: gb18030), String(data: data, encoding: gb18030) == text else {
                throw .unencodable(firstCharacterLost(in: text))
            }
            return Array(data)
        }
    }

    private static func firstCharacterLost(in text: String) -> Character? {
        text.first { character in
            let one = String(character)
            return one.data(using: gb18030).flatMap { String(data: $0, encoding: gb18030) } != one
        }
    }
}

/// Why a CSV file could not be written.
public enum CSVWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A character does not survive the GB18030 round trip.
    case unencodable(Character?)

    public var description: String {
        switch self {
        case let .unencodable(character?):
            let code = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
            return "the character \(code) cannot be written in GB18030; use --encoding utf-8"
        case .unencodable(nil):
            return "the text cannot be written in GB18030; use --encoding utf-8"
        }
    }
}
