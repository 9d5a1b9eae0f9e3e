import FormModel
import Foundation

extension String {
    /// Whether the text contains a phrase, answered as Foundation's `contains(_:)` answers it
    /// but without its cost when both are plain text.
    ///
    /// Foundation compares canonically equivalent spellings (`é` and `e` + U+0301) as equal,
    /// which costs thousands of instructions a call; title detection asks it for every phrase of
    /// every short line. When neither string holds a scalar that could compose, decompose or
    /// join the one before it (``isPlainForSearch``), equivalence is identity, and the UTF-8
    /// bytes are searched directly.
    func containsPhrase(_ phrase: String) -> Bool {
        containsPhrase(phrase, isPlain: isPlainForSearch)
    }

    /// ``containsPhrase(_:)`` when the caller knows whether the text is plain (searching one
    /// text for many phrases).
    func containsPhrase(_ phrase: String, isPlain: Bool) -> Bool {
        guard !phrase.isEmpty, isPlain, phrase.isPlainForSearch else { return contains(phrase) }
        let haystack = utf8, needle = phrase.utf8
        guard needle.count <= haystack.count else { return false }
        return haystack.withContiguousStorageIfAvailable { text in
            needle.withContiguousStorageIfAvailable { word in Self.find(word, in: text) }
        }.flatMap { $0 } ?? contains(phrase)
    }

    private static func find(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = word[0], last = text.count - word.count
        var start = 0
        while start <= last {
            if text[start] == first {
                var i = 1
                while i < word.count, text[start + i] == word[i] { i += 1 }
                if i == word.count { return true }
            }
            start += 1
        }
        return false
    }
}
