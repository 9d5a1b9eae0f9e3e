import Foundation

/// A table keyed by short runs of UTF-8 bytes: the vocabulary's plain keys (``KeyTable``) and a
/// file's cells read before (the reader's cell memo) are looked up by the bytes of a cell,
/// with no `String` made and no SipHash run.
///
/// Most look-ups miss, so a miss must be cheap: a multiplicative hash over the bytes and a
/// probe or two of an open-addressed table kept at most a quarter full. The keys' bytes are
/// stored one after another in one array; the table only grows.
///
/// Where each key is (``ByteKeySpan``) is kept apart from the values, so that probing and
/// growing the table never touch a value: a cell memo's values are whole cells, and copying
/// one to read its key's place cost a retain and a release of each of its fields. Inlinable,
/// so that each module's use is specialised to its value type rather than run through generic
/// witnesses.
public struct ByteKeyTable<Value> {
    /// Every key's bytes, one after another.
    @usableFromInline var bytes: [UInt8] = []
    /// Where each key's bytes are, with its hash; in the order the keys were added.
    @usableFromInline var spans: [ByteKeySpan] = []
    /// Each key's value, at the key's place in ``spans``.
    @usableFromInline var values: [Value] = []
    /// For each slot, the key there plus one, or 0 when empty; a power of two long.
    @usableFromInline var slots = [Int32](repeating: 0, count: 16)

    /// An empty table.
    @inlinable public init() {}

    /// An empty table with room for `keys` keys of `bytes` bytes in all, so that filling it
    /// that far never grows its arrays: a cell memo fills a few hundred keys for every file.
    @inlinable
    public init(roomFor keys: Int, bytes: Int) {
        self.bytes.reserveCapacity(bytes)
        spans.reserveCapacity(keys)
        values.reserveCapacity(keys)
        // At most a quarter full (``insert(_:_:)``), a power of two long.
        var size = slots.count
        while size < 4 * keys { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// How many keys the table holds.
    @inlinable public var count: Int { spans.count }

    /// The value of the key with these bytes, or `nil` when the table does not hold it.
    @inlinable
    public func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        position(of: key, hash: key.byteHash).map { values[$0] }
    }

    /// Where the key with these bytes is in ``spans``, found comparing only the keys' hashes,
    /// lengths and bytes.
    @inlinable
    func position(of key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
        let mask = slots.count - 1
        var slot = hash & mask
        return bytes.withUnsafeBufferPointer { stored in
            spans.withUnsafeBufferPointer { spans in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let index = Int(slots[slot]) - 1
                        if index < 0 { return nil }
                        let span = spans[index]
                        if span.hash == hash, span.count == key.count,
                           key.count == 0 || memcmp(stored.baseAddress! + span.start, key.baseAddress!, key.count) == 0 {
                            return index
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Adds a key the table does not hold yet, with its value.
    @inlinable
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        spans.append(ByteKeySpan(start: bytes.count, count: key.count, hash: key.byteHash))
        values.append(value)
        bytes.append(contentsOf: key)
        if 4 * spans.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for index in spans.indices { place(index) }
        } else {
            place(spans.count - 1)
        }
    }

    /// Puts a key in the first empty slot from its hash.
    @inlinable
    mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = spans[index].hash & mask
        slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}

/// Where one key of a ``ByteKeyTable`` is among its bytes, and the key's hash (kept, so that
/// growing the table does not hash every key again, and a probe compares bytes only when the
/// hashes agree).
@usableFromInline
struct ByteKeySpan: Sendable {
    @usableFromInline let start: Int
    @usableFromInline let count: Int
    @usableFromInline let hash: Int

    @inlinable init(start: Int, count: Int, hash: Int) {
        self.start = start
        self.count = count
        self.hash = hash
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// FNV-1a over the bytes, folded to an `Int`: the hash of ``ByteKeyTable``, cheaper than
    /// SipHash on the few bytes of a label or a cell.
    @inlinable
    public var byteHash: Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in self { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
