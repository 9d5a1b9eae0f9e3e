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
        for scalar in unicodeScalars {
            let v = scalar.value
            if v < 0x80 { if v == 0x0D { return false }; continue }
            if (0x4E00...0x9FFF).contains(v) || (0x3000...0x3029).contains(v) || (0x3030...0x303F).contains(v)
                || (0x3400...0x4DBF).contains(v) || (0xFF01...0xFF60).contains(v) || (0xFFE0...0xFFEE).contains(v)
                || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || v == 0x2264 || v == 0x2265 {
                continue
            }
            return false
        }
        return true
    }
}
