import Foundation
@testable import Parse
import FormModel
import Testing

/// Decoding: every encoding FormPress reads, every line-end style, and the error for bytes that
/// are no text, which names the first bad byte.
@Suite struct SourceTextTests {
    /// A line of a form with an ideograph outside the BMP (four bytes in GB18030, a surrogate
    /// pair in UTF-16) and one from CJK Extension A (four bytes in GB18030 too).
    static let sample = "项目负责人\t陈䶮\n罕见字\t𠀀\n预算执行率\t≥95%\n"

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    private func gb18030(_ text: String) throws -> [UInt8] {
        let encoding = String.Encoding(rawValue: 0x8000_0632)
        return try [UInt8](#require(text.data(using: encoding)))
    }

    /// The error decoding fails with, or `nil` when the bytes decode.
    private func failure(_ bytes: [UInt8]) -> ReadError? {
        do {
            _ = try SourceText.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try SourceText.decode(Array(Self.sample.utf8))
        #expect(plain.encoding == .utf8 && plain.text == Self.sample)
        let marked = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
        #expect(marked.encoding == .utf8WithBOM && marked.text == Self.sample)
    }

    @Test func gb18030IncludingFourByteSequences() throws {
        let bytes = try gb18030(Self.sample)
        // 𠀀 (U+20000) takes four bytes in GB18030: 95 32 82 36.
        #expect(bytes.indices.contains { bytes[$0...].starts(with: [0x95, 0x32, 0x82, 0x36]) })
        let decoded = try SourceText.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == Self.sample)
    }

    @Test func utf16BothByteOrdersWithBOM() throws {
        let little = try SourceText.decode([0xFF, 0xFE] + utf16(Self.sample, bigEndian: false))
        #expect(little.encoding == .utf16LittleEndian && little.text == Self.sample)
        let big = try SourceText.decode([0xFE, 0xFF] + utf16(Self.sample, bigEndian: true))
        #expect(big.encoding == .utf16BigEndian && big.text == Self.sample)
    }

    @Test func utf16WithoutBOMIsRecognisedByItsZeroBytes() throws {
        let text = "项目名称\t沙田镇渔港码头维护\r\n2026年预算金额\t380000\r\n"
        #expect(try SourceText.decode(utf16(text, bigEndian: false)).encoding == .utf16LittleEndian)
        #expect(try SourceText.decode(utf16(text, bigEndian: true)).text == text)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndSplitsTheSameLines(end: String) {
        let text = ["# 标题", "", "项目名称\t东莞市", "(2025年)"].joined(separator: end) + end
        let lines = SourceLines.split(text)
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map { String($0.text) } == ["# 标题", "", "项目名称\t东莞市", "(2025年)"])
    }

    @Test func brokenUTF8IsAnErrorAtItsFirstBadByteNotMojibake() throws {
        // A long UTF-8 file with one byte lost in the middle: nearly all of it is UTF-8, so it is
        // not read as GB18030 even where the bytes happen to decode as GB18030.
        let original = Array(String(repeating: "绩效指标\t产出指标\t数量指标\t培训人次\t≥300人次\n", count: 20).utf8)
        let damaged = try #require((200...).first { original[$0] >= 0x80 })
        var bytes = original
        bytes.remove(at: damaged)
        // The sequence that lost a byte is the one whose lead is at or before it.
        let lead = try #require((0...damaged).last { original[$0] & 0xC0 != 0x80 })
        #expect(failure(bytes) == .undecodable(offset: lead))
        #expect(ReadError.undecodable(offset: lead).description.contains("offset \(lead)"))
    }

    @Test func brokenGB18030NamesItsFirstBadByte() throws {
        var bytes = try gb18030(String(repeating: "绩效指标\t产出指标\t培训人次\t≥300人次\n", count: 10))
        let at = 101
        #expect(bytes[at - 1] < 0x80 || bytes[at] >= 0x81)
        let lead = bytes[at] >= 0x81 ? at : at + 1
        bytes[lead + 1] = 0xFF
        #expect(failure(bytes) == .undecodable(offset: lead))
    }

    @Test func utf16WithALoneSurrogateOrAnOddByteIsUndecodable() {
        var lone = [0xFF, 0xFE] + utf16("项目名称", bigEndian: false)
        lone += [0x00, 0xD8] + utf16("东莞", bigEndian: false)
        #expect(failure(lone) == .undecodable(offset: 10))
        let odd: [UInt8] = [0xFE, 0xFF] + utf16("项目", bigEndian: true) + [0x4E]
        #expect(failure(odd) == .undecodable(offset: 6))
    }

    @Test func validGB18030ThatIsNoChineseTextIsUndecodable() {
        // A7 A1 … is valid GB18030, but it decodes to Cyrillic: some other encoding read wrongly.
        let bytes: [UInt8] = Array("ab".utf8) + [0xA7, 0xA1, 0xA7, 0xA2, 0xA7, 0xA3, 0xA7, 0xA4] + [0x0A]
        #expect(GB18030.firstInvalidByte(bytes) == nil)
        #expect(failure(bytes) == .undecodable(offset: 2))
        // The same structure with Chinese characters is accepted.
        #expect((try? SourceText.decode(Array("ab".utf8) + [0xD6, 0xD0, 0xCE, 0xC4, 0x0A]))?.text == "ab中文\n")
    }

    @Test func emptyAndBinaryFilesAreErrorsOfTheirOwn() {
        #expect(throws: ReadError.empty) { try FormReader.read(Array(" \n\r\n".utf8), source: "x") }
        #expect(throws: ReadError.binary(format: "PDF")) { try FormReader.read(Array("%PDF-1.7\n".utf8), source: "x") }
    }
}
