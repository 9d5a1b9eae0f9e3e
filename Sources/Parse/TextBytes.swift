/// The UTF-8 bytes of a text being read, with the text itself, so that a piece of the bytes
/// becomes a string by copying it out of the text.
///
/// `String(decoding:as:)` validates the bytes it is given again, which cost hundreds of
/// instructions a cell; a string copied from a substring of a string that is valid already is
/// not validated again.
struct TextBytes {
    /// The text whose bytes these are.
    let text: String
    /// The text's UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The most UTF-8 bytes a string holds without storage of its own (on 64-bit platforms).
    private static var smallStringCapacity: Int { 15 }

    /// The string of a piece of ``bytes`` that starts and ends on scalar boundaries.
    func string(of piece: UnsafeBufferPointer<UInt8>) -> String {
        guard let start = piece.baseAddress, !piece.isEmpty else { return "" }
        // A piece that fits in a small string (most cells: a label, a value) is made from its
        // bytes: validating a few bytes costs less than finding the indices of a substring.
        if piece.count <= Self.smallStringCapacity { return String(decoding: piece, as: UTF8.self) }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: bytes.baseAddress!.distance(to: start))
        return String(text[from..<utf8.index(from, offsetBy: piece.count)])
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// How many Unicode scalars the UTF-8 bytes hold: the bytes that are not continuation
    /// bytes (`10xxxxxx`). Counted eight bytes at a time, since a cell's column comes after
    /// every paragraph cell's scalars, and a loop over single bytes cost four instructions a byte.
    var scalarCount: Int {
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
