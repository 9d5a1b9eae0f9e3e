import Foundation
import Testing

/// The bad-input suite: every case ends with a clear one-line error and exit 2, or a correct
/// output, within a time linear in its size, and never leaves a partial output file behind.
///
/// Each case runs the built `formpress` binary with `-o FILE` where FILE already holds an old
/// output: a refusal must leave it untouched, a success must replace it with a valid output,
/// and neither may leave a temporary file in the folder.
@Suite("Bad input", .serialized)
struct BadInputTests {
    static let oldOutput = Array("OLD OUTPUT, must survive a failed run\n".utf8)

    /// Runs one input through every format this build writes and checks each outcome.
    /// Returns the outcomes by format, for checks of their own.
    @discardableResult
    static func check(_ name: String, _ bytes: [UInt8], formats: [ConvertFormat] = ConvertFormat.available,
                      limit: Double = 20, sourceLocation: SourceLocation = #_sourceLocation,
                      valid: (ConvertFormat, Data) -> String? = { $0.problem($1) }) throws -> [ConvertFormat: BadInputRunner.Outcome] {
        let runner = try BadInputRunner()
        defer { runner.cleanUp() }
        let input = try runner.input("input.txt", bytes)
        var outcomes: [ConvertFormat: BadInputRunner.Outcome] = [:]
        for format in formats {
            let output = runner.folder.appendingPathComponent("out.\(format.fileExtension)")
            try Data(oldOutput).write(to: output)
            let outcome = try runner.run(["convert", input.path, "--to", format.rawValue, "-o", output.path], limit: limit)
            let refused = BadInputRunner.expectCleanOutcome(outcome, output: output, case: "\(name) --to \(format)", limit: limit,
                                                           sourceLocation: sourceLocation) { valid(format, $0) }
            let after = FileManager.default.contents(atPath: output.path).map(Array.init)
            if refused {
                #expect(after == oldOutput, "\(name) --to \(format): a failed run changed the old output", sourceLocation: sourceLocation)
            }
            #expect(try runner.leftovers(besides: ["input.txt", output.lastPathComponent]) == [],
                    "\(name) --to \(format): left files behind", sourceLocation: sourceLocation)
            try? FileManager.default.removeItem(at: output)
            outcomes[format] = outcome
        }
        return outcomes
    }

    /// Big inputs are read once per format; JSON (the model) and XHTML (the riskiest writer)
    /// keep the suite within a few minutes. Small inputs go through every format.
    static let bigFormats = ConvertFormat.available.filter { $0 == .json || $0 == .xhtml }

    static var seed: [UInt8] { Array(FileManager.default.contents(atPath: ExampleFiles.seeds[0].path) ?? Data()) }

    // MARK: - Not text at all

    @Test func emptyAndWhiteSpaceOnlyFilesAreRefused() throws {
        for (name, bytes) in [("empty", [UInt8]()), ("white space", Array(" \n\t\r\n\u{3000}\u{A0}\n  ".utf8)),
                              ("BOM only", [0xEF, 0xBB, 0xBF]), ("NUL only", [UInt8](repeating: 0, count: 64))] {
            let outcomes = try Self.check(name, bytes)
            for (format, outcome) in outcomes {
                #expect(outcome.status == 2, "\(name) --to \(format): exit \(outcome.status), expected a refusal")
            }
        }
    }

    @Test func binaryFilesAreRefusedByName() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE]
        let pdf = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8) + [0x00, 0xFF, 0x10]
        for (name, bytes, word) in [("PNG", png, "PNG"), ("PDF", pdf, "PDF")] {
            let outcomes = try Self.check(name, bytes)
            for (format, outcome) in outcomes {
                #expect(outcome.status == 2 && outcome.stderr.contains(word), "\(name) --to \(format): \(outcome.stderr)")
            }
        }
        // Random bytes: no signature, mostly invalid in every encoding.
        var generator = SeededGenerator(seed: 6)
        try Self.check("random bytes", (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }, limit: 60)
    }

    // MARK: - Damaged text

    @Test func invalidUTF8InTheMiddleAndNULBytes() throws {
        let seed = Self.seed
        let middle = seed.count / 2
        try Self.check("invalid UTF-8 in the middle", Array(seed[..<middle]) + [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80] + Array(seed[middle...]))
        try Self.check("truncated UTF-8 at the end", seed + [0xE6, 0xB5])
        var withNULs = seed
        for offset in stride(from: withNULs.count - 1, to: 0, by: -997) where withNULs[offset] < 0x80 { withNULs.insert(0, at: offset) }
        try Self.check("NUL bytes", withNULs)
        let utf16 = Array(String(decoding: seed, as: UTF8.self).utf16)
        try Self.check("UTF-16LE with BOM", [0xFF, 0xFE] + utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try Self.check("UTF-16 lone surrogates", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00])
        try Self.check("UTF-16 odd length", [0xFE, 0xFF, 0x4E, 0x2D, 0x65])
        try Self.check("CR-only line ends", seed.map { $0 == 0x0A ? 0x0D : $0 })
        try Self.check("controls and noncharacters", Array("部门名称\t\u{1}\u{8}\u{B}\u{C}\u{1B}\u{7F}\u{85}\u{FFFE}\u{FFFF}\u{FEFF}单位\u{2028}\u{2029}\n".utf8))
    }

    // MARK: - Huge and deep

    /// A 50 MB line of prose with markup, against the same line at 5 MB: a reader linear in its
    /// input takes about 10× as long; a quadratic one 100×.
    @Test func fiftyMegabyteSingleLineInLinearTime() throws {
        let unit = Array("测试文本abc 12% <b>粗体</b> &ge; $\\geq$ 95\\% {x} ".utf8)
        func line(_ megabytes: Int) -> [UInt8] {
            Array([[UInt8]](repeating: unit, count: megabytes * 1_000_000 / unit.count).joined())
        }
        let small = try Self.check("5 MB line", line(5), formats: [.json], limit: 120)[.json]!
        let big = try Self.check("50 MB line", line(50), formats: [.json], limit: 300)[.json]!
        #expect(big.seconds < max(30 * small.seconds, 20), "50 MB took \(big.seconds) s, 5 MB \(small.seconds) s: not linear")
        print("bad input: 5 MB line \(small.seconds) s, 50 MB line \(big.seconds) s")
    }

    /// Inputs that grew quadratically once: a line of a million entities (each decoded entity
    /// copied the cell's text so far) and an HTML table over 100,000 lines (each line copied
    /// the table's text so far). Ten times the input must take about ten times as long.
    @Test(arguments: ["entities on one line", "HTML table over many lines", "markdown table over many lines",
                      "goal continued over many rows", "comparison spellings in one cell",
                      "repairs on a one-line HTML table", "one repair repeated on one line"])
    func longInputsInLinearTime(_ name: String) throws {
        let heading = "南城街道部门整体预算绩效目标申报表\n(2026年)\n部门名称\t东莞市南城街道办公室\n"
        let indicatorHeader = "一级指标\t二级指标\t三级指标\t实施周期指标值\t年度指标值\n"
        let htmlHeader = "<tr><td>绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>实施周期指标值</td><td>年度指标值</td></tr>"
        // Found by hand-made hostile inputs; each took quadratic time (or worse) once.
        func text(_ n: Int) -> String {
            switch name {
            case "entities on one line":
                return String(repeating: "&amp;&ge;", count: 10 * n)
            case "HTML table over many lines":
                return "<table>\n" + (0..<n).map { "<tr><td>数量指标</td><td>\($0)</td></tr>\n" }.joined() + "</table>\n"
            case "markdown table over many lines":
                return "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n"
                    + (0..<n).map { "| 产出指标 | 数量指标 | 人数\($0) | ≥\($0)人 |\n" }.joined()
            case "goal continued over many rows":
                // Each row's paragraph was appended by copying the goal so far.
                return heading + "总体绩效目标\t第一行\n" + (0..<n).map { "\t续\($0)\n" }.joined()
            case "comparison spellings in one cell":
                // Each spelling was searched for again from the start of the rest of the cell.
                return heading + indicatorHeader + "产出指标\t数量指标\t次数\t" + String(repeating: "＞＝1 >=2 ", count: n) + "\t≥2\n"
            case "repairs on a one-line HTML table":
                // Every repair on the line was matched against every cell, and listed on each.
                return heading + "<table>" + htmlHeader
                    + (0..<n / 10).map { "<tr><td>产出指标\($0)</td><td>数量 指标\($0)</td><td>检 测\($0)</td><td>≥1</td><td>≥2</td></tr>" }.joined()
                    + "</table>\n"
            default:
                // The same repair reported once a row, all rows on one line.
                return heading + "<table>" + htmlHeader
                    + String(repeating: "<tr><td>产出指标</td><td>数量指标</td><td>检测</td><td>≥1</td><td>≥2</td></tr>", count: n / 10)
                    + "</table>\n"
            }
        }
        let format: ConvertFormat = name.contains("repair") ? .xhtml : .json
        let small = try Self.check("\(name), 10,000", Array(text(10_000).utf8), formats: [format], limit: 120)[format]!
        let big = try Self.check("\(name), 100,000", Array(text(100_000).utf8), formats: [format], limit: 300)[format]!
        #expect(big.seconds < max(30 * small.seconds, 20), "\(name): 10× the input took \(big.seconds) s against \(small.seconds) s: not linear")
    }

    @Test func rowOfOneHundredThousandCells() throws {
        let values = (0..<100_000).map { "值\($0)" }.joined(separator: "\t")
        try Self.check("100,000 cells", Array("部门名称\t\(values)\n".utf8), formats: Self.bigFormats, limit: 60)
        // Every other cell a label the vocabulary knows: each is matched against the vocabulary.
        let labelled = Array(repeating: "财政供养人员数\t28", count: 50_000).joined(separator: "\t")
        try Self.check("100,000 label cells", Array("基本信息\t\(labelled)\n".utf8), formats: [.json], limit: 60)
        try Self.check("100,000 empty cells", Array(("总体绩效目标" + String(repeating: "\t", count: 100_000) + "文本\n").utf8), formats: [.json], limit: 60)
        let indicators = "一级指标\t二级指标\t三级指标\t指标值\n" + "产出指标\t数量指标\t" + Array(repeating: "人数\t≥10人", count: 50_000).joined(separator: "\t") + "\n"
        try Self.check("100,000 indicator cells", Array(indicators.utf8), formats: Self.bigFormats, limit: 60)
    }

    @Test func tenThousandForms() throws {
        let form = """
            南城街道部门整体预算绩效目标申报表
            (2026年)
            部门名称\t东莞市南城街道办公室
            总体绩效目标\t做好工作
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t服务人数\t≥100人

            """
        let outcomes = try Self.check("10,000 forms", Array(String(repeating: form, count: 10_000).utf8), formats: Self.bigFormats, limit: 120) { format, bytes in
            if let problem = format.problem(bytes) { return problem }
            guard format == .json else { return nil }
            let forms = (try? JSONSerialization.jsonObject(with: bytes) as? [String: Any])?["forms"] as? [Any]
            return forms?.count == 10_000 ? nil : "read \(forms?.count ?? -1) forms, not 10,000"
        }
        #expect(outcomes[.json]?.status == 0)
    }

    @Test func htmlNestedOneHundredThousandDeepAndUnclosedTags() throws {
        let depth = 100_000
        let cases: [(String, String)] = [
            ("div nested 100,000 deep", String(repeating: "<div>", count: depth) + "部门名称" + String(repeating: "</div>", count: depth)),
            ("table cells nested 100,000 deep", "<table>" + String(repeating: "<tr><td><table>", count: depth) + "部门名称"),
            ("bold nested 100,000 deep", String(repeating: "<b>", count: depth) + "文本" + String(repeating: "</b>", count: depth)),
            ("100,000 open angle brackets", String(repeating: "<", count: depth) + "文本"),
            ("100,000 unterminated tags", String(repeating: "<p class=\"x", count: depth)),
            ("100,000 unterminated entities", String(repeating: "&#x", count: depth)),
            ("unclosed table tags", "<table><tr><td>部门名称<td>东莞市南城街道<tr><td>总体绩效目标<td><p>做好<b>工作\n<table><tr><th>一级指标<th>二级指标"),
            ("script and handlers", "<table><tr><td>部门名称</td><td><script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">单位</a></td></tr></table>\n"),
        ]
        for (name, text) in cases {
            try Self.check(name, Array(text.utf8), formats: Self.bigFormats, limit: 60)
        }
    }

    // MARK: - Paths

    @Test func inputPathsThatCannotBeRead() throws {
        let runner = try BadInputRunner()
        defer { runner.cleanUp() }
        let folder = runner.folder.appendingPathComponent("a-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var unreadable = ["/proc/self/mem", folder.path, runner.folder.appendingPathComponent("missing.txt").path]
        if geteuid() != 0 {
            let locked = try runner.input("locked.txt", Self.seed)
            chmod(locked.path, 0)
            unreadable.append(locked.path)
        }
        for path in unreadable {
            let outcome = try runner.run(["convert", path], limit: 20)
            let refused = BadInputRunner.expectCleanOutcome(outcome, output: nil, case: path, limit: 20) { _ in "read \(path)" }
            #expect(refused && outcome.stderr.contains(path), "\(path): \(outcome.stderr)")
        }
    }

    @Test func outputsThatCannotBeWrittenLeaveNothingBehind() throws {
        let runner = try BadInputRunner()
        defer { runner.cleanUp() }
        let input = try runner.input("input.txt", Self.seed)
        let aFile = try runner.input("a-file", Array("x".utf8))
        let aFolder = runner.folder.appendingPathComponent("a-folder")
        try FileManager.default.createDirectory(at: aFolder, withIntermediateDirectories: true)
        let targets: [[String]] = [
            ["-o", runner.folder.appendingPathComponent("missing/out.json").path],
            ["-o", aFile.appendingPathComponent("out.json").path],
            ["-o", aFolder.path],
            ["-o", "/proc/formpress-out.json"],
            ["--output-dir", aFile.path],
        ]
        for target in targets {
            let outcome = try runner.run(["convert", input.path, "--to", "json"] + target, limit: 20)
            let refused = BadInputRunner.expectCleanOutcome(outcome, output: nil, case: target.joined(separator: " "), limit: 20) { _ in "wrote it" }
            #expect(refused, "\(target): exit \(outcome.status)")
            #expect(outcome.stdout.isEmpty, "\(target): printed output instead")
        }
        #expect(try runner.leftovers(besides: ["input.txt", "a-file", "a-folder"]) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: aFolder.path) == [])
        #expect(FileManager.default.contents(atPath: aFile.path) == Data("x".utf8))
    }

    @Test func standardInputEmptyOrClosed() throws {
        let runner = try BadInputRunner()
        defer { runner.cleanUp() }
        let empty = try runner.input("empty", [])
        for (name, stdin, shell) in [("stdin /dev/null", nil as URL?, nil as String?), ("stdin empty file", empty, nil),
                                     ("stdin closed", nil, "exec \"$0\" \"$@\" 0<&-"), ("stdin closed, '-'", nil, "exec \"$0\" \"$@\" - 0<&-")] {
            let outcome = try runner.run(["convert", "--to", "json"], limit: 20, stdin: stdin, shell: shell)
            let refused = BadInputRunner.expectCleanOutcome(outcome, output: nil, case: name, limit: 20) { _ in "read nothing" }
            #expect(refused, "\(name): exit \(outcome.status)")
        }
        // Standard output closed: the run must not crash, whatever it answers.
        let seedFile = try runner.input("seed.txt", Self.seed)
        let closedOut = try runner.run(["convert", seedFile.path], limit: 20, shell: "exec \"$0\" \"$@\" 1>&-")
        #expect(!closedOut.signalled && !closedOut.timedOut && [0, 2].contains(closedOut.status),
                "stdout closed: exit \(closedOut.status) \(closedOut.stderr)")
    }
}

/// A small deterministic random generator (SplitMix64), so that generated inputs are the same
/// on every run and a failure can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
