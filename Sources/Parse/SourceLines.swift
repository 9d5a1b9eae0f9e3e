/// Splits decoded text into numbered lines, whatever the line ends (LF, CRLF or CR).
enum SourceLines {
    static func split(_ text: String) -> [(number: Int, text: Substring)] {
        var bytes = text
        let ranges = bytes.withUTF8(ranges)
        let utf8 = text.utf8
        return ranges.enumerated().map { number, range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return (number + 1, text[start..<utf8.index(start, offsetBy: range.count)])
        }
    }

    /// Where each line's bytes are (line ends left out), in order: line `n` is at `n - 1`.
    ///
    /// Line ends are the ASCII bytes CR and LF, which never occur inside another scalar's
    /// encoding: the lines are found on the UTF-8 bytes and cut out by byte offsets.
    static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, i = 0
        if bytes.firstOffset(of: UInt8(ascii: "\r")) == nil {
            // Nearly every file ends its lines with LF alone: found by `memchr`.
            while let end = bytes.firstOffset(of: UInt8(ascii: "\n"), from: start) {
                ranges.append(start..<end)
                start = end + 1
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
            return ranges
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                ranges.append(start..<i)
                i += byte == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") ? 2 : 1
                start = i
                continue
            }
            i += 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }
}
