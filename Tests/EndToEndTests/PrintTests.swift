import Foundation
import FormPress
import Testing

/// The printed page, in a real browser: headless Chromium prints every example's XHTML, and
/// every page must be A4 (landscape for the side-by-side form) with every indicator legible
/// in the PDF's text. `scripts/render-pages` makes the same PDFs into PNGs to look at.
///
/// Needs chromium, fonts-noto-cjk and poppler-utils; skipped when missing, unless
/// FORMPRESS_REQUIRE_TOOLS=1, when it fails instead.
@Suite(.serialized) struct PrintTests {
    @Test(.enabled(if: PrintTools.shouldRun, "chromium or poppler-utils is not installed"), arguments: ExampleFiles.inputs())
    func everyExamplePrintsOnA4WithEveryIndicator(_ file: URL) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let document = try FormReader.read([UInt8](Data(contentsOf: file)), source: file.lastPathComponent)
        try #require(!document.forms.isEmpty, "the parser found no form in \(file.lastPathComponent)")
        let xhtml = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".xhtml")
        try Data(XHTMLWriter.render(document).utf8).write(to: xhtml)

        let pdf = try PrintTools.printToPDF(xhtml, in: folder)
        let pages = try PrintTools.pageSizes(of: pdf, in: folder)
        #expect(pages.count >= document.forms.count, "each form starts on a page of its own")
        for (number, size) in pages.enumerated() {
            #expect(PrintTools.isA4(size), "page \(number + 1) is \(size.width) x \(size.height) pt, not A4")
        }
        let landscape = document.forms.contains { $0.indicatorLayout == .sideBySide }
        let portrait = document.forms.contains { $0.indicatorLayout == .single }
        #expect(pages.contains { $0.width > $0.height } == landscape, "the side-by-side form prints on landscape pages")
        #expect(pages.contains { $0.width < $0.height } == portrait)

        // Chromium printed the forms, not an XML error page, and every indicator is on paper.
        let text = PrintTools.compact(try PrintTools.text(of: pdf, in: folder))
        for form in document.forms {
            #expect(text.contains(PrintTools.compact(form.title)), "\(form.title) is not in the PDF")
            for row in form.indicators {
                for name in [row.level3, row.annualLevel3 ?? ""] where !name.isEmpty {
                    #expect(text.contains(PrintTools.compact(name)), "\(file.lastPathComponent): indicator \"\(name)\" is not in the PDF")
                }
            }
        }
    }

    /// Text with no break opportunity wraps inside its cell: nothing reaches past the right
    /// margin, and Chromium does not shrink the page to fit (the title keeps its size).
    @Test(.enabled(if: PrintTools.shouldRun, "chromium or poppler-utils is not installed"))
    func longTextsWrapWithoutWideningThePage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-wide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let long = String(repeating: "ABCDEFGHIJ", count: 40)
        let url = "https://example.org/" + String(repeating: "segment/", count: 40)
        func form(_ value: String, _ indicator: String) -> Form {
            Form(kind: .departmentApplication, title: "测试部门整体预算绩效目标申报表", year: 2025, organization: "测试单位",
                 approver: nil, fields: [Field(label: "部门名称", value: value, line: 3)], goals: [], tasks: [], otherTasks: [],
                 indicators: [IndicatorRow(level1: "产出指标", level2: "数量指标", level3: indicator, periodValue: url,
                                           annualValue: long, line: 5)],
                 indicatorLayout: .single, opinion: nil, notes: [], diagnostics: [], line: 1)
        }
        var titleHeights: [Double] = []
        for (name, form) in [("plain", form("测试单位", "开展宣传活动次数")), ("long", form(long, long + "指标"))] {
            let xhtml = folder.appendingPathComponent("\(name).xhtml")
            try Data(XHTMLWriter.render(Document(source: name, encoding: .utf8, forms: [form])).utf8).write(to: xhtml)
            let boxes = try PrintTools.wordBoxes(of: try PrintTools.printToPDF(xhtml, in: folder), in: folder)
            let width = try #require(boxes.pageWidths.first)
            let rightmost = boxes.words.map(\.xMax).max() ?? 0
            #expect(rightmost < width - 30, "\(name): text reaches \(rightmost) pt on a \(width) pt page")
            titleHeights.append(try #require(boxes.words.first { $0.text == form.title }?.height))
        }
        #expect(abs(titleHeights[0] - titleHeights[1]) < 0.5, "the page was shrunk to fit: title \(titleHeights)")
    }

    /// The binary carries its stylesheet: copied out of the build folder, it still embeds it.
    @Test func theBinaryFindsItsStylesheetOutsideTheBuildFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("formpress")
        try FileManager.default.copyItem(at: FormpressBinary.url, to: copy)

        let process = Process()
        process.executableURL = copy
        process.currentDirectoryURL = folder
        let output = folder.appendingPathComponent("out.xhtml")
        process.arguments = ["convert", ExampleFiles.seeds[0].path, "--to", "xhtml", "-o", output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let xhtml = try String(contentsOf: output, encoding: .utf8)
        #expect(xhtml.contains("<style>"))
        #expect(xhtml.contains(Stylesheet.print), "the copied binary embeds Styles/print.css in full")
    }

    @Test func cssOptionLinksTheStylesheetInstead() throws {
        let run = try FormpressBinary.run(["convert", ExampleFiles.seeds[0].path, "--to", "xhtml", "--css", "house.css"])
        #expect(run.status == 0)
        let xhtml = String(decoding: run.stdout, as: UTF8.self)
        #expect(xhtml.contains("<link rel=\"stylesheet\" href=\"house.css\"/>"))
        #expect(!xhtml.contains("<style>"))
    }
}
