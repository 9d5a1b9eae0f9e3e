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
        return text.withUTF8 { $0.isPlainText }
    }

    /// Whether a three-byte scalar is plain: a CJK ideograph, CJK punctuation, full-width
    /// ASCII, common punctuation or a comparison sign.
    @inline(__always)
    static func isPlainScalar(_ v: UInt32) -> Bool {
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        return (v >= 0x3000 && v <= 0x3029) || (v >= 0x3030 && v <= 0x303F) || (v >= 0x3400 && v <= 0x4DBF)
            || (v >= 0xFF01 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFEE)
            || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || (v >= 0x2264 && v <= 0x2267)
            || v == 0x2A7D || v == 0x2A7E
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
    ///
    /// Candidates are found by `memchr` on the word's last byte: in Chinese text that is a
    /// continuation byte, far rarer than the lead bytes every ideograph starts with. Matches
    /// are met in the order they end, which is the order they start.
    public func firstOffset(of word: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let last = word.last, word.count <= count else { return nil }
        let before = word.count - 1
        var end = start + before
        while let found = firstOffset(of: last, from: end) {
            let begin = found - before
            var i = 0
            while i < before, self[begin + i] == word[i] { i += 1 }
            if i == before { return begin }
            end = found + 1
        }
        return nil
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `byte` first occurs at or after `start`, or `nil`: `memchr`, which passes over the
    /// bytes between many at a time, for scans of a whole file or line for one ASCII byte.
    /// Inlinable: the readers call it for every cell, and the call into this module cost as
    /// much as the search of a short cell.
    @inlinable
    public func firstOffset(of byte: UInt8, from start: Int = 0) -> Int? {
        guard start < count, let found = memchr(baseAddress! + start, Int32(byte), count - start) else { return nil }
        return baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

extension String {
    /// `hasSuffix(_:)`, answered by UTF-8 bytes when the end of the text is plain text.
    ///
    /// `String.hasSuffix` walks both strings by characters unless both are ASCII, which costs
    /// hundreds of instructions a call on Chinese labels (`…指标`, `…意见`). When the suffix
    /// and the text's last scalars (one more than the suffix has) are plain
    /// (``isPlainForSearch``), the answer is the byte comparison: no plain scalar joins the one
    /// before it, and a tail canonically equivalent to a plain suffix would have to be that
    /// suffix. Otherwise the standard answer is given.
    public func hasPlainSuffix(_ suffix: String) -> Bool {
        guard let answer = plainAffix(suffix, atEnd: true) else { return hasSuffix(suffix) }
        return answer
    }

    /// `hasPrefix(_:)`, answered by UTF-8 bytes when the start of the text is plain text (as
    /// ``hasPlainSuffix(_:)``: the scalar after the prefix must not join it).
    public func hasPlainPrefix(_ prefix: String) -> Bool {
        guard let answer = plainAffix(prefix, atEnd: false) else { return hasPrefix(prefix) }
        return answer
    }

    /// The byte answer, or `nil` when the region it depends on is not plain text.
    private func plainAffix(_ affix: String, atEnd: Bool) -> Bool? {
        var affix = affix, text = self
        return affix.withUTF8 { word -> Bool? in
            guard word.isPlainText else { return nil }
            let scalars = word.plainScalarCount
            return text.withUTF8 { bytes -> Bool? in
                // The region: the affix's scalars and one more (the neighbour it must not join).
                let region = atEnd ? bytes.plainTail(scalars: scalars + 1) : bytes.plainHead(scalars: scalars + 1)
                guard region else { return nil }
                guard word.count <= bytes.count else { return false }
                let start = atEnd ? bytes.count - word.count : 0
                return memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0
            }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are plain text, as ``Swift/String/isPlainForSearch`` answers.
    var isPlainText: Bool {
        var i = 0
        while i < count {
            let lead = self[i]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                i += 1
                continue
            }
            if lead >= 0xE5 && lead <= 0xE9 {
                // U+5000–U+9FFF, all CJK ideographs: told by the lead byte alone.
                i += 3
                continue
            }
            guard let width = plainScalarWidth(at: i) else { return false }
            i += width
        }
        return true
    }

    /// The number of scalars of plain text.
    var plainScalarCount: Int {
        var i = 0, scalars = 0
        while i < count { i += self[i] < 0x80 ? 1 : 3; scalars += 1 }
        return scalars
    }

    /// Whether the first `scalars` scalars (or all, when fewer) are plain.
    func plainHead(scalars: Int) -> Bool {
        var i = 0, seen = 0
        while i < count, seen < scalars {
            guard let width = plainScalarWidth(at: i) else { return false }
            i += width
            seen += 1
        }
        return true
    }

    /// Whether the last `scalars` scalars (or all, when fewer) are plain.
    func plainTail(scalars: Int) -> Bool {
        var end = count, seen = 0
        while end > 0, seen < scalars {
            var start = end - 1
            while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
            guard plainScalarWidth(at: start) == end - start else { return false }
            end = start
            seen += 1
        }
        return true
    }

    /// The byte width of the plain scalar at `i`, or `nil` when the scalar there is not plain
    /// (the ranges of ``Swift/String/isPlainForSearch``).
    @inline(__always)
    func plainScalarWidth(at i: Int) -> Int? {
        let (v, width) = scalar(at: i)
        if width == 1 { return v == 0x0D ? nil : 1 }
        return width == 3 && String.isPlainScalar(v) ? 3 : nil
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 encoding starts at `i`, and its width in bytes: for readers that
    /// walk valid UTF-8 (the bytes of a `String`) and only look closer at the rare scalars
    /// that matter to them.
    @inline(__always)
    @inlinable
    public func scalar(at i: Int) -> (value: UInt32, width: Int) {
        let b0 = self[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6 | UInt32(self[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return (UInt32(b0 & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F), 3)
        }
        return (UInt32(b0 & 0x07) << 18 | UInt32(self[i + 1] & 0x3F) << 12 | UInt32(self[i + 2] & 0x3F) << 6
                | UInt32(self[i + 3] & 0x3F), 4)
    }
}

extension String {
    /// Whether the two texts are the same UTF-8 bytes: a sufficient test of equality that costs
    /// no normalisation (`==` compares Chinese text by canonical equivalence, scalar by scalar
    /// from the first difference).
    public func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The last scalar of UTF-8 text that is not White_Space (``Vocabulary/isWhitespace(_:)``),
    /// with where it starts, found from the end; `nil` when there is none.
    func lastScalarButSpaces() -> (value: UInt32, start: Int)? {
        var end = count
        while end > 0 {
            var start = end - 1
            while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = scalar(at: start).value
            if !Vocabulary.isWhitespace(Unicode.Scalar(scalar)!) { return (scalar, start) }
            end = start
        }
        return nil
    }
}

extension UInt8 {
    /// Whether the byte is ASCII white space (tab, LF, VT, FF, CR, space): the White_Space
    /// scalars that are one UTF-8 byte (``Vocabulary/isWhitespace(_:)`` answers for the rest).
    @inlinable
    public var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
}

extension UnsafeBufferPointer<UInt8> {
    /// How many Unicode scalars the UTF-8 bytes hold: the bytes that are not continuation
    /// bytes (`10xxxxxx`). Counted eight bytes at a time, since a cell's column comes after
    /// every paragraph cell's scalars (and the XHTML asks it of long values), and a loop over
    /// single bytes cost four instructions a byte.
    @inlinable
    public var scalarCount: Int {
        guard let base = baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base), ones: UInt64 = 0x0101_0101_0101_0101
        var continuations = 0, i = 0
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 of each byte: set where the byte's top bit is set and the next one clear.
            let marks = (word & ~(word << 1)) >> 7 & ones
            // Sums the eight bytes' marks into the top byte.
            continuations += Int(truncatingIfNeeded: (marks &* ones) >> 56)
            i += 8
        }
        while i < count {
            if base[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return count - continuations
    }
}
