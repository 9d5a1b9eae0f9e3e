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
        // The cells are read in place, through the row's buffer: `for cell in row` copies each
        // cell out of the row (retaining its strings) and destroys the copy after.
        row.withUnsafeBufferPointer { cells in
            for cell in cells.indices { writeCell(cells[cell], to: markup) }
        }
        markup.end()
        markup.newline()
    }

    /// A header or label as `<th>` with its scope, any other cell as `<td>`; spans, classes and
    /// the repairs as attributes, then the text.
    ///
    /// Inlined into ``writeRow(_:to:)``, so that the cell is read where the row keeps it.
    @inline(__always)
    private static func writeCell(_ cell: GridCell, to markup: XHTMLMarkup) {
        // Every part is read before the first write: a cell still read after a call into the
        // markup is copied out of the row first (the call might change the row, as far as the
        // compiler knows), strings and all.
        let role = cell.role, rowSpan = cell.rowSpan, colSpan = cell.colSpan, repair = cell.repair
        let classes = classes(role, long: role == .value && isLong(cell.plainText), repaired: repair != nil)
        let line = cell.plainLine
        let text = line == nil ? cell.text : nil
        switch role {
        case .header:
            markup.start("th")
            markup.attribute("scope", "col")
        case .label:
            markup.start("th")
            markup.attribute("scope", "row")
        case .category, .value, .text, .note:
            markup.start("td")
        }
        if rowSpan > 1 { markup.attribute("rowspan", number: rowSpan) }
        if colSpan > 1 { markup.attribute("colspan", number: colSpan) }
        markup.attribute("class", classes)
        if let repair { markup.attribute("title", text: repair) }
        if let line {
            markup.text(line)
        } else if let text {
            write(text, to: markup)
        }
        markup.end()
    }

    /// A cell's `class`: its role, then `long` for a long value and `repaired` for a cell
    /// with repairs, each combination a literal.
    private static func classes(_ role: CellRole, long: Bool, repaired: Bool) -> StaticString {
        switch role {
        case .header: return repaired ? "header repaired" : "header"
        case .label: return repaired ? "label repaired" : "label"
        case .category: return repaired ? "category repaired" : "category"
        case .value:
            if long { return repaired ? "value long repaired" : "value long" }
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

    /// How many scalars a text has (``Swift/UnsafeBufferPointer/scalarCount``).
    private static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { $0.scalarCount }
    }

    /// One paragraph inline; several as `<p>` each. Bold runs as `<strong>`.
    private static func write(_ text: RichText, to markup: XHTMLMarkup) {
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
