import Emit
import FormModel
import Foundation
import Parse
import Testing

/// Every example, read by the parser and written as XHTML: libxml2 re-reads it as
/// well-formed XML, every text of the model is in it, and every table is rectangular.
struct XHTMLExampleTests {
    /// Every input under Examples/, the seeds and the variants in its subfolders.
    static let examples: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let walker = FileManager.default.enumerator(at: root.appendingPathComponent("Examples"), includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }()

    /// Every text the model holds for a form, as the printed copy must show it.
    static func texts(of form: Form) -> [String] {
        var texts = [form.title, form.organization ?? "", form.approver ?? "", form.opinion ?? "", form.opinionLabel ?? ""]
        texts += form.fields.flatMap { [$0.label, $0.value] }
        texts += form.goals.flatMap { [$0.label] + $0.body.paragraphs.map { $0.map(\.text).joined() } }
        texts += (form.tasks + form.otherTasks).flatMap { [$0.name, $0.number ?? "", $0.content, $0.goal, $0.amount?.text ?? ""] }
        texts += form.indicators.flatMap { [$0.level1, $0.level2, $0.level3, $0.periodValue, $0.annualValue, $0.annualLevel3 ?? ""] }
        texts += form.notes.map(\.text)
        return texts.filter { !$0.isEmpty }
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 4)
    }

    @Test(arguments: examples)
    func exampleIsWellFormedCompleteAndRectangular(_ file: URL) throws {
        let document = try FormReader.read([UInt8](Data(contentsOf: file)), source: file.lastPathComponent)
        #expect(!document.forms.isEmpty, "the parser found no form in \(file.lastPathComponent)")
        let xhtml = XHTMLWriter.render(document)
        let parsed = try #require(XHTMLParsedDocument(xhtml), "\(file.lastPathComponent): libxml2 rejects the XHTML")

        #expect(parsed.rootNamespace == "http://www.w3.org/1999/xhtml")
        #expect(parsed.elements(named: "section").count == document.forms.count)
        #expect(parsed.tablesAreRectangular(), "\(file.lastPathComponent): a table row does not cover every column")
        let body = parsed.compactBodyText
        for form in document.forms {
            for text in Self.texts(of: form) {
                #expect(body.contains(XHTMLParsedDocument.compact(text)), "\(file.lastPathComponent): \"\(text)\" is missing")
            }
        }
        // Side-by-side forms print on landscape pages, the others on portrait.
        let orientations = parsed.elements(named: "section").map { $0.attributes["class"]?.contains("landscape") == true }
        #expect(orientations == document.forms.map { $0.indicatorLayout == .sideBySide })
    }
}
