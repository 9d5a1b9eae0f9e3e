/// The bytes of an output file as a writer makes them, appended at the end of a buffer, and
/// when that is full, of a new buffer twice its size.
///
/// A JSON file is mostly punctuation, keys and indentation: a few bytes at a time. Appending
/// them to an `[UInt8]` checks the array's uniqueness and capacity on every byte; here a byte
/// is a store and a count, and the capacity is checked once for each run. A full buffer is
/// kept as it is rather than copied into a larger one: the bytes are copied once, into the
/// array ``array`` makes of them all.
final class OutputBytes {
    /// The buffer being written.
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes of the buffer being written have been written.
    private var count = 0
    /// The buffers filled before it, in order, each as far as it was written.
    private var filled: [UnsafeMutableBufferPointer<UInt8>] = []
    /// How many bytes the filled buffers hold.
    private var filledCount = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        for buffer in filled { buffer.deallocate() }
        start.deallocate()
    }

    /// Makes room for `more` bytes after the written ones.
    @inline(__always)
    private func reserve(_ more: Int) {
        if count + more > capacity { grow(toHold: more) }
    }

    /// Puts the buffer being written aside and starts one twice as large (or large enough
    /// for `more` bytes, if that is more).
    private func grow(toHold more: Int) {
        filled.append(UnsafeMutableBufferPointer(start: start, count: count))
        filledCount += count
        capacity = Swift.max(capacity * 2, more)
        start = .allocate(capacity: capacity)
        count = 0
    }

    /// One byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// A run of bytes, copied whole.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        append(source, count: bytes.count)
    }

    /// A literal of the program: a `StaticString` is its UTF-8 already.
    @inline(__always)
    func append(_ literal: StaticString) {
        append(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// `length` bytes from `source`.
    @inline(__always)
    private func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        append(reserving: length) { $0.put(source, count: length) }
    }

    /// Lets `write` put up to `maximum` bytes, a few short runs, straight after the written
    /// ones through a cursor: the room is made, and the count moved, once for all of them.
    @inline(__always)
    func append(reserving maximum: Int, _ write: (inout OutputCursor) -> Void) {
        reserve(maximum)
        var cursor = OutputCursor(at: start + count)
        write(&cursor)
        count = cursor.position - start
    }

    /// Lets `write` put up to `maximum` bytes straight after the written ones; it returns how
    /// many it put, which this returns too.
    @inline(__always)
    func write(atMost maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) -> Int {
        reserve(maximum)
        let written = write(start + count)
        count += written
        return written
    }

    /// `count` spaces (indentation).
    func append(spaces: Int) {
        guard spaces > 0 else { return }
        append(reserving: spaces) { $0.put(spaces: spaces) }
    }

    /// A whole number in decimal, as `String(value)` spells it, without making the string.
    ///
    /// Its length is found by comparing it with powers of ten (a line number: a few
    /// comparisons), not by dividing it down, and the digits are then written from the last.
    func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits = value.magnitude
        var length = 1
        var power: UInt = 10
        // `UInt` holds 10^19, and no magnitude of an `Int` has more than 19 digits.
        while length < 19, digits >= power {
            power &*= 10
            length += 1
        }
        reserve(length)
        var index = count + length
        repeat {
            index -= 1
            start[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digits % 10)
            digits /= 10
        } while digits > 0
        count += length
    }

    /// The bytes written so far, as an array.
    var array: [UInt8] {
        Array(unsafeUninitializedCapacity: filledCount + count) { array, initialized in
            guard var next = array.baseAddress else { return }
            for buffer in filled {
                next.update(from: buffer.baseAddress!, count: buffer.count)
                next += buffer.count
            }
            next.update(from: start, count: count)
            initialized = filledCount + count
        }
    }
}
