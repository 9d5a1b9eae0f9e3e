import Foundation
import FormPress
import Testing

/// The four real seeds, end to end: bytes → model → JSON, against the expected JSON checked in
/// beside each seed, and against the reference readings when `../shared` is present.
@Suite struct SeedExamplesTests {
    @Test(arguments: ExampleFiles.seeds)
    func jsonMatchesExpected(input: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: input))
        let document = try FormReader.read(bytes, source: input.lastPathComponent)
        let expectedURL = input.deletingPathExtension().appendingPathExtension("json")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let actual = JSONWriter.render(document)
        #expect(actual == expected, "JSON of \(input.lastPathComponent) differs from \(expectedURL.lastPathComponent); if the change is intended, run scripts/update-expected and review the diff")
    }

    @Test func fourSeedsArePresent() {
        #expect(ExampleFiles.seeds.map(\.lastPathComponent) == [
            "000_4d982f054f2c05a6.txt", "001_c889fea231715124.txt", "002_e824d98165fafc8b.txt", "004_cebfb29710e73f43.txt",
        ])
    }

    /// What the reference readings say, checked on the model directly, so that a wrong
    /// expected JSON cannot slip through.
    @Test func seedFactsMatchTheReferenceReading() throws {
        func read(_ name: String) throws -> Document {
            try FormReader.read([UInt8](Data(contentsOf: ExampleFiles.examples.appendingPathComponent(name))), source: name)
        }
        let nancheng = try read("000_4d982f054f2c05a6.txt").forms
        #expect(nancheng.count == 1)
        #expect(nancheng[0].kind == .departmentApplication)
        #expect(nancheng[0].year == 2026)
        #expect(nancheng[0].organization == "东莞市南城街道平安法治办公室")
        #expect(nancheng[0].tasks.map(\.name) == ["维稳信访工作经费", "平安建设与宣传工作", "访前法律工作室律师聘用服务", "购买社会心理咨询服务工作"])
        #expect(nancheng[0].tasks.map { $0.amount?.value } == [600000, 400000, 120000, 200000])
        #expect(nancheng[0].indicators.count == 27)
        #expect(nancheng[0].goals.first?.body.hasEmphasis == true)

        let qingxi = try read("001_c889fea231715124.txt").forms
        #expect(qingxi.map(\.kind) == [.departmentApplication] + Array(repeating: .projectApproval, count: 7))
        #expect(qingxi.dropFirst().allSatisfy { $0.approver == "东莞市财政局清溪分局" && $0.year == 2025 })
        #expect(qingxi[0].otherTasks.map(\.name) == ["机关事业单位派遣人员经费", "购买社工服务岗位经费"])
        #expect(qingxi[0].otherTasks.map { $0.amount?.value } == [190000, 217085])
        #expect(qingxi[1].goals.map(\.label) == ["实施周期总目标", "2025年度目标"])
        #expect(qingxi[5].value(of: "项目名称") == "综治视联网建设专项费用")
        #expect(qingxi[5].goals.last?.text.hasPrefix("建设两级点位23个，案事件上报数≥8000宗") == true)

        let guangzhou = try read("002_e824d98165fafc8b.txt").forms
        #expect(guangzhou[0].year == nil)
        #expect(guangzhou[0].tasks.map { $0.amount?.unit } == [.wanYuan, .wanYuan, .wanYuan])
        #expect(guangzhou[0].indicators.first.map { [$0.level1, $0.level2, $0.level3] } == ["产出指标", "数量指标", "数据更新量"])

        let wangniudun = try read("004_cebfb29710e73f43.txt").forms
        #expect(wangniudun[0].kind == .departmentApproval)
        #expect(wangniudun[0].indicatorLayout == .sideBySide)
        #expect(wangniudun[0].value(of: "金额合计") == "96.1")
        #expect(wangniudun[0].opinion == nil)
        #expect(wangniudun[0].notes.first?.text.hasPrefix("根据预算管理的有关规定") == true)
        #expect(wangniudun[0].indicators.prefix(2).allSatisfy { $0.level1 == "产出指标" && $0.level2 == "数量指标" })
    }

    /// The reference scorer, run on the release or debug binary, must call every seed perfect.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ExampleFiles.shared.appendingPathComponent("tools/score-seeds").path)))
    func referenceScorerCallsEverySeedPerfect() throws {
        let process = Process()
        process.executableURL = ExampleFiles.shared.appendingPathComponent("tools/score-seeds")
        process.arguments = [FormpressBinary.url.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "score-seeds found misses:\n\(report)")
    }
}
