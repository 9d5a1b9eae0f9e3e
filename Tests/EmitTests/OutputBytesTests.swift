@testable import Emit
import Testing

/// Runs go into the output by length (single bytes, two halves, two words, a whole copy) and
/// indentation from a literal of sixteen spaces or by filling; these tests hold every length
/// to the plain bytes.
@Suite struct OutputBytesTests {
    @Test func runsOfEveryLengthAreCopiedWhole() {
        let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 1) }
        for length in 0...source.count {
            let out = OutputBytes(capacity: 16)
            out.append(UInt8(ascii: "<"))
            source[..<length].withUnsafeBufferPointer { out.append($0) }
            out.append(UInt8(ascii: ">"))
            #expect(out.array == [UInt8(ascii: "<")] + source[..<length] + [UInt8(ascii: ">")], "length \(length)")
        }
    }

    /// A full buffer is put aside for a new one, not copied: runs that cross several buffers,
    /// some longer than the next buffer would be, come out in order and whole.
    @Test func runsAcrossSeveralBuffersComeOutInOrder() {
        let out = OutputBytes(capacity: 16)
        var expected: [UInt8] = []
        for length in [3, 15, 1, 40, 7, 16, 200, 0, 9, 33] {
            let run = (0..<length).map { UInt8(truncatingIfNeeded: $0 &+ length) }
            run.withUnsafeBufferPointer { out.append($0) }
            out.append(decimal: length)
            expected += run + Array(String(length).utf8)
        }
        #expect(out.array == expected)
    }

    /// Whole numbers are spelled as `String(_:)` spells them, at every length and sign.
    @Test func numbersAreSpelledAsStringSpellsThem() {
        var values = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power]
        }
        for value in values {
            let out = OutputBytes(capacity: 16)
            out.append(decimal: value)
            #expect(out.array == Array(String(value).utf8), "\(value)")
        }
    }

    @Test func indentationOfEveryWidthIsThatManySpaces() {
        for width in 0...40 {
            let out = OutputBytes(capacity: 16)
            out.append(spaces: width)
            out.append(UInt8(ascii: "x"))
            #expect(out.array == Array(String(repeating: " ", count: width).utf8) + [UInt8(ascii: "x")], "width \(width)")
        }
    }

    /// A member's key, written in one run, is its separator, indentation, quoted key and colon.
    @Test func aKeyIsItsSeparatorIndentationQuotedKeyAndColon() {
        let separators: [StaticString] = ["", ", ", "\n", ",\n"]
        let keys: [StaticString] = ["a", "line", "level1", "periodValue", "indicatorLayout"]
        for separator in separators {
            for key in keys {
                for indent in 0...20 {
                    let bytes = JSONOutput.collect { $0.key(key, after: separator, indent: indent) }
                    let expected = "\(separator)\(String(repeating: " ", count: indent))\"\(key)\": "
                    #expect(bytes == Array(expected.utf8))
                }
            }
        }
    }
}
