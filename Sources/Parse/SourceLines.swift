/// Splits decoded text into numbered lines, whatever the line ends (LF, CRLF or CR).
enum SourceLines {
    static func split(_ text: String) -> [(number: Int, text: Substring)] {
        // Line ends are the ASCII bytes CR and LF, which never occur inside another scalar's
        // encoding: the lines are found on the UTF-8 bytes and cut out by byte offsets.
        var text = text
        let ranges: [Range<Int>] = text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = 0, i = 0
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
        let utf8 = text.utf8
        return ranges.enumerated().map { number, range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return (number + 1, text[start..<utf8.index(start, offsetBy: range.count)])
        }
    }
}
