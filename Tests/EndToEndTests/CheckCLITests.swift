import Foundation
import FormPress
import Testing

/// `formpress check` and `convert --to text` through the binary: what a reviewer sees.
@Suite struct CheckCLITests {
    private func seed(_ name: String) -> String { ExampleFiles.examples.appendingPathComponent(name).path }

    @Test func wangniudunFindingsCompilerStyle() throws {
        let path = seed("004_cebfb29710e73f43.txt")
        let run = try FormpressBinary.run(["check", path])
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(run.status == 0, "warnings alone do not fail check")
        let findings = lines.filter { !$0.contains(": note: ") && $0.hasPrefix(path) }
        #expect(findings == [
            "\(path):20:11: warning: the task amounts add up to 123.1万元, but \"金额合计\" is \"96.1\" (difference 27) [sum-mismatch]",
            "\(path):54:36: warning: \"刑罚执行与社区矫正衔接率\" is a rate, but its annual value is \"1\"; write it as a percentage such as \"100%\" [suspicious-rate]",
            "\(path):58:40: warning: \"社区矫正工作人员培训率(%)\" is a rate, but its annual value is \"1\"; write it as a percentage such as \"100%\" [suspicious-rate]",
        ])
        #expect(lines.last?.hasPrefix("0 error(s), 3 warning(s), ") == true)
        #expect(try FormpressBinary.run(["check", "--strict", path]).status == 1)
    }

    @Test func cleanSeedsPassStrict() throws {
        for name in ["000_4d982f054f2c05a6.txt", "001_c889fea231715124.txt"] {
            let run = try FormpressBinary.run(["check", "--strict", seed(name)])
            #expect(run.status == 0, "\(name): \(String(decoding: run.stdout, as: UTF8.self).suffix(200))")
        }
        let guangzhou = try FormpressBinary.run(["check", "--strict", seed("002_e824d98165fafc8b.txt")])
        #expect(guangzhou.status == 1, "002 prints no year line")
    }

    @Test func textOutputIsTheWriterOutputAndChecksTheSame() throws {
        let path = seed("004_cebfb29710e73f43.txt")
        let run = try FormpressBinary.run(["convert", "--to", "text", path])
        #expect(run.status == 0)
        let document = try FormReader.read([UInt8](Data(contentsOf: URL(fileURLWithPath: path))), source: "004_cebfb29710e73f43.txt")
        #expect(String(decoding: run.stdout, as: UTF8.self) == TextWriter.render(document))
        let recheck = try FormpressBinary.run(["check", "-"], stdin: run.stdout)
        let codes = String(decoding: recheck.stdout, as: UTF8.self).split(separator: "\n")
            .filter { $0.contains(": warning: ") || $0.contains(": error: ") }.compactMap { $0.split(separator: "[").last }
        #expect(codes == ["sum-mismatch]", "suspicious-rate]", "suspicious-rate]"])
    }
}
