import Foundation
import FormModel

extension String {
    /// Where `phrase` first occurs, as Foundation's `range(of:)` answers, found by UTF-8 bytes
    /// when both are plain text (``Swift/String/isPlainForSearch``): there every scalar is a
    /// character and no two spellings are equivalent, so the first byte match is the first
    /// match. Other text takes Foundation's canonical search, which costs thousands of
    /// instructions a call.
    func rangeOfPhrase(_ phrase: String) -> Range<String.Index>? {
        guard !phrase.isEmpty, isPlainForSearch, phrase.isPlainForSearch else { return range(of: phrase) }
        var text = self, word = phrase
        guard let offset = text.withUTF8({ bytes in word.withUTF8 { bytes.firstOffset(of: $0) } }) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: phrase.utf8.count)
    }
}
