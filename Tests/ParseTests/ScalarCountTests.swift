import FormModel
import Testing

/// The scalar count of UTF-8 bytes, taken eight bytes at a time, against the string's own
/// count of its scalars.
@Suite struct ScalarCountTests {
    /// Every piece of texts mixing one- to four-byte scalars, from every start to every end,
    /// so that each length and each alignment of the eight-byte words is counted.
    @Test func countsWhatTheStringCounts() {
        let texts = ["产出指标：≥95%，a b\t满意度😀é", String(repeating: "指标ab\u{3000}😀", count: 5), "", "a"]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let offsets = scalars.indices.reduce(into: [0]) { $0.append($0.last! + UTF8.width(scalars[$1])) }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                for start in offsets.indices {
                    for end in offsets.indices[start...] {
                        let piece = UnsafeBufferPointer(rebasing: bytes[offsets[start]..<offsets[end]])
                        #expect(piece.scalarCount == end - start)
                    }
                }
            }
        }
    }
}
