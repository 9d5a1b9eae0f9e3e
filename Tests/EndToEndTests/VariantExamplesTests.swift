import Foundation
import FormPress
import Testing

/// The dialect, encoding and layout variants in Examples/variants, end to end: bytes → model →
/// JSON against the expected JSON beside each input, and, so that a wrong expected file cannot
/// slip through, the facts each input was written to show, checked on the model.
@Suite struct VariantExamplesTests {
    static let folder = ExampleFiles.examples.appendingPathComponent("variants")
    static var inputs: [URL] { ExampleFiles.inputs(under: folder) }

    private func read(_ name: String) throws -> Document {
        let url = Self.folder.appendingPathComponent(name)
        return try FormReader.read([UInt8](Data(contentsOf: url)), source: name)
    }

    @Test(arguments: inputs)
    func jsonMatchesExpected(input: URL) throws {
        let document = try FormReader.read([UInt8](Data(contentsOf: input)), source: input.lastPathComponent)
        let expectedURL = input.deletingPathExtension().appendingPathExtension("json")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(JSONWriter.render(document) == expected,
                "JSON of \(input.lastPathComponent) differs from \(expectedURL.lastPathComponent); if the change is intended, run scripts/update-expected and review the diff")
    }

    @Test func everyVariantHasItsFacts() {
        let names = Set(Self.inputs.map(\.lastPathComponent))
        #expect(names.count >= 20)
        #expect(names == Set(VariantFacts.all.map(\.file)))
    }

    @Test(arguments: VariantFacts.all)
    func modelShowsWhatTheInputWasWrittenFor(facts: VariantFacts) throws {
        let document = try read(facts.file)
        #expect(document.encoding == facts.encoding)
        #expect(document.forms.map(\.kind) == facts.kinds)
        #expect(document.forms.map(\.year) == facts.years)
        #expect(document.forms.map(\.indicators.count) == facts.indicatorCounts)
        let form = try #require(document.forms.first)
        #expect(form.organization == facts.organization)
        let rows = document.forms.flatMap(\.indicators).map { [$0.level1, $0.level2, $0.level3, $0.periodValue, $0.annualValue] }
        for row in facts.rows {
            #expect(rows.contains(row), "no indicator row \(row) in \(facts.file)")
        }
        let fields = document.forms.flatMap(\.fields).map { [$0.label, $0.value] }
        for field in facts.fields {
            #expect(fields.contains(field), "no field \(field) in \(facts.file)")
        }
        // Every category is one the vocabulary knows, under a parent it allows, in either edition:
        // the review finds nothing to say about the older words (预期产出指标, 效果指标 …).
        let categoryFindings = document.forms.flatMap(\.diagnostics).filter { $0.code == .unknownCategory || $0.code == .misplacedCategory }
        #expect(categoryFindings.isEmpty, "\(facts.file): \(categoryFindings.map(\.message))")
        // Nothing of the source's markup, LaTeX or comparison spellings survives in a value.
        for row in rows {
            for text in row {
                #expect(!["<eq", "</", "<br", "&ge;", "&le;", "&lt;", "&gt;", "&amp;", "&nbsp;", "\\", "$", ">=", "<=", "=>", "=<",
                          "≧", "≦", "＞＝", "＜＝"].contains { text.contains($0) },
                        "\(text) in \(facts.file) still carries source markup")
            }
        }
    }

    // MARK: - Facts beyond the common ones

    @Test func approvalFormsKeepApproverAndOpinion() throws {
        let mineru = try read("html-mineru-project-approval.txt").forms[0]
        #expect(mineru.approver == "东莞市财政局寮步分局")
        #expect(mineru.opinion == "经审核，同意该项目绩效目标。")
        #expect(mineru.goals.map(\.label) == ["实施周期总目标", "2025年度目标"])
        let multiline = try read("html-multiline-department-approval.txt").forms[0]
        #expect(multiline.approver == "东莞市财政局石龙分局")
        #expect(multiline.tasks.map(\.name) == ["学前教育生均补助", "校园安保服务"])
        #expect(multiline.tasks.map { $0.amount?.value } == [185.6, 302.4])
        #expect(multiline.tasks.map { $0.amount?.unit } == [.wanYuan, .wanYuan])
        #expect(multiline.goals.first?.body.hasEmphasis == true)
        let utf16be = try read("utf16be-project-approval.txt").forms[0]
        #expect(utf16be.approver == "东莞市财政局常平分局")
        #expect(utf16be.opinion?.hasPrefix("经审核，同意该项目绩效目标") == true)
    }

    @Test func olderDongguanTableReadsSideBySideGoalsAndHalves() throws {
        for name in ["dongguan-legacy-project.txt", "dongguan-legacy-column-header.txt", "gb18030-dongguan-legacy-html.txt"] {
            let form = try read(name).forms[0]
            #expect(form.title == "东莞市财政项目支出绩效目标表")
            #expect(form.indicatorLayout == .sideBySide, "\(name)")
            #expect(form.goals.count == 2, "\(name)")
            #expect(form.goals.first?.label.hasPrefix("实施周期总目标(") == true, "\(name)")
            #expect(form.goals.last?.label == "年度目标", "\(name)")
            #expect(form.goals.allSatisfy { !$0.text.isEmpty }, "\(name)")
        }
        let html = try read("gb18030-dongguan-legacy-html.txt").forms[0]
        #expect(html.goals.map(\.text) == ["目标1：完成景区步道、绿化及导览系统提升改造。\n目标2：年接待游客量达到50万人次。",
                                           "目标1：完成景区步道改造3.2公里。\n目标2：年接待游客量达到30万人次。"])
        // A row naming the halves above the column headers is structure: no indicator, names kept as notes.
        let halves = try read("dongguan-legacy-half-headers.txt").forms[0]
        #expect(halves.indicatorLayout == .sideBySide)
        #expect(halves.notes.map(\.text) == ["中期指标(2019-2021年)", "年度指标(2019年)"])
        #expect(halves.indicators.first?.line == 8)
        let columns = try read("dongguan-legacy-column-header.txt").forms[0]
        #expect(columns.fields.prefix(5).map(\.label) == ["项目名称", "主管部门", "项目实施单位", "中期市财政预算(万元)", "本年度申请市财政预算资金(万元)"])
        // The right half names one indicator differently: the left half's name is kept, the right's noted.
        #expect(columns.indicators[2].annualLevel3 == "监控点建成时间")
        #expect(columns.diagnostics.contains { $0.code == .halfMismatch && $0.line == 13 })
    }

    @Test func pageNumbersAndRepeatedHeadersAreDroppedWithDiagnostics() throws {
        let markdown = try read("markdown-page-break.txt").forms[0]
        #expect(markdown.diagnostics.filter { $0.code == .droppedPageNumber }.map(\.line) == [20, 29])
        #expect(markdown.diagnostics.filter { $0.code == .droppedHeader }.map(\.line) == [22])
        let html = try read("html-page-break.txt").forms[0]
        #expect(html.diagnostics.filter { $0.code == .droppedPageNumber }.map(\.line) == [3, 4])
        #expect(html.diagnostics.filter { $0.code == .droppedHeader }.count == 1)
        #expect(html.notes.isEmpty)
    }

    @Test func spacesAndWidthAreCleaned() throws {
        let spaced = try read("spaces-in-chinese.txt").forms[0]
        #expect(spaced.title == "黄江镇部门整体预算绩效目标申报表")
        #expect(spaced.goals.first?.text == "做好退役军人服务保障工作，全年走访慰问退役军人不少于800人次。")
        #expect(spaced.diagnostics.contains { $0.code == .joinedWord && $0.line == 8 })
        let wide = try read("fullwidth-values.txt").forms[0]
        #expect(wide.value(of: "财政供养人员数") == "24")
    }

    @Test func mixedDialectsMakeOneForm() throws {
        let form = try read("mixed-dialects.txt").forms[0]
        #expect(form.tasks.map(\.name) == ["高标准农田建设"])
        #expect(form.tasks.first?.amount?.value == 3_600_000)
        #expect(form.fields.map(\.label).prefix(3) == ["部门名称", "财政供养人员数", "下属二级单位数"])
    }

    @Test func markdownEscapesAndBreaks() throws {
        let pipe = try read("markdown-page-break.txt").forms[0]
        #expect(pipe.goals.first?.text.contains("A|B两类") == true)
        let breaks = try read("markdown-department-application.txt").forms[0]
        #expect(breaks.goals.first?.body.paragraphs.count == 3)
    }

    /// Reference readings written by hand for the hardest variants (Tests/Gold), scored by the
    /// reference scorer on what the binary prints: every measure must be perfect.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ExampleFiles.shared.appendingPathComponent("tools/score").path)))
    func goldReadingsScorePerfect() throws {
        let gold = ExampleFiles.packageRoot.appendingPathComponent("Tests/Gold")
        let names = try FileManager.default.contentsOfDirectory(atPath: gold.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 5)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in names {
            let source = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".txt"))
            let run = try FormpressBinary.run(["convert", "--to", "json", source.path])
            try #require(run.status == 0, "formpress failed on \(source.lastPathComponent)")
            let out = scratch.appendingPathComponent(name)
            try run.stdout.write(to: out)
            let scorer = Process()
            scorer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            scorer.arguments = ["python3", ExampleFiles.shared.appendingPathComponent("tools/score").path,
                                gold.appendingPathComponent(name).path, out.path, "--source", source.path, "--quiet"]
            scorer.standardOutput = FileHandle.nullDevice
            try scorer.run()
            scorer.waitUntilExit()
            let score = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.path + ".score"))) as? [String: Any]
            let result = try #require(score)
            func pair(_ key: String) -> [Int] { (result[key] as? [Int]) ?? [] }
            #expect(pair("forms").count == 2 && pair("forms")[0] == pair("forms")[1], "\(name): forms \(pair("forms"))")
            #expect(pair("meta").count == 2 && pair("meta")[0] == pair("meta")[1], "\(name): meta \(pair("meta"))")
            for key in ["indicators", "tasks", "otherTasks", "fields", "goals"] {
                let (hit, wanted, printed) = (pair(key)[0], pair(key)[1], pair(key)[2])
                #expect(hit == wanted && (key == "fields" || printed == wanted), "\(name): \(key) \(pair(key))")
            }
            #expect(pair("lossless").count == 2 && pair("lossless")[0] == pair("lossless")[1], "\(name): lossless \(pair("lossless"))")
            #expect(result["residue"] as? Int == 0 && result["stray_space"] as? Int == 0, "\(name): residue or stray spaces")
        }
    }

    @Test func undecodableInputIsExitTwoNamingTheOffset() throws {
        var bytes = Array(String(repeating: "绩效指标\t产出指标\t数量指标\t培训人次\t≥300人次\n", count: 20).utf8)
        // 0xFF where a character starts: no encoding FormPress reads has that byte.
        let bad = try #require((300...).first { bytes[$0] >= 0xC0 })
        bytes[bad] = 0xFF
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-undecodable-\(UUID().uuidString).txt")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try FormpressBinary.run(["convert", "--to", "json", file.path])
        let message = String(decoding: run.stderr, as: UTF8.self)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(message.contains("offset \(bad)"), "\(message)")
        #expect(message.split(separator: "\n").count == 1)
    }
}

/// What one variant input was written to show.
struct VariantFacts: Sendable, CustomTestStringConvertible {
    let file: String
    var encoding: SourceEncoding = .utf8
    let kinds: [FormKind]
    let years: [Int?]
    let indicatorCounts: [Int]
    let organization: String
    var rows: [[String]] = []
    var fields: [[String]] = []

    var testDescription: String { file }

    static let all: [VariantFacts] = [
        VariantFacts(file: "comparison-spellings.txt", kinds: [.departmentApplication], years: [2025], indicatorCounts: [16],
                     organization: "东莞市茶山镇党政综合办公室",
                     rows: [["产出指标", "数量指标", "资金支付率", "≥95%", "≥95%"], ["产出指标", "数量指标", "单项活动成本", "≤5万元", "≤5万元"],
                            ["产出指标", "数量指标", "问题整改时限", "≤3天", "≤3天"], ["产出指标", "数量指标", "响应时间", "≤2小时", "≤2小时"],
                            ["产出指标", "质量指标", "差错率", "≤1%", "≤1%"], ["产出指标", "质量指标", "系统可用率", "≥99%", "≥99%"],
                            ["产出指标", "质量指标", "审批办结时限", "≤30天", "≤30天"], ["产出指标", "质量指标", "投诉率", "≤0.5%", "≤0.5%"]]),
        VariantFacts(file: "cr-line-ends-department.txt", kinds: [.departmentApplication], years: [2026], indicatorCounts: [4],
                     organization: "东莞市中堂镇城市管理和综合执法分局",
                     rows: [["效益指标", "生态效益", "城市道路机扫率", "≥90%", "≥90%"]], fields: [["财政供养人员数", "58"]]),
        VariantFacts(file: "dongguan-legacy-column-header.txt", kinds: [.projectApplication], years: [2020], indicatorCounts: [7],
                     organization: "东莞市大岭山镇农林水务局",
                     rows: [["预期产出指标", "数量指标(或建筑规模指标)", "视频监控点建设数量", "30个", "12个"],
                            ["预期产出指标", "数量指标(或建筑规模指标)", "扑火演练次数", "≥12次", "≥4次"],
                            ["效果指标", "社会公众或服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"]],
                     fields: [["项目名称", "大岭山镇森林防火能力提升"], ["中期市财政预算(万元)", "450"], ["本年度申请市财政预算资金(万元)", "150"]]),
        VariantFacts(file: "dongguan-legacy-half-headers.txt", kinds: [.projectApplication], years: [2019], indicatorCounts: [5],
                     organization: "东莞市石龙镇城市建设办公室",
                     rows: [["预期产出指标", "数量指标(或建筑规模指标)", "维护绿道长度", "36公里", "12公里"],
                            ["预期产出指标", "成本指标", "每公里年维护成本", "≤2.5万元", "≤2.5万元"],
                            ["效果指标", "社会、经济、生态效益指标", "绿道年使用人次", "≥60万人次", "≥20万人次"]],
                     fields: [["中期市财政预算(万元)", "270"], ["本年度申请市财政预算资金(万元)", "90"]]),
        VariantFacts(file: "dongguan-legacy-project.txt", kinds: [.projectApplication], years: [2020], indicatorCounts: [10],
                     organization: "东莞市长安镇卫生健康局",
                     rows: [["预期产出指标", "成本指标", "单个服务站改造成本", "≤60万元", "≤60万元"],
                            ["预期产出指标", "预算(或投资规模)控制指标", "项目预算控制率", "≤100%", "≤100%"],
                            ["效果指标", "社会、经济、生态效益指标", "家庭医生签约服务覆盖率", "≥45%", "≥35%"],
                            ["效果指标", "可持续影响(指标)", "社区卫生服务网络长效运行", "长期", "长期"]],
                     fields: [["中期市财政预算(万元)", "960"], ["本年度申请市财政预算资金(万元)", "320"]]),
        VariantFacts(file: "fullwidth-values.txt", kinds: [.departmentApplication], years: [2025], indicatorCounts: [6],
                     organization: "东莞市横沥镇经济发展局",
                     rows: [["产出指标", "数量指标", "走访服务企业数量", "≥200家", "≥200家"], ["产出指标", "质量指标", "企业诉求办结率", "≥95%", "≥95%"],
                            ["产出指标", "时效指标", "诉求响应时间", "≤24h", "≤24h"], ["效益指标", "经济效益", "规上工业增加值增速", "≥6.5%", "≥6.5%"],
                            ["满意度指标", "服务对象满意度", "企业满意度", "AA级以上", "AA级以上"]]),
        VariantFacts(file: "gb18030-dongguan-legacy-html.txt", encoding: .gb18030, kinds: [.projectApplication], years: [2019],
                     indicatorCounts: [6], organization: "东莞市麻涌镇文化服务中心",
                     rows: [["预期产出指标", "数量指标(或建筑规模指标)", "改造步道长度", "≥8公里", "≥3.2公里"],
                            ["预期产出指标", "预算(或投资规模)控制指标", "工程决算控制在预算内", "≤1500万元", "≤600万元"],
                            ["效果指标", "社会、经济、生态效益指标", "年接待游客量", "≥50万人次", "≥30万人次"]],
                     fields: [["中期市财政预算(万元)", "1,500"], ["本年度申请市财政预算资金(万元)", "600"]]),
        VariantFacts(file: "gb18030-project-application.txt", encoding: .gb18030, kinds: [.projectApplication], years: [2025],
                     indicatorCounts: [6], organization: "东莞市凤岗镇社会事务局",
                     rows: [["产出指标", "数量指标", "助餐服务人次", "≥45万人次", "≥15万人次"]], fields: [["项目负责人", "陈䶮"]]),
        VariantFacts(file: "html-mineru-project-approval.txt", kinds: [.projectApproval], years: [2025], indicatorCounts: [8],
                     organization: "东莞市市场监督管理局寮步分局",
                     rows: [["成本指标", "经济成本指标", "单批次检测成本", "≤37.5元/批次", "≤37.5元/批次"], ["成本指标", "社会成本指标", "", "", ""],
                            ["产出指标", "数量指标", "快速检测样品批次", "≥36000批次", "≥12000批次"],
                            ["效益指标", "社会效益", "食品安全抽检合格率", "≥98%", "≥98%"]],
                     fields: [["起始年度", "2024"], ["到期年度", "2026"], ["2025年预算金额", "450000"]]),
        VariantFacts(file: "html-multiline-department-approval.txt", kinds: [.departmentApproval], years: [2024], indicatorCounts: [4],
                     organization: "东莞市石龙镇教育管理中心",
                     rows: [["效益指标", "社会效益指标", "校园安全事故发生率", "<0.1%", "<0.1%"],
                            ["满意度指标", "服务对象满意度指标", "家长满意度", "≥92%", "≤100%"]]),
        VariantFacts(file: "html-page-break.txt", kinds: [.departmentApplication], years: [2026], indicatorCounts: [4],
                     organization: "东莞市望牛墩镇党建工作办公室",
                     rows: [["产出指标", "质量指标", "党员参训率", "≥90%", "≥90%"], ["效益指标", "社会效益", "基层党组织标准化建设达标率", "100%", "100%"]]),
        VariantFacts(file: "html-unclosed-table.txt", kinds: [.departmentApplication], years: [2025], indicatorCounts: [3],
                     organization: "东莞市桥头镇应急管理分局",
                     rows: [["产出指标", "质量指标", "隐患整改率", "≥95%", "≥95%"], ["效益指标", "社会效益", "较大以上生产安全事故起数", "0起", "0起"]]),
        VariantFacts(file: "markdown-department-application.txt", kinds: [.departmentApplication], years: [2025], indicatorCounts: [8],
                     organization: "东莞市虎门镇文化广电旅游体育局",
                     rows: [["成本指标", "社会成本指标", "", "", ""], ["产出指标", "数量指标", "维护健身路径数量", "≥45条", "≥45条"]],
                     fields: [["财政供养人员数", "36"], ["财政拨款", "1,286.70"]]),
        VariantFacts(file: "markdown-page-break.txt", kinds: [.projectApplication], years: [2026], indicatorCounts: [7],
                     organization: "东莞市生态环境局塘厦分局",
                     rows: [["产出指标", "数量指标", "出具监测报告数量", "≥384份", "≥384份"], ["产出指标", "质量指标", "监测数据有效率", "≥98%", "≥98%"]],
                     fields: [["起始年度", "2026"], ["2026年预算金额", "860000"]]),
        VariantFacts(file: "markdown-two-forms.txt", kinds: [.departmentApplication, .projectApproval], years: [2025, 2025],
                     indicatorCounts: [3, 3], organization: "东莞市企石镇公共服务办公室",
                     rows: [["产出指标", "时效指标", "救助审批办结时限", "≤10个工作日", "≤10个工作日"]],
                     fields: [["项目名称", "企石镇困难群众临时救助"]]),
        VariantFacts(file: "mixed-dialects.txt", kinds: [.departmentApplication], years: [2026], indicatorCounts: [6],
                     organization: "东莞市谢岗镇农业农村办公室",
                     rows: [["成本指标", "经济成本指标", "亩均建设成本", "≤3000元/亩", "≤3000元/亩"], ["效益指标", "生态效益", "村庄保洁覆盖率", "100%", "100%"]],
                     fields: [["财政供养人员数", "19"]]),
        VariantFacts(file: "pre2021-vocabulary.txt", kinds: [.projectApplication], years: [2020], indicatorCounts: [8],
                     organization: "东莞市石排镇水务工程运营中心",
                     rows: [["预期产出指标", "数量指标(或建筑规模指标)", "新建污水管网长度", "18.6公里", "10公里"],
                            ["预期产出指标", "时效指标(工期指标)", "工程完工时间", "2021年12月", "2020年12月"],
                            ["预期产出指标", "成本指标", "每公里管网建设成本", "≤350万元", "≤350万元"],
                            ["效果指标", "社会公众或服务对象满意度指标", "沿线居民满意度", "≥85%", "≥85%"],
                            ["效果指标", "可持续影响(指标)", "管网设计使用年限", "≥50年", "≥50年"]]),
        VariantFacts(file: "spaces-in-chinese.txt", kinds: [.departmentApplication], years: [2026], indicatorCounts: [4],
                     organization: "东莞市黄江镇退役军人服务站",
                     rows: [["产出指标", "数量指标", "走访慰问人次", "≥800人次", "≥800人次"], ["产出指标", "质量指标", "优抚资金发放准确率", "100%", "100%"],
                            ["效益指标", "社会效益", "退役军人权益保障", "有效保障", "有效保障"]]),
        VariantFacts(file: "utf16be-project-approval.txt", encoding: .utf16BigEndian, kinds: [.projectApproval], years: [2024],
                     indicatorCounts: [4], organization: "东莞市公安局常平分局",
                     rows: [["产出指标", "时效指标", "工程完工时间", "2024年12月前", "2024年12月前"]], fields: [["2024年预算金额", "2150000"]]),
        VariantFacts(file: "utf16le-department-application.txt", encoding: .utf16LittleEndian, kinds: [.departmentApplication],
                     years: [2025], indicatorCounts: [5], organization: "东莞市大朗镇人力资源和社会保障分局",
                     rows: [["效益指标", "社会效益指标", "城镇登记失业率", "≤2.5%", "≤2.5%"]], fields: [["财政供养人员数", "42"]]),
        VariantFacts(file: "utf16le-nobom-project-application.txt", encoding: .utf16LittleEndian, kinds: [.projectApplication],
                     years: [2026], indicatorCounts: [3], organization: "东莞市沙田镇农业农村办公室",
                     rows: [["产出指标", "数量指标", "维护码头泊位数量", "12个", "12个"]]),
        VariantFacts(file: "utf8-bom-crlf-department-approval.txt", encoding: .utf8WithBOM, kinds: [.departmentApproval], years: [2025],
                     indicatorCounts: [4], organization: "东莞市道滘镇卫生健康局",
                     rows: [["产出指标", "数量指标", "重点人群签约率", "≥70%", "≥70%"]], fields: [["金额合计", "120.5"]]),
    ]
}
