// The byte tests behind JSON strings: which bytes RFC 8259 makes a string escape (a quote, a
// backslash, a control character), asked of a byte, a word, sixteen bytes, or a whole run.

extension UnsafeBufferPointer<UInt8> {
    /// Where the first byte a JSON string must escape (a quote, a backslash or a control
    /// character) is at or after `start`, or `count` when there is none.
    ///
    /// Escapes are rare even in text that has one, so the bytes are tested sixteen at a time
    /// (``Swift/SIMD16/firstJSONEscape``), and only the tail byte by byte.
    func firstJSONEscape(from start: Int) -> Int {
        guard let base = baseAddress else { return count }
        var index = start
        while index + 16 <= count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if let lane = block.firstJSONEscape { return index + lane }
            index += 16
        }
        while index < count {
            if self[index].isJSONEscape { return index }
            index += 1
        }
        return count
    }

    /// Writes the bytes between quotes at `target` (room for `count + 2`) and returns how many
    /// that is, or returns 0, leaving what it wrote unused, at a byte that needs escaping.
    ///
    /// The one pass over text with nothing to escape (nearly all): sixteen bytes at a time are
    /// tested and stored as they are loaded, and a tail shorter than that is the last sixteen
    /// bytes of the text again, overlapping the ones before, so no byte is read outside the
    /// text. Shorter text goes by two overlapping words, or byte by byte.
    func copyQuotedJSON(to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\"")
        target[count + 1] = UInt8(ascii: "\"")
        guard let base = baseAddress else { return 2 }
        let source = UnsafeRawPointer(base), body = UnsafeMutableRawPointer(target + 1)
        switch count {
        case 16...:
            var index = 0
            while true {
                let block = source.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                guard !block.holdsJSONEscape else { return 0 }
                body.storeBytes(of: block, toByteOffset: index, as: SIMD16<UInt8>.self)
                if index == count - 16 { return count + 2 }
                index = Swift.min(index + 16, count - 16)
            }
        case 8..<16:
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            guard !first.holdsJSONEscape, !last.holdsJSONEscape else { return 0 }
            body.storeBytes(of: first, as: UInt64.self)
            body.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
        default:
            for index in 0..<count {
                guard !self[index].isJSONEscape else { return 0 }
                body.storeBytes(of: self[index], toByteOffset: index, as: UInt8.self)
            }
        }
        return count + 2
    }
}

extension SIMD16<UInt8> {
    /// Whether one of the sixteen bytes is ``Swift/UInt8/isJSONEscape``, in a few vector
    /// instructions.
    @inline(__always)
    var holdsJSONEscape: Bool {
        let lanes = jsonEscapeLanes
        return lanes[0] | lanes[1] != 0
    }

    /// The first of the sixteen bytes that is ``Swift/UInt8/isJSONEscape``, or `nil`.
    @inline(__always)
    var firstJSONEscape: Int? {
        let lanes = jsonEscapeLanes
        if lanes[0] != 0 { return lanes[0].trailingZeroBitCount / 8 }
        if lanes[1] != 0 { return 8 + lanes[1].trailingZeroBitCount / 8 }
        return nil
    }

    /// The bytes that need escaping as all ones, the rest zero, read as two words (the first
    /// byte lowest).
    ///
    /// Only lane-wise equality and `&` become single vector instructions here (an ordered
    /// comparison or `any(_:)` is compiled lane by lane), so a control character is a byte
    /// whose top three bits are clear.
    @inline(__always)
    private var jsonEscapeLanes: SIMD2<UInt64> {
        let control = (self & SIMD16(repeating: 0xE0)) .== SIMD16(repeating: 0)
        let quote = self .== SIMD16(repeating: UInt8(ascii: "\""))
        let backslash = self .== SIMD16(repeating: UInt8(ascii: "\\"))
        return unsafeBitCast(control .| quote .| backslash, to: SIMD2<UInt64>.self)
    }
}

extension UInt8 {
    /// A byte a JSON string must escape: a quote, a backslash or a control character.
    var isJSONEscape: Bool { self < 0x20 || self == UInt8(ascii: "\"") || self == UInt8(ascii: "\\") }
}

extension UInt64 {
    /// Whether one of the eight bytes of the word is ``Swift/UInt8/isJSONEscape``: exactly when
    /// one of the three classic tests (a byte below 0x20, a byte equal to `"`, a byte equal to
    /// `\`) sets a high bit.
    var holdsJSONEscape: Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = self ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = self ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let control = (self &- ones &* 0x20) & ~self
        let equal = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (control | equal) & highs != 0
    }
}
