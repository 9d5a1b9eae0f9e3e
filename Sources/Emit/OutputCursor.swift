/// A place in an ``OutputBytes`` buffer where room has already been made, written forward a
/// run at a time (``OutputBytes/append(reserving:_:)``).
///
/// Writing through the buffer's own `count` makes every run reload and store it (a byte store
/// may alias it); a cursor keeps the position in a register across the runs of one member
/// (separator, indentation, quoted key).
struct OutputCursor {
    /// Where the next byte goes.
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(at position: UnsafeMutablePointer<UInt8>) {
        self.position = position
    }

    /// A literal of the program: a `StaticString` is its UTF-8 already.
    @inline(__always)
    mutating func put(_ literal: StaticString) {
        put(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// `length` bytes from `source`.
    ///
    /// Most runs are a key, a separator or a short value; `memmove` costs several times
    /// their copy, so runs of up to 16 bytes are moved as two overlapping words (or
    /// halves, or single bytes), the way `memmove` itself starts.
    @inline(__always)
    mutating func put(_ source: UnsafePointer<UInt8>, count length: Int) {
        let target = UnsafeMutableRawPointer(position)
        let from = UnsafeRawPointer(source)
        switch length {
        case 8...16:
            target.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (target + length - 8).storeBytes(of: (from + length - 8).loadUnaligned(as: UInt64.self), as: UInt64.self)
        case 4..<8:
            target.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            (target + length - 4).storeBytes(of: (from + length - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
        case 1..<4:
            target.storeBytes(of: source[0], as: UInt8.self)
            (target + length / 2).storeBytes(of: source[length / 2], as: UInt8.self)
            (target + length - 1).storeBytes(of: source[length - 1], as: UInt8.self)
        case 0: return
        default:
            target.copyMemory(from: from, byteCount: length)
        }
        position += length
    }

    /// `count` spaces (indentation): up to sixteen (every level a form's JSON reaches) copied
    /// like a literal, more filled in.
    @inline(__always)
    mutating func put(spaces count: Int) {
        let sixteen: StaticString = "                "
        guard count > sixteen.utf8CodeUnitCount else { return put(sixteen.utf8Start, count: count) }
        position.update(repeating: UInt8(ascii: " "), count: count)
        position += count
    }
}
