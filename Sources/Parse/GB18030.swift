/// The structure of GB18030 (the Chinese national encoding, a superset of GBK), checked by
/// hand so that an undecodable file can name its first bad byte, and the test that decoded
/// bytes are Chinese text rather than another encoding read wrongly.
enum GB18030 {
    /// The offset of the first byte that starts no valid GB18030 sequence, or `nil`.
    ///
    /// One byte 00–7F; two bytes 81–FE then 40–7E or 80–FE; four bytes 81–FE, 30–39, 81–FE, 30–39.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81, b <= 0xFE, i + 1 < bytes.count else { return i }
            let second = bytes[i + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) { i += 2; continue }
            guard (0x30...0x39).contains(second), i + 3 < bytes.count,
                  (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) else { return i }
            i += 4
        }
        return nil
    }

    /// Whether most non-ASCII characters are Chinese characters, CJK punctuation or full-width
    /// forms, as in any real form. Text in another encoding read as GB18030 is full of rare
    /// symbols, Cyrillic, box drawing and kana instead.
    static func looksChinese(_ text: String) -> Bool {
        var chinese = 0, other = 0
        for s in text.unicodeScalars where !s.isASCII {
            if CellCleaner.isWide(s) || "·—…℃×÷±≥≤".unicodeScalars.contains(s) { chinese += 1 } else { other += 1 }
        }
        return chinese > 0 && chinese >= 4 * other
    }
}
