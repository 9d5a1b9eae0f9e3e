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

