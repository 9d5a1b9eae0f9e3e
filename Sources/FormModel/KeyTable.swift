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
    private let plain: [PlainKey: Value]?

    /// The table of `entries`; where two keys are equal, `combine` merges their values.
    init(_ entries: [(String, Value)], combine: (Value, Value) -> Value) {
        let all = Dictionary(entries, uniquingKeysWith: combine)
        self.all = all
        plain = all.keys.allSatisfy(\.isPlainForSearch)
            ? Dictionary(uniqueKeysWithValues: all.map { (PlainKey(text: $0.key), $0.value) }) : nil
    }

    subscript(key: String) -> Value? {
        if let plain, key.isPlainForSearch { return plain[PlainKey(text: key)] }
        return all[key]
    }

    /// Every key.
    var keys: Dictionary<String, Value>.Keys { all.keys }
}

/// A plain-text key, hashed and compared by its UTF-8 bytes.
private struct PlainKey: Hashable, Sendable {
    let text: String

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: PlainKey, b: PlainKey) -> Bool { a.text.hasSameUTF8(as: b.text) }
}

extension KeyTable: Sendable where Value: Sendable {}
