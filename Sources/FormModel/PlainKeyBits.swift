import Foundation

/// The indexed lists' label keys as UTF-8 bytes, with each key's list bits: looked up by the
/// bytes of a cell's text, with no `String` made and no SipHash run.
///
/// Every cell of every row is looked up once, and most are no label at all, so a miss must be
/// cheap: a multiplicative hash over the bytes and one probe of an open-addressed table, a
/// quarter full. Only plain keys (``Swift/String/isPlainForSearch``) are held, and only plain
/// text may be looked up: plain text is its own normal form, so equal keys are equal bytes
/// (``KeyTable`` takes the same road for its plain keys).
struct PlainKeyBits: Sendable {
    /// Every key's bytes, one after another.
    private let bytes: [UInt8]
    /// Where each key's bytes are, and its list bits.
    private let entries: [(start: Int, count: Int, bits: UInt64)]
    /// For each slot, the entry there plus one, or 0 when empty; a power of two long.
    private let slots: [Int32]

    /// The table of the keys, or `nil` when a key is not plain (which only the `String` table
    /// can match, by canonical equivalence).
    init?(_ keys: [String: UInt64]) {
        guard keys.keys.allSatisfy(\.isPlainForSearch) else { return nil }
        var bytes: [UInt8] = [], entries: [(start: Int, count: Int, bits: UInt64)] = []
        for (key, bits) in keys.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            entries.append((bytes.count, key.utf8.count, bits))
            bytes += key.utf8
        }
        var size = 16
        while size < 4 * entries.count { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, entry) in entries.enumerated() {
            var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[entry.start..<entry.start + entry.count])) } & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.bytes = bytes
        self.entries = entries
        self.slots = slots
    }

    /// The bits of the plain key with these bytes; 0 when no indexed list holds it.
    func bits(ofPlainKey key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let index = Int(slots[slot])
                if index == 0 { return 0 }
                let entry = entries[index - 1]
                if entry.count == key.count, key.count == 0 || memcmp(stored.baseAddress! + entry.start, key.baseAddress!, key.count) == 0 {
                    return entry.bits
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { key.byteHash }
}

extension UnsafeBufferPointer<UInt8> {
    /// FNV-1a over the bytes, folded to an `Int`: the hash of the tables looked up by a few
    /// bytes of text (label keys, a file's cells read before), cheaper than SipHash on them.
    @inlinable
    public var byteHash: Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in self { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
