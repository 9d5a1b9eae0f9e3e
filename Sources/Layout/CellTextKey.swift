/// A cell text as the key of one source line's repairs.
///
/// Keys compare as `String`s do, by canonical equivalence, which costs a normalisation of
/// every Chinese text hashed. When every text and quote of a line is plain
/// (``Swift/String/isPlainForSearch``: in normal form C, so equivalent means identical), the
/// line's keys compare and hash by their UTF-8 bytes instead. One line never mixes the two.
struct CellTextKey: Hashable {
    let text: String
    /// Whether this key, like every key of its line, compares by bytes.
    let byBytes: Bool

    init(_ text: String, byBytes: Bool) {
        self.text = text
        self.byBytes = byBytes
    }

    static func == (a: CellTextKey, b: CellTextKey) -> Bool {
        a.byBytes && b.byBytes ? a.text.hasSameUTF8(as: b.text) : a.text == b.text
    }

    func hash(into hasher: inout Hasher) {
        guard byBytes else { return hasher.combine(text) }
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
