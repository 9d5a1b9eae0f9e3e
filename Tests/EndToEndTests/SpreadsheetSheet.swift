import Foundation
import FoundationXML

/// The first sheet of a flat OpenDocument spreadsheet (`.fods`), as LibreOffice wrote it after
/// importing a CSV file: each cell's type, numeric value, formula and shown text.
struct SpreadsheetSheet {
    struct Cell: Equatable {
        /// `office:value-type`: `float`, `percentage`, `string`, `date` …; nil for an empty cell.
        var type: String?
        /// `office:value`, the number a numeric cell holds.
        var value: String?
        /// `table:formula`, present only when the spreadsheet took the cell for a formula.
        var formula: String?
        /// The text shown, paragraphs joined by a line feed.
        var text: String

        static let empty = Cell(type: nil, value: nil, formula: nil, text: "")
    }

    let rows: [[Cell]]

    init(contentsOf url: URL) throws {
        let document = try XMLDocument(contentsOf: url)
        guard let table = document.rootElement().flatMap({ Self.first("table", under: $0) }) else {
            rows = []
            return
        }
        var rows: [[Cell]] = []
        for row in Self.children(of: table, named: "table-row") {
            var cells: [Cell] = []
            for cell in (row.children ?? []).compactMap({ $0 as? XMLElement })
            where cell.localName == "table-cell" || cell.localName == "covered-table-cell" {
                let repeated = Int(cell.attribute(forName: "table:number-columns-repeated")?.stringValue ?? "") ?? 1
                let parsed = Cell(type: cell.attribute(forName: "office:value-type")?.stringValue,
                                  value: cell.attribute(forName: "office:value")?.stringValue,
                                  formula: cell.attribute(forName: "table:formula")?.stringValue,
                                  text: Self.children(of: cell, named: "p").map(Self.text(of:)).joined(separator: "\n"))
                cells += Array(repeating: parsed, count: min(repeated, 1024))
            }
            while cells.last == .empty { cells.removeLast() }
            let repeated = Int(row.attribute(forName: "table:number-rows-repeated")?.stringValue ?? "") ?? 1
            rows += Array(repeating: cells, count: min(repeated, 10_000))
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        self.rows = rows
    }

    /// The text of a paragraph: `text:s` is spaces, `text:tab` a tab, `text:line-break` a line feed.
    private static func text(of node: XMLNode) -> String {
        guard let element = node as? XMLElement else { return node.kind == .text ? node.stringValue ?? "" : "" }
        switch element.localName {
        case "s": return String(repeating: " ", count: Int(element.attribute(forName: "text:c")?.stringValue ?? "") ?? 1)
        case "tab": return "\t"
        case "line-break": return "\n"
        default: return (element.children ?? []).map(text(of:)).joined()
        }
    }

    private static func children(of element: XMLElement, named name: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name }
    }

    private static func first(_ name: String, under element: XMLElement) -> XMLElement? {
        for child in (element.children ?? []).compactMap({ $0 as? XMLElement }) {
            if child.localName == name { return child }
            if let found = first(name, under: child) { return found }
        }
        return nil
    }
}
