/// Markdown's bold (`**绩效指标**`), which OCR tools that write markdown put around
/// titles and labels, written as `<b>` so that the cleaner treats it like HTML bold: the text
/// stays, the marks go, and the run is bold where the model keeps emphasis.
///
/// Only a closed pair around some text is emphasis; a lone `*` (a blank placeholder in a cell)
/// or `**` with nothing between stays as it is. `__` is left alone: forms print runs of
/// underscores as blanks to fill in.
enum MarkdownEmphasis {
    /// Whether the UTF-8 bytes hold two adjacent `*`, without which no text is emphasis.
    /// Searched by `memchr` for each `*`: asked of every line without a tab (prose, and long
    /// goal paragraphs), where a loop over every byte cost several instructions a byte.
    static func mayHoldEmphasis(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let star = UInt8(ascii: "*")
        var from = 0
        while let i = bytes.firstOffset(of: star, from: from), i + 1 < bytes.count {
            if bytes[i + 1] == star { return true }
            from = i + 2
        }
        return false
    }

    static func markup(_ text: Substring) -> Substring {
        // A byte test first, since most text has no emphasis at all.
        var bytes = text
        guard bytes.withUTF8(mayHoldEmphasis) else { return text }
        var out = ""
        var rest = text
        while let open = rest.firstRange(of: "**") {
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "**"), close.lowerBound > after.startIndex else {
                out += rest[..<open.upperBound]
                rest = after
                continue
            }
            out += rest[..<open.lowerBound]
            out += "<b>" + after[..<close.lowerBound] + "</b>"
            rest = after[close.upperBound...]
        }
        return Substring(out + rest)
    }
}
