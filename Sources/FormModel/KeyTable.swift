/// A table of the vocabulary's keys (label keys, category keys), looked up by UTF-8 bytes when
/// every key and the key asked about are plain text.
///
/// A `String` key hashes and compares by canonical equivalence, which normalises every scalar
/// of a Chinese label: that made the look-ups of the readers, made for every cell, cost more
/// than working out the keys. Plain text (``Swift/String/isPlainForSearch``) is its own normal
/// form, so two plain keys are equal exactly when their bytes are. A key that is not plain,
/// or a table holding one, is looked up as a `String`.
struct KeyTable<Value> {
    private let all: [String: Value]
    /// The same keys by their bytes, when every key is plain; `nil` otherwise (a key that is
    /// not plain can only be matched by canonical equivalence). A reader holding the bytes of
    /// plain text looks them up here without making a `String`.
    let plain: ByteKeyTable<Value>?

    /// The table of `entries`; where two keys are equal, `combine` merges their values.
    init(_ entries: [(String, Value)], combine: (Value, Value) -> Value) {
        let all = Dictionary(entries, uniquingKeysWith: combine)
        self.all = all
        guard all.keys.allSatisfy(\.isPlainForSearch) else {
            plain = nil
            return
        }
        var plain = ByteKeyTable<Value>()
        for (key, value) in all {
            var key = key
            key.withUTF8 { plain.insert($0, value) }
        }
        self.plain = plain
    }

    subscript(key: String) -> Value? {
        guard let plain, key.isPlainForSearch else { return all[key] }
        var key = key
        return key.withUTF8 { plain.value(for: $0) }
    }

    /// Every key.
    var keys: Dictionary<String, Value>.Keys { all.keys }
}

extension KeyTable: Sendable where Value: Sendable {}
