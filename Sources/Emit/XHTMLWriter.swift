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
        String(decoding: renderUTF8(documents, stylesheet: stylesheet), as: UTF8.self)
    }

    /// One document's forms as the bytes of one XHTML file, for writing out.
    public static func renderUTF8(_ document: Document, stylesheet: StylesheetLink = .print) -> [UInt8] {
        renderUTF8([document], stylesheet: stylesheet)
    }

    /// Several documents' forms as the bytes of one XHTML file: ``render(_:stylesheet:)-([Document],_)``
    /// without making a `String` of them, which would check the UTF-8 libxml2 wrote once more.
    public static func renderUTF8(_ documents: [Document], stylesheet: StylesheetLink = .print) -> [UInt8] {
        let grids = documents.flatMap(FormLayout.grids(for:))
        let title = grids.first?.title ?? documents.first?.source ?? "FormPress"
        return XHTMLMarkup.document(capacity: estimatedSize(of: grids, stylesheet: stylesheet)) { markup in
            markup.doctype()
            markup.start("html")
            markup.attribute("xmlns", "http://www.w3.org/1999/xhtml")
            markup.attribute("lang", "zh-CN")
            markup.attribute("xml:lang", "zh-CN")
            markup.newline()
            writeHead(title: title, stylesheet: stylesheet, to: markup)
            markup.start("body")
            markup.newline()
            for (index, grid) in grids.enumerated() {
                XHTMLFormSection.write(grid, number: index + 1, to: markup)
            }
            if grids.isEmpty {
                let sources = documents.map(\.source).joined(separator: ", ")
                markup.start("p")
                markup.attribute("class", "empty")
                markup.text("未识别出表格：\(sources)")
                markup.end()
                markup.newline()
            }
            markup.end()
            markup.newline()
            markup.end()
            markup.newline()
        }
    }

    /// Bytes a cell takes at most in nearly every form: its tags, classes, spans and text.
    /// Long texts and repair titles take more; most cells far less.
    static let bytesPerCell = 128

    /// A generous guess at the size of the document: ``bytesPerCell`` a cell, the stylesheet,
    /// and room for the head and each form's title lines.
    static func estimatedSize(of grids: [FormGrid], stylesheet: StylesheetLink) -> Int {
        let cells = grids.reduce(0) { total, grid in
            grid.bands.reduce(total) { total, band in
                band.bodyRows.reduce(band.headerRows.reduce(total) { $0 + $1.count }) { $0 + $1.count }
            }
        }
        let style: Int
        switch stylesheet {
        case let .embedded(css): style = css.utf8.count
        case let .linked(href): style = href.utf8.count
        }
        return 4096 + style + grids.count * 1024 + cells * bytesPerCell
    }

    private static func writeHead(title: String, stylesheet: StylesheetLink, to markup: XHTMLMarkup) {
        markup.start("head")
        markup.newline()
        markup.start("meta")
        markup.attribute("charset", "UTF-8")
        markup.endVoid()
        markup.newline()
        markup.start("meta")
        markup.attribute("name", "generator")
        markup.attribute("content", "FormPress")
        markup.endVoid()
        markup.newline()
        markup.element("title", text: title)
        markup.newline()
        switch stylesheet {
        case let .embedded(css):
            markup.start("style")
            markup.text("\n" + css)
            markup.end()
        case let .linked(href):
            markup.start("link")
            markup.attribute("rel", "stylesheet")
            markup.attribute("href", text: href)
            markup.endVoid()
        }
        markup.newline()
        markup.end()
        markup.newline()
    }
}
