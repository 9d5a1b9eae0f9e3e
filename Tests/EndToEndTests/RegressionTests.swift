import FormPress
import Foundation
import Testing

/// One test per bug the fuzzer, the bad-input suite or the property tests found, so that none
/// comes back. Fuzz reproducers live in `Reproducers/` and are replayed through every writer.
@Suite("Regressions")
struct RegressionTests {
    static let reproducers: [URL] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reproducers")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }()

    /// Each fuzz reproducer: read in a few seconds, every output well-formed, and its `--to text`
    /// copy read back to the same model.
    @Test("Fuzz reproducers", arguments: reproducers)
    func fuzzReproducer(_ file: URL) throws {
        let bytes = try Array(Data(contentsOf: file))
        let start = Date()
        let failures = PropertyTests.failures(of: bytes, name: file.lastPathComponent, checkText: false)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(Date().timeIntervalSince(start) < 10, "\(file.lastPathComponent) took \(Date().timeIntervalSince(start)) s")
    }

    /// Found by the text-survival property (a title split over two lines, then a year line):
    /// prose before a form that starts without a title was dropped.
    @Test func proseBeforeAnUntitledFormIsKept() throws {
        let text = "## 项目支出绩效目\n标申报表\n\n（2025年度）\n\n项目名称\t测试项目\n"
        let document = try FormReader.read(Array(text.utf8), source: "split-title.txt")
        let blob = PropertySourceText.modelBlob(document)
        #expect(blob.contains("项目支出绩效目") && blob.contains("标申报表"), "\(document.forms.map(\.notes))")
    }

    /// Found with the above: a file of prose only kept none of it.
    @Test func proseOnlyFileKeepsItsText() throws {
        let document = try FormReader.read(Array("第一段说明文字\n第二段说明文字\n".utf8), source: "prose.txt")
        let blob = PropertySourceText.modelBlob(document)
        #expect(blob.contains("第一段说明文字") && blob.contains("第二段说明文字"))
    }

    /// Found by the `--to text` round-trip property: a noncharacter (U+FFFE) or C1 control in a
    /// cell with nothing else to clean stayed in the model, and was dropped only on reading back.
    @Test func controlsAreDroppedFromPlainCells() throws {
        let text = "部门名称\t东莞市\u{FFFE}南城\u{85}街道\n总体绩效目标\t完\u{FFFE}成改造\n"
        let document = try FormReader.read(Array(text.utf8), source: "controls.txt")
        let strings = document.forms.flatMap { $0.fields.map(\.value) + $0.goals.map(\.text) }
        #expect(strings.contains("东莞市南城街道"), "\(strings)")
        #expect(!strings.joined().unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0x85 })
        #expect(PropertyRoundTrip.difference(document) == nil)
    }

    /// Found by the bad-input suite (50 MB line): every prose line was searched once per title
    /// phrase. A long line is no title, and is read in time linear in its length.
    @Test func longProseLineIsNoTitle() throws {
        let line = String(repeating: "项目支出绩效目标申报表的说明文字。", count: 60_000)
        let start = Date()
        let document = try FormReader.read(Array((line + "\n").utf8), source: "long.txt")
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(document.forms.allSatisfy { $0.title.isEmpty })
        #expect(PropertySourceText.modelBlob(document).contains("项目支出绩效目标申报表的说明文字"))
    }

    /// Found by the bad-input suite: a closed standard input (`0<&-`) trapped in
    /// `FileHandle.readDataToEndOfFile`, and a closed standard output in `FileHandle.write`.
    @Test func closedStandardStreamsAreOneLineErrors() throws {
        let runner = try BadInputRunner()
        defer { runner.cleanUp() }
        let closedIn = try runner.run(["convert", "--to", "json"], limit: 20, shell: "exec \"$0\" \"$@\" 0<&-")
        #expect(closedIn.status == 2 && !closedIn.signalled && closedIn.stderr.contains("standard input"), "\(closedIn.stderr)")
        let seed = try runner.input("seed.txt", BadInputTests.seed)
        let closedOut = try runner.run(["convert", seed.path], limit: 20, shell: "exec \"$0\" \"$@\" 1>&-")
        #expect(closedOut.status == 2 && !closedOut.signalled && closedOut.stderr.contains("standard output"), "\(closedOut.stderr)")
        let closedErr = try runner.run(["convert", "--to", "json"], limit: 20, shell: "exec \"$0\" \"$@\" 0<&- 2>&-")
        #expect(closedErr.status == 2 && !closedErr.signalled)
    }
}

extension RegressionTests {
    /// Found by the text-survival property: an unclosed `<strong>` between two rows of an HTML
    /// table made libxml2 nest every later row inside it, and the reader, looking only at the
    /// table's own children, lost the rest of the table.
    @Test func htmlRowsAfterAnUnclosedTagBetweenRowsAreKept() throws {
        let html = "<table>\n<tr><td>部门名称</td><td>东莞市石龙镇</td></tr><strong>\n<tr><td>总体绩效目标</td><td>完成绿道维护</td></tr>\n</table>\n"
        let document = try FormReader.read(Array(html.utf8), source: "unclosed.txt")
        let blob = PropertySourceText.modelBlob(document)
        #expect(blob.contains("东莞市石龙镇") && blob.contains("完成绿道维护"), "\(blob)")
    }
}

extension RegressionTests {
    /// Found by the `--to text` round-trip property (`\text{` inserted after a `\`): one pass of
    /// the LaTeX resolver left `\leq` in the model, which the next reading turned into `≤`.
    @Test func latexIsResolvedToAFixedPoint() throws {
        let document = try FormReader.read(Array("部门名称\t$\\\\text{leq$ 1500万元\n".utf8), source: "latex.txt")
        let values = document.forms.flatMap { $0.fields.map(\.value) }
        #expect(values.allSatisfy { !$0.contains("\\") }, "\(values)")
        #expect(PropertyRoundTrip.difference(document) == nil)
    }
}
