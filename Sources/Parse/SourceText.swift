import Foundation
import FormModel

/// The decoded text of a file and the encoding it was decoded as.
struct SourceText {
    let text: String
    let encoding: SourceEncoding

    /// Decodes UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the zero
    /// bytes of its ASCII betray the byte order), or GB18030.
    ///
    /// Bytes that are not valid UTF-8 are read as GB18030 only when they look like a GB18030
    /// file: most of their non-ASCII bytes do not form UTF-8 sequences, and what they decode
    /// to is Chinese text. A UTF-8 file with a few broken bytes is an error naming the first
    /// one, rather than a page of mojibake.
    static func decode(_ bytes: [UInt8]) throws(ReadError) -> SourceText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes.dropFirst(3), as: .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), bigEndian: true) }
        if let format = binaryFormat(bytes) { throw .binary(format: format) }
        if let bigEndian = unmarkedUTF16(bytes) { return try utf16(bytes[...], bigEndian: bigEndian) }
        if let text = String(validating: bytes, as: UTF8.self) { return SourceText(text: text, encoding: .utf8) }
        let firstBad = firstInvalidUTF8(bytes[...]) ?? 0
        if looksLikeUTF8(bytes) || bytes.contains(0) { throw .undecodable(offset: firstBad) }
        if let badGB = GB18030.firstInvalidByte(bytes) { throw .undecodable(offset: badGB) }
        guard let text = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)),
              GB18030.looksChinese(text) else { throw .undecodable(offset: firstBad) }
        return SourceText(text: text, encoding: .gb18030)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, as encoding: SourceEncoding) throws(ReadError) -> SourceText {
        // The standard library validates as it copies; the offset of the bad byte is looked for
        // only when it refuses.
        if let text = String(validating: bytes, as: UTF8.self) { return SourceText(text: text, encoding: encoding) }
        throw .undecodable(offset: (firstInvalidUTF8(bytes) ?? 0) + (encoding == .utf8WithBOM ? 3 : 0))
    }

    /// UTF-16 in the given byte order; a lone surrogate or an odd last byte is undecodable.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(ReadError) -> SourceText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        if index < bytes.endIndex { throw .undecodable(offset: index) }
        var k = 0
        while k < units.count {
            let unit = units[k]
            if (0xD800...0xDBFF).contains(unit), k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) {
                k += 2
                continue
            }
            if (0xD800...0xDFFF).contains(unit) { throw .undecodable(offset: bytes.startIndex + 2 * k) }
            k += 1
        }
        return SourceText(text: String(decoding: units, as: UTF16.self),
                          encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
    }

    /// UTF-16 without a byte-order mark: zero bytes in one position of the byte pairs (the high
    /// bytes of ASCII) and hardly any in the other. Returns whether it is big-endian.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0, holdsZero(bytes) else { return nil }
        var zerosEven = 0, zerosOdd = 0
        for (i, b) in bytes.enumerated() where b == 0 {
            if i % 2 == 0 { zerosEven += 1 } else { zerosOdd += 1 }
        }
        let pairs = bytes.count / 2
        if zerosOdd * 10 >= pairs, zerosOdd >= 4 * zerosEven { return false }
        if zerosEven * 10 >= pairs, zerosEven >= 4 * zerosOdd { return true }
        return nil
    }

    /// Whether a zero byte occurs: by `memchr` (``firstOffset(of:)``), since every UTF-8 file
    /// is searched to its end.
    private static func holdsZero(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { $0.firstOffset(of: 0) != nil }
    }

    /// Whether nearly all non-ASCII bytes form UTF-8 sequences, as in a UTF-8 file with a few
    /// broken bytes. In GB18030 text only about a third of them do, by chance.
    static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        var inSequences = 0, nonASCII = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1
            if length > 1, i + length <= bytes.count, (1..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) {
                inSequences += length
                nonASCII += length
                i += length
            } else {
                nonASCII += 1
                i += 1
            }
        }
        return inSequences >= 12 && inSequences * 10 >= nonASCII * 9
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
