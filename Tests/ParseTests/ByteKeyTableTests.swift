import FormModel
import Testing

/// ``ByteKeyTable`` hashes a key eight bytes at a time and is made with room for a file's cells
/// (the reader's cell memo): it must still find every key it holds, and no other, whatever
/// the keys' lengths and wherever two keys differ.
@Suite struct ByteKeyTableTests {
    /// Keys of every length up to 40 bytes, ASCII and Chinese, and for each a variant that
    /// differs in one byte only (at every place in turn, in the words and in the last bytes).
    static let keys: [[UInt8]] = {
        var keys: Set<[UInt8]> = []
        for length in 0...40 {
            let ascii = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            let chinese = Array(String(repeating: "指标值", count: length).utf8.prefix(length))
            for key in [ascii, chinese] {
                keys.insert(key)
                for place in key.indices {
                    var variant = key
                    variant[place] ^= 0x01
                    keys.insert(variant)
                }
            }
        }
        return keys.sorted { $0.lexicographicallyPrecedes($1) }
    }()

    @Test(arguments: [false, true])
    func findsEveryKeyItHolds(madeWithRoom: Bool) {
        var table = madeWithRoom ? ByteKeyTable<Int>(roomFor: 256, bytes: 4096) : ByteKeyTable<Int>()
        let held = Self.keys.enumerated().filter { $0.offset % 3 != 0 }
        for (value, key) in held {
            key.withUnsafeBufferPointer { table.insert($0, value) }
        }
        #expect(table.count == held.count)
        for (value, key) in Self.keys.enumerated() {
            let found = key.withUnsafeBufferPointer { table.value(for: $0) }
            #expect(found == (value % 3 != 0 ? value : nil), "\(key)")
        }
    }
}
