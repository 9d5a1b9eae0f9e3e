import Emit
import FormModel
import Foundation
import Testing

/// The XHTML writer on hand-built forms: well-formed XHTML in the right namespace and
/// language, one section a form, header rows in `<thead>`, rich text kept, hostile text
/// made harmless, and no active content.
struct XHTMLWriterTests {
    static func form(kind: FormKind = .departmentApplication, title: String = "测试部门整体预算绩效目标申报表",
                     fields: [Field] = [], goals: [Goal] = [], indicators: [IndicatorRow] = [],
                     layout: IndicatorLayout = .single, diagnostics: [Diagnostic] = []) -> Form {
        Form(kind: kind, title: title, year: 2025, organization: "测试单位", approver: nil, fields: fields, goals: goals,
             tasks: [], otherTasks: [], indicators: indicators, indicatorLayout: layout, opinion: nil,
             notes: [], diagnostics: diagnostics, line: 1)
    }

    static let indicators = [
        IndicatorRow(level1: "成本指标", level2: "经济成本指标", level3: "项目支出数额", periodValue: "≤289万元", annualValue: "≤289万元", line: 20),
        IndicatorRow(level1: "成本指标", level2: "社会成本指标", level3: "", periodValue: "", annualValue: "", line: 21),
        IndicatorRow(level1: "产出指标", level2: "数量指标", level3: "开展宣传活动次数", periodValue: "12次", annualValue: "12次", line: 22),
    ]

    static func parse(_ documents: [Document], stylesheet: StylesheetLink = .print) throws -> (String, XHTMLParsedDocument) {
        let xhtml = XHTMLWriter.render(documents, stylesheet: stylesheet)
        let parsed = try #require(XHTMLParsedDocument(xhtml), "libxml2 rejects the output as malformed XML")
        return (xhtml, parsed)
    }

    @Test func writesWellFormedXHTMLWithOneSectionAForm() throws {
        let document = Document(source: "a.txt", encoding: .utf8, forms: [
            Self.form(fields: [Field(label: "部门名称", value: "测试单位", line: 3)], indicators: Self.indicators),
            Self.form(kind: .departmentApproval, title: "部门（单位）整体支出绩效目标批复表", indicators: Self.indicators, layout: .sideBySide),
        ])
        let (xhtml, parsed) = try Self.parse([document])
        #expect(xhtml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(parsed.rootName == "html")
        #expect(parsed.rootNamespace == "http://www.w3.org/1999/xhtml")
        #expect(parsed.rootAttributes["lang"] == "zh-CN" && parsed.rootAttributes["xml:lang"] == "zh-CN")
        #expect(parsed.elements(named: "meta").contains { $0.attributes["charset"] == "UTF-8" })

        let sections = parsed.elements(named: "section")
        #expect(sections.count == 2)
        #expect(sections.map { $0.attributes["class"]?.contains("landscape") == true } == [false, true])
        #expect(parsed.tablesAreRectangular())
        #expect(parsed.tables.contains { $0.first?.first?.count == 8 }, "the side-by-side header row has 8 cells")

        // The task and indicator header rows sit in <thead>, so they repeat on every page.
        #expect(parsed.elements(named: "thead").count == 4)
        #expect(parsed.tables.filter { $0.count == 2 }.count == 4, "each of those tables has a head and a body")
        for text in ["测试部门整体预算绩效目标申报表", "（2025年）", "部门名称", "测试单位", "绩效指标", "一级指标", "项目支出数额", "≤289万元", "社会成本指标"] {
            #expect(parsed.compactBodyText.contains(text), "\(text) is missing")
        }
    }

    @Test func keepsParagraphsAndBoldRuns() throws {
        let goal = Goal(label: "总体绩效目标", body: RichText(paragraphs: [
            [.init("第一段。")], [.init("【满意度目标】", isStrong: true), .init("：满意度≥90%。")],
        ]), line: 5)
        let (xhtml, parsed) = try Self.parse([Document(source: "a.txt", encoding: .utf8, forms: [Self.form(goals: [goal])])])
        #expect(parsed.elements(named: "p").count >= 2)
        #expect(xhtml.contains("<p>第一段。</p><p><strong>【满意度目标】</strong>：满意度≥90%。</p>"))
    }

    @Test func hostileTextStaysText() throws {
        let fields = [
            Field(label: "说明", value: "a & b <script>alert(1)</script> \"q\"", line: 3),
            Field(label: "控制\u{1}字符\u{FFFE}", value: "x\u{0B}y\u{FFFF}z", line: 4),
        ]
        let (xhtml, parsed) = try Self.parse([Document(source: "a.txt", encoding: .utf8, forms: [Self.form(fields: fields)])])
        #expect(parsed.bodyText.contains("a & b <script>alert(1)</script> \"q\""))
        #expect(parsed.bodyText.contains("控制字符") && parsed.bodyText.contains("xyz"))
        #expect(parsed.elements(named: "script").isEmpty)
        #expect(!xhtml.contains("<script"))
    }

    @Test func hasNoActiveContent() throws {
        let document = Document(source: "a.txt", encoding: .utf8, forms: [Self.form(indicators: Self.indicators)])
        let (_, parsed) = try Self.parse([document])
        let names = Set(parsed.elements.map(\.name))
        #expect(names.isDisjoint(with: ["script", "iframe", "object", "embed", "form", "input", "img"]))
        #expect(parsed.elements.allSatisfy { $0.attributes.keys.allSatisfy { !$0.lowercased().hasPrefix("on") } })
    }

    @Test func emptyCellsHaveEndTags() throws {
        let document = Document(source: "a.txt", encoding: .utf8, forms: [Self.form(indicators: Self.indicators)])
        let xhtml = XHTMLWriter.render(document)
        #expect(xhtml.contains("></td>"))
        #expect(xhtml.range(of: "<t[dh][^>]*/>", options: .regularExpression) == nil, "a self-closed cell breaks HTML parsers")
    }

    @Test func repairedCellsCarryClassAndTitle() throws {
        let diagnostics = [Diagnostic(.note, .movedCell, line: 21, "level-2 category \"社会成本指标\" was in column 2; moved")]
        let document = Document(source: "a.txt", encoding: .utf8, forms: [Self.form(indicators: Self.indicators, diagnostics: diagnostics)])
        let (_, parsed) = try Self.parse([document])
        let repaired = parsed.elements.filter { $0.attributes["class"]?.split(separator: " ").contains("repaired") == true }
        #expect(repaired.count == 1)
        #expect(repaired.first?.attributes["title"] == "level-2 category \"社会成本指标\" was in column 2; moved [moved-cell]")
    }

    @Test func linksOrEmbedsTheStylesheet() throws {
        let document = Document(source: "a.txt", encoding: .utf8, forms: [Self.form()])
        let (_, linked) = try Self.parse([document], stylesheet: .linked("house style.css"))
        #expect(linked.elements(named: "style").isEmpty)
        #expect(linked.elements(named: "link").map(\.attributes) == [["rel": "stylesheet", "href": "house style.css"]])

        let (xhtml, embedded) = try Self.parse([document])
        #expect(embedded.elements(named: "link").isEmpty)
        #expect(embedded.elements(named: "style").count == 1)
        #expect(xhtml.contains("@page wide"))
    }

    @Test func printStylesheetIsSafeToEmbedAndPrintsA4() {
        let css = Stylesheet.print
        #expect(!css.isEmpty, "Styles/print.css is compiled into the binary")
        // libxml2 escapes these in <style>, which an HTML parser would not undo.
        #expect(!css.contains { "<>&\"".contains($0) })
        #expect(css.contains("size: A4 portrait") && css.contains("size: A4 landscape"))
        #expect(css.contains("'Noto Serif CJK SC', serif"))
        #expect(css.contains("thead { display: table-header-group; }"))
        #expect(css.contains("section.form + section.form { break-before: page; }"))
        // The repair marks are screen-only.
        let screen = try? #require(css.range(of: "@media screen"))
        let mark = css.range(of: ".repaired")
        #expect(screen != nil && mark != nil && screen!.lowerBound < mark!.lowerBound)
    }

    @Test func aDocumentWithoutFormsIsStillWellFormed() throws {
        let (_, parsed) = try Self.parse([Document(source: "empty.txt", encoding: .utf8, forms: [])])
        #expect(parsed.elements(named: "section").isEmpty)
        #expect(parsed.bodyText.contains("empty.txt"))
    }
}
