extension String {
    /// Text whose every scalar is ASCII (but CR), CJK punctuation, a CJK ideograph, full-width
    /// ASCII or common punctuation: scalars without canonical decompositions that never
    /// combine with a neighbour.
    ///
    /// Such text is in normal form C and each scalar is a character of its own, so comparing,
    /// hashing and searching it by its UTF-8 bytes gives the answers `String` gives by
    /// canonical equivalence and by characters, without their cost. Label look-ups, title
    /// search and line folding take that shortcut for plain text and the exact road otherwise.
    public var isPlainForSearch: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    if b0 == 0x0D { return false }
                    i += 1
                    continue
                }
                // Every plain scalar outside ASCII takes three bytes (U+2010 to U+FFEE).
                guard b0 & 0xF0 == 0xE0, i + 2 < n else { return false }
                let v = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
                if v >= 0x4E00 && v <= 0x9FFF { continue }
                if (v >= 0x3000 && v <= 0x3029) || (v >= 0x3030 && v <= 0x303F) || (v >= 0x3400 && v <= 0x4DBF)
                    || (v >= 0xFF01 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFEE)
                    || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || v == 0x2264 || v == 0x2265 {
                    continue
                }
                return false
            }
            return true
        }
    }
}
