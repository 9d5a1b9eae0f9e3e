/// A fixed list of phrases that many short texts are searched for (the title phrases of every
/// prose line, the rate words of every indicator name, the comparison words of every unit),
/// with each phrase's UTF-8 bytes and plainness worked out once.
///
/// `containsPhrase(_:isPlain:)` answers one phrase at a time and tests the phrase's plainness
/// on every call, so a list asked about for every line pays that for every phrase of it. When
/// the text and every phrase are plain (``Swift/String/isPlainForSearch``), canonical
/// equivalence is identity and every scalar is a character of its own, so a byte match is the
/// answer `containsPhrase` gives; otherwise each phrase is asked about exactly as before.
public struct PhraseList: Sendable {
    /// The phrases, as given.
    public let phrases: [String]
    /// The UTF-8 bytes of each phrase.
    private let bytes: [[UInt8]]
    /// Whether every phrase is plain and not empty, so that the byte search may answer.
    private let isPlain: Bool
    /// The bytes of a scalar every phrase holds (the last such of the first phrase: `表` for
    /// the title phrases), if any: a text without it holds none of the phrases, and one search
    /// for it answers most texts instead of one search a phrase.
    private let shared: [UInt8]?

    public init(_ phrases: [String]) {
        self.phrases = phrases
        bytes = phrases.map { Array($0.utf8) }
        isPlain = phrases.allSatisfy { !$0.isEmpty && $0.isPlainForSearch }
        shared = isPlain ? phrases.first?.unicodeScalars.reversed().lazy.map { Array(String($0).utf8) }.first { scalar in
            phrases.allSatisfy { $0.utf8.withContiguousStorageIfAvailable { $0.holds(scalar) } == true }
        } : nil
    }

    /// Whether the text contains one of the phrases.
    public func anyOccurs(in text: String) -> Bool { anyOccurs(in: text, isPlain: text.isPlainForSearch) }

    /// ``anyOccurs(in:)`` when the caller knows whether the text is plain.
    public func anyOccurs(in text: String, isPlain textIsPlain: Bool) -> Bool {
        guard isPlain, textIsPlain else { return phrases.contains { text.containsPhrase($0, isPlain: textIsPlain) } }
        var text = text
        return text.withUTF8 { haystack in
            if let shared, !haystack.holds(shared) { return false }
            return bytes.contains { haystack.holds($0) }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes of `word` occur here (``firstOffset(of:from:)`` for a word kept as an array).
    public func holds(_ word: [UInt8]) -> Bool { word.withUnsafeBufferPointer { firstOffset(of: $0) != nil } }
}
