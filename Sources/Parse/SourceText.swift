import Foundation
import FormModel

/// The decoded text of a file and the encoding it was decoded as.
struct SourceText {
    let text: String
    let encoding: SourceEncoding

    /// Decodes UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030, in that order.
    static func decode(_ bytes: [UInt8]) throws(ReadError) -> SourceText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes.dropFirst(3), as: .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        if let format = binaryFormat(bytes) { throw .binary(format: format) }
        if let firstBad = firstInvalidUTF8(bytes[...]) {
            if let text = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)),
               !bytes.contains(0) {
                return SourceText(text: text, encoding: .gb18030)
            }
            throw .undecodable(offset: firstBad)
        }
        return try utf8(bytes[...], as: .utf8)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, as encoding: SourceEncoding) throws(ReadError) -> SourceText {
        if let bad = firstInvalidUTF8(bytes) { throw .undecodable(offset: bad + (encoding == .utf8WithBOM ? 3 : 0)) }
        return SourceText(text: String(decoding: bytes, as: UTF8.self), encoding: encoding)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> SourceText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        return SourceText(text: String(decoding: units, as: UTF16.self),
                          encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
    }

    /// The offset of the first byte that is not valid UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            if b >= 0xC2 && b <= 0xDF { length = 2 } else if b >= 0xE0 && b <= 0xEF { length = 3 } else if b >= 0xF0 && b <= 0xF4 { length = 4 } else { return i - bytes.startIndex }
            guard i + length <= end else { return i - bytes.startIndex }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i - bytes.startIndex }
            let b1 = bytes[i + 1]
            if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) {
                return i - bytes.startIndex
            }
            i += length
        }
        return nil
    }

    private static func binaryFormat(_ bytes: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("PDF", Array("%PDF".utf8)), ("ZIP", [0x50, 0x4B, 0x03, 0x04]),
            ("JPEG", [0xFF, 0xD8, 0xFF]), ("GIF", Array("GIF8".utf8)), ("ELF", [0x7F, 0x45, 0x4C, 0x46]),
        ]
        return signatures.first { bytes.starts(with: $0.1) }?.0
    }
}
