import FormModel
import Layout

/// Writes forms as a print-ready XHTML copy of the official tables: one `<section>` a form,
/// a page break between forms, the grid from `Layout` as tables, and the print stylesheet.
///
/// The output is a well-formed XML document in the XHTML namespace (`lang="zh-CN"`, UTF-8),
/// written through libxml2's writer, with no active content: no script, no event attributes.
/// A clerk opens it in a browser and prints; a reviewer sees the repaired cells on screen.
public enum XHTMLWriter {
    /// One document's forms as one XHTML file.
    public static func render(_ document: Document, stylesheet: StylesheetLink = .print) -> String {
        render([document], stylesheet: stylesheet)
    }

    /// Several documents' forms, in input order, as one XHTML file.
    public static func render(_ documents: [Document], stylesheet: StylesheetLink = .print) -> String {
        let grids = documents.flatMap(FormLayout.grids(for:))
        let title = grids.first?.title ?? documents.first?.source ?? "FormPress"
        return XHTMLMarkup.document { markup in
            markup.doctype()
            markup.start("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "zh-CN"), ("xml:lang", "zh-CN")])
            markup.newline()
            writeHead(title: title, stylesheet: stylesheet, to: markup)
            markup.start("body")
            markup.newline()
            for (index, grid) in grids.enumerated() {
                XHTMLFormSection.write(grid, number: index + 1, to: markup)
            }
            if grids.isEmpty {
                let sources = documents.map(\.source).joined(separator: ", ")
                markup.element("p", [("class", "empty")], text: "未识别出表格：\(sources)")
                markup.newline()
            }
            markup.end()
            markup.newline()
            markup.end()
            markup.newline()
        }
    }

    private static func writeHead(title: String, stylesheet: StylesheetLink, to markup: XHTMLMarkup) {
        markup.start("head")
        markup.newline()
        markup.void("meta", [("charset", "UTF-8")])
        markup.newline()
        markup.void("meta", [("name", "generator"), ("content", "FormPress")])
        markup.newline()
        markup.element("title", text: title)
        markup.newline()
        switch stylesheet {
        case let .embedded(css):
            markup.start("style")
            markup.text("\n" + css)
            markup.end()
        case let .linked(href):
            markup.void("link", [("rel", "stylesheet"), ("href", href)])
        }
        markup.newline()
        markup.end()
        markup.newline()
    }
}
