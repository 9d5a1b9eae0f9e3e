import FormModel
import Layout

/// Writes one form's grid as a `<section>`: the title, year and party lines, then one
/// `<table>` a band, each with its column widths, its repeated header rows in `<thead>`,
/// and its cells with their spans.
enum XHTMLFormSection {
    /// Value cells longer than this are set left-aligned rather than centred.
    static let longValue = 20

    static func write(_ grid: FormGrid, number: Int, to markup: XHTMLMarkup) {
        markup.start("section")
        markup.attribute("class", text: "form \(grid.orientation.rawValue) \(grid.kind.rawValue)")
        markup.attribute("id", text: "form-\(number)")
        markup.newline()
        markup.start("h1")
        markup.attribute("class", "title")
        markup.text(grid.title)
        markup.end()
        markup.newline()
        if let year = grid.yearLine {
            markup.start("p")
            markup.attribute("class", "year")
            markup.text(year)
            markup.end()
            markup.newline()
        }
        if !grid.partyLine.isEmpty {
            markup.start("p")
            markup.attribute("class", "party")
            for part in grid.partyLine { markup.element("span", text: part) }
            markup.end()
            markup.newline()
        }
        let widths = grid.columns.widths.map { XHTMLMarkup.PreparedValue("width: \($0)%") }
        for band in grid.bands {
            writeTable(band, widths: widths, to: markup)
        }
        markup.end()
        markup.newline()
    }

    /// One band as a table; `widths` are the `style` of its columns.
    private static func writeTable(_ band: GridBand, widths: [XHTMLMarkup.PreparedValue], to markup: XHTMLMarkup) {
        markup.start("table")
        markup.attribute("class", "grid")
        markup.newline()
        markup.start("colgroup")
        for width in widths {
            markup.start("col")
            markup.attribute("style", width)
            markup.endVoid()
        }
        markup.end()
        markup.newline()
        if !band.headerRows.isEmpty {
            markup.start("thead")
            markup.newline()
            for row in band.headerRows { writeRow(row, to: markup) }
            markup.end()
            markup.newline()
        }
        markup.start("tbody")
        markup.newline()
        for row in band.bodyRows { writeRow(row, to: markup) }
        markup.end()
        markup.newline()
        markup.end()
        markup.newline()
    }

    private static func writeRow(_ row: [GridCell], to markup: XHTMLMarkup) {
        markup.start("tr")
        for cell in row { writeCell(cell, to: markup) }
        markup.end()
        markup.newline()
    }

    /// A header or label as `<th>` with its scope, any other cell as `<td>`; spans, classes and
    /// the repairs as attributes, then the text.
    private static func writeCell(_ cell: GridCell, to markup: XHTMLMarkup) {
        switch cell.role {
        case .header:
            markup.start("th")
            markup.attribute("scope", "col")
        case .label:
            markup.start("th")
            markup.attribute("scope", "row")
        case .category, .value, .text, .note:
            markup.start("td")
        }
        if cell.rowSpan > 1 { markup.attribute("rowspan", number: cell.rowSpan) }
        if cell.colSpan > 1 { markup.attribute("colspan", number: cell.colSpan) }
        markup.attribute("class", classes(of: cell))
        if let repair = cell.repair { markup.attribute("title", text: repair) }
        writeText(of: cell, to: markup)
        markup.end()
    }

    /// The cell's `class`: its role, then `long` for a long value and `repaired` for a cell
    /// with repairs, each combination a literal.
    private static func classes(of cell: GridCell) -> StaticString {
        let repaired = cell.repair != nil
        switch cell.role {
        case .header: return repaired ? "header repaired" : "header"
        case .label: return repaired ? "label repaired" : "label"
        case .category: return repaired ? "category repaired" : "category"
        case .value:
            if isLong(cell.plainText) { return repaired ? "value long repaired" : "value long" }
            return repaired ? "value repaired" : "value"
        case .text: return repaired ? "text repaired" : "text"
        case .note: return repaired ? "note repaired" : "note"
        }
    }

    /// Whether a value is longer than ``longValue`` characters. A character holds at least one
    /// scalar and a scalar at least one byte, so a text of no more bytes, or no more scalars,
    /// than that is not long, and is answered without counting characters; plain text
    /// (``Swift/String/isPlainForSearch``) has a character a scalar, and is long when its
    /// scalars are too many.
    private static func isLong(_ text: String) -> Bool {
        guard text.utf8.count > longValue, scalarCount(text) > longValue else { return false }
        return text.isPlainForSearch || text.count > longValue
    }

    /// How many scalars a text has: its UTF-8 bytes that start one (not `10xxxxxx`).
    private static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
    }

    /// One paragraph inline; several as `<p>` each. Bold runs as `<strong>`.
    private static func writeText(of cell: GridCell, to markup: XHTMLMarkup) {
        if let line = cell.plainLine { return markup.text(line) }
        let paragraphs = cell.text.paragraphs
        for runs in paragraphs {
            if paragraphs.count > 1 { markup.start("p") }
            for run in runs {
                if run.isStrong {
                    markup.element("strong", text: run.text)
                } else {
                    markup.text(run.text)
                }
            }
            if paragraphs.count > 1 { markup.end() }
        }
    }
}
