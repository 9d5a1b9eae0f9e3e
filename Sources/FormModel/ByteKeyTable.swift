import Foundation

/// A table keyed by short runs of UTF-8 bytes: the vocabulary's plain keys (``KeyTable``) and a
/// file's cells read before (the reader's cell memo) are looked up by the bytes of a cell,
/// with no `String` made and no SipHash run.
///
/// Most look-ups miss, so a miss must be cheap: a multiplicative hash over the bytes and a
/// probe or two of an open-addressed table kept at most a quarter full. The keys' bytes are
/// stored one after another in one array; the table only grows. Inlinable, so that each
/// module's use is specialised to its value type rather than run through generic witnesses.
public struct ByteKeyTable<Value> {
    /// Every key's bytes, one after another.
    @usableFromInline var bytes: [UInt8] = []
    /// Where each key's bytes are, and its value.
    @usableFromInline var entries: [(start: Int, count: Int, value: Value)] = []
    /// For each slot, the entry there plus one, or 0 when empty; a power of two long.
    @usableFromInline var slots = [Int32](repeating: 0, count: 16)

    /// An empty table.
    @inlinable public init() {}

    /// How many keys the table holds.
    @inlinable public var count: Int { entries.count }

    /// The value of the key with these bytes, or `nil` when the table does not hold it.
    @inlinable
    public func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        position(of: key).map { entries[$0].value }
    }

    /// Where the key with these bytes is in ``entries``, found comparing only the entries'
    /// places and bytes (a value is copied once, when found).
    @usableFromInline @inlinable
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = key.byteHash & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let index = Int(slots[slot]) - 1
                if index < 0 { return nil }
                let start = entries[index].start
                if entries[index].count == key.count,
                   key.count == 0 || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return index
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds a key the table does not hold yet, with its value.
    @inlinable
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        entries.append((bytes.count, key.count, value))
        bytes.append(contentsOf: key)
        if 4 * entries.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for index in entries.indices { place(index) }
        } else {
            place(entries.count - 1)
        }
    }

    /// Puts an entry in the first empty slot from its key's hash.
    @usableFromInline
    mutating func place(_ index: Int) {
        let mask = slots.count - 1
        let start = entries[index].start, count = entries[index].count
        var slot = bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[start..<start + count]).byteHash } & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}

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
