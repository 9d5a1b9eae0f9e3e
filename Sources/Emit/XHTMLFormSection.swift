import FormModel
import Layout

/// Writes one form's grid as a `<section>`: the title, year and party lines, then one
/// `<table>` a band, each with its column widths, its repeated header rows in `<thead>`,
/// and its cells with their spans.
enum XHTMLFormSection {
    /// Value cells longer than this are set left-aligned rather than centred.
    static let longValue = 20

    static func write(_ grid: FormGrid, number: Int, to markup: XHTMLMarkup) {
        markup.start("section", [("class", "form \(grid.orientation.rawValue) \(grid.kind.rawValue)"), ("id", "form-\(number)")])
        markup.newline()
        markup.element("h1", [("class", "title")], text: grid.title)
        markup.newline()
        if let year = grid.yearLine {
            markup.element("p", [("class", "year")], text: year)
            markup.newline()
        }
        if !grid.partyLine.isEmpty {
            markup.start("p", [("class", "party")])
            for part in grid.partyLine { markup.element("span", text: part) }
            markup.end()
            markup.newline()
        }
        for band in grid.bands {
            writeTable(band, columns: grid.columns, to: markup)
        }
        markup.end()
        markup.newline()
    }

    private static func writeTable(_ band: GridBand, columns: ColumnSet, to markup: XHTMLMarkup) {
        markup.start("table", [("class", "grid")])
        markup.newline()
        markup.start("colgroup")
        for width in columns.widths { markup.void("col", [("style", "width: \(width)%")]) }
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

    private static func writeCell(_ cell: GridCell, to markup: XHTMLMarkup) {
        var attributes: [(String, String)] = []
        let name: String
        switch cell.role {
        case .header:
            name = "th"
            attributes.append(("scope", "col"))
        case .label:
            name = "th"
            attributes.append(("scope", "row"))
        case .category, .value, .text, .note:
            name = "td"
        }
        if cell.rowSpan > 1 { attributes.append(("rowspan", String(cell.rowSpan))) }
        if cell.colSpan > 1 { attributes.append(("colspan", String(cell.colSpan))) }
        var classes = [cell.role.rawValue]
        if cell.role == .value && isLong(cell.plainText) { classes.append("long") }
        if cell.repair != nil { classes.append("repaired") }
        attributes.append(("class", classes.joined(separator: " ")))
        if let repair = cell.repair { attributes.append(("title", repair)) }

        markup.start(name, attributes)
        writeText(cell.text, to: markup)
        markup.end()
    }

    /// Whether a value is longer than ``longValue`` characters; a text of no more bytes than
    /// that has no more characters, and is answered without counting them.
    private static func isLong(_ text: String) -> Bool {
        text.utf8.count > longValue && text.count > longValue
    }

    /// One paragraph inline; several as `<p>` each. Bold runs as `<strong>`.
    private static func writeText(_ text: RichText, to markup: XHTMLMarkup) {
        let paragraphs = text.paragraphs
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
