import Foundation

extension String {
    /// Text whose every scalar is ASCII (but CR), CJK punctuation, a CJK ideograph, full-width
    /// ASCII, common punctuation or a comparison sign (≤ ≥ ≦ ≧ ⩽ ⩾): scalars without canonical
    /// decompositions that never combine with a neighbour.
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
                    || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || (v >= 0x2264 && v <= 0x2267)
                    || v == 0x2A7D || v == 0x2A7E {
                    continue
                }
                return false
            }
            return true
        }
    }

    /// Whether the text contains a phrase, answered as Foundation's `contains(_:)` answers it
    /// but without its cost when both are plain text.
    ///
    /// Foundation compares canonically equivalent spellings (`é` and `e` + U+0301) as equal,
    /// which costs thousands of instructions a call; title detection asks it for every phrase of
    /// every short line. When neither string holds a scalar that could compose, decompose or
    /// join the one before it (``isPlainForSearch``), equivalence is identity, and the UTF-8
    /// bytes are searched directly.
    public func containsPhrase(_ phrase: String) -> Bool {
        containsPhrase(phrase, isPlain: isPlainForSearch)
    }

    /// ``containsPhrase(_:)`` when the caller knows whether the text is plain (searching one
    /// text for many phrases).
    public func containsPhrase(_ phrase: String, isPlain: Bool) -> Bool {
        guard !phrase.isEmpty, isPlain, phrase.isPlainForSearch else { return contains(phrase) }
        let haystack = utf8, needle = phrase.utf8
        guard needle.count <= haystack.count else { return false }
        return haystack.withContiguousStorageIfAvailable { text in
            needle.withContiguousStorageIfAvailable { word in text.firstOffset(of: word) != nil }
        }.flatMap { $0 } ?? contains(phrase)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where the bytes of `word` first occur at or after `start`, or `nil`: the one byte search
    /// behind phrase search and replacement on UTF-8 (which never matches a scalar's bytes in
    /// the middle of another scalar, so a byte match is a match of whole scalars).
    public func firstOffset(of word: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = word.first, word.count <= count else { return nil }
        var offset = start
        while offset <= count - word.count {
            if self[offset] == first {
                var i = 1
                while i < word.count, self[offset + i] == word[i] { i += 1 }
                if i == word.count { return offset }
            }
            offset += 1
        }
        return nil
    }
}
