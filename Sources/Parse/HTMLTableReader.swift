internal import CLibXML2
import FormModel

/// Reads the HTML dialect: a `<table>` as MinerU writes it (one line, `rowspan`/`colspan`,
/// unquoted attribute values, no `<th>`, tags of its own such as `<eq>\geq 95\%</eq>`).
///
/// libxml2's HTML parser reads the markup, however broken; the spans are then expanded into a
/// rectangular grid in which a spanned position is an empty cell, exactly as a merged cell
/// shows up in the tab dialect, so the assembler's repairs work the same on every dialect.
/// Each cell's inner markup (`<p>`, `<b>`, `<br>`, unknown tags) is written back as markup and
/// cleaned by ``CellCleaner``, so the same inline rules apply as to a tab-separated cell.
enum HTMLTableReader {
    /// Spans beyond these are OCR noise; clamping them keeps a hostile table small.
    static let maximumColumnSpan = 64
    static let maximumColumns = 256
    /// Positions that spans may fill in one table; past it, spans count as 1, so that a table of
    /// many rows with huge `rowspan`s stays linear in its size. (A real form's spans fill a few
    /// hundred; a million made a 16 KB table of four cells take 160 MB.)
    static let spanBudget = 100_000
    /// Empty cells that may be added in one table to make its rows equally wide; past it, rows
    /// keep their own width, so that one 256-cell row over 80,000 one-cell rows costs no more
    /// memory than its cells (it took 1.3 GB for 1.5 MB).
    static let paddingBudget = 1_000_000

    /// The rows of one `<table>…</table>` fragment. `line` and `column` are where the fragment
    /// starts in the source; its lines are separated by `\n`.
    static func rows(_ fragment: String, line: Int, column: Int) -> [SourceRow] {
        let places = cellPlaces(in: fragment, line: line, column: column)
        let parsed = parse(fragment)
        let located = parsed.rows.reduce(0) { $0 + $1.cells.count } == places.count
        var grid = Grid()
        var order = 0
        var budget = spanBudget
        var rows: [SourceRow] = []
        for (r, tr) in parsed.rows.enumerated() {
            // The row's cells by index; a position not taken is nil.
            var slots = grid.take(row: r)
            func isTaken(_ index: Int) -> Bool { index < slots.count && slots[index] != nil }
            func put(_ cell: SourceCell, at index: Int) {
                while slots.count <= index { slots.append(nil) }
                slots[index] = cell
            }
            var next = 0
            var rowLine = line + max(0, tr.line - 1)
            for (k, cell) in tr.cells.enumerated() {
                while isTaken(next) { next += 1 }
                guard next < maximumColumns else { break }
                let place = located ? places[order] : (line + max(0, tr.line - 1), column)
                order += 1
                if k == 0 { rowLine = place.0 }
                let cleaned = CellCleaner.clean(Substring(cell.markup))
                put(SourceCell(index: next, column: place.1, cleaned: cleaned), at: next)
                var width = min(cell.columnSpan, maximumColumns - next)
                var height = cell.rowSpan == 0 ? parsed.rows.count - r : min(cell.rowSpan, parsed.rows.count - r)
                if width * max(1, height) > budget { (width, height) = (1, 1) }
                budget -= width * max(1, height)
                for dc in 0..<width where dc > 0 { put(SourceCell.empty(index: next + dc, column: place.1), at: next + dc) }
                for dr in 1..<max(1, height) {
                    for dc in 0..<width { grid.reserve(row: r + dr, index: next + dc, column: place.1) }
                }
                next += width
            }
            while let last = slots.last, last == nil { slots.removeLast() }
            let lastColumn = slots.lazy.compactMap { $0?.column }.max() ?? column
            let cells = slots.indices.map { slots[$0] ?? SourceCell.empty(index: $0, column: lastColumn) }
            rows.append(SourceRow(line: rowLine, cells: cells, isTable: true))
        }
        // A rectangular grid: short rows get empty cells at the end, as tab rows do.
        let width = rows.map(\.cells.count).max() ?? 0
        let padding = rows.reduce(0) { $0 + (width - $1.cells.count) }
        let padded = padding > paddingBudget ? rows : rows.map { row in
            let last = row.cells.last?.column ?? column
            let extra = (row.cells.count..<width).map { SourceCell.empty(index: $0, column: last) }
            return SourceRow(line: row.line, cells: row.cells + extra, isTable: true)
        }
        // A caption is a line of prose above the table (usually the form's title).
        let caption: [SourceRow] = parsed.caption.map { caption in
            let cleaned = CellCleaner.clean(Substring(caption))
            let cell = SourceCell(index: 0, column: column, cleaned: cleaned)
            return [SourceRow(line: line, cells: [cell], isTable: false)]
        } ?? []
        return caption + padded
    }

    /// Positions taken by cells spanning down from rows above.
    private struct Grid {
        private var reserved: [Int: [Int: SourceCell]] = [:]

        mutating func reserve(row: Int, index: Int, column: Int) {
            reserved[row, default: [:]][index] = SourceCell.empty(index: index, column: column)
        }

        /// The row's reserved positions, by index (nil where none is reserved).
        mutating func take(row: Int) -> [SourceCell?] {
            guard let taken = reserved.removeValue(forKey: row), let width = taken.keys.max() else { return [] }
            var slots = [SourceCell?](repeating: nil, count: width + 1)
            for (index, cell) in taken { slots[index] = cell }
            return slots
        }
    }

    // MARK: - Parsing with libxml2

    /// libxml2 sets up its global tables on first use, which is not safe when several threads
    /// (tests, batch conversion) parse at once; a lazy static runs the setup exactly once.
    private static let libxml2Ready: Void = { xmlInitParser() }()

    struct ParsedCell {
        let markup: String
        let rowSpan: Int
        let columnSpan: Int
    }

    struct ParsedRow {
        /// 1-based line of the `<tr>` within the fragment.
        let line: Int
        var cells: [ParsedCell]
    }

    struct ParsedTable {
        var rows: [ParsedRow] = []
        var caption: String?
    }

    /// The rows and cells of the first table in `fragment`. Nested tables stay inside their
    /// cell, as text.
    static func parse(_ fragment: String) -> ParsedTable {
        _ = libxml2Ready
        var table = ParsedTable()
        var bytes = Array(fragment.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return table }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let count = Int32(bytes.count)
        let parsedDocument = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, count, nil, "UTF-8", options)
            }
        }
        guard let document = parsedDocument else { return table }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), let tableNode = first(named: "table", under: root) else { return table }
        for child in nodes(under: tableNode) {
            if let text = looseText(child) {
                table.rows.append(ParsedRow(line: Int(xmlGetLineNo(child)), cells: [ParsedCell(markup: text, rowSpan: 1, columnSpan: 1)]))
                continue
            }
            switch name(of: child) {
            case "tr": table.rows.append(row(child))
            case "caption": table.caption = markup(of: child)
            // `<tbody>`, and whatever OCR left open between rows (`<strong>`, `<p>`), which
            // libxml2 makes the parent of every row after it: its rows are the table's.
            default: table.rows += rows(inside: child)
            }
        }
        return table
    }

    /// The rows under an element, in document order, outside any nested table; iterative, so
    /// that 100,000 nested elements cannot overflow the stack.
    private static func rows(inside node: xmlNodePtr) -> [ParsedRow] {
        var rows: [ParsedRow] = []
        var stack = Array(nodes(under: node).reversed())
        while let element = stack.popLast() {
            if let text = looseText(element) {
                rows.append(ParsedRow(line: Int(xmlGetLineNo(element)), cells: [ParsedCell(markup: text, rowSpan: 1, columnSpan: 1)]))
                continue
            }
            switch name(of: element) {
            case "tr": rows.append(row(element))
            case "table": continue
            default: stack += nodes(under: element).reversed()
            }
        }
        return rows
    }

    private static func row(_ tr: xmlNodePtr) -> ParsedRow {
        var parsed = ParsedRow(line: Int(xmlGetLineNo(tr)), cells: [])
        for node in nodes(under: tr) {
            if case let tag = name(of: node), tag == "td" || tag == "th" {
                parsed.cells.append(ParsedCell(markup: markup(of: node),
                                               rowSpan: span(node, "rowspan", zeroMeansRest: true),
                                               columnSpan: min(max(1, span(node, "colspan", zeroMeansRest: false)), maximumColumnSpan)))
            } else if let text = looseText(node) ?? strayElementText(node) {
                // Text OCR left between cells is a cell of its own, never dropped.
                parsed.cells.append(ParsedCell(markup: text, rowSpan: 1, columnSpan: 1))
            }
        }
        return parsed
    }

    /// A `rowspan`/`colspan` value: digits at its start (`3`, `"3"`, `3px`), 1 when absent or
    /// unreadable; `rowspan=0` (to the end of the table) is 0.
    private static func span(_ node: xmlNodePtr, _ attribute: StaticString, zeroMeansRest: Bool) -> Int {
        guard let value = xmlGetProp(node, attribute.utf8Start) else { return 1 }
        defer { clibxml2_free(value) }
        let bytes = UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
        let number: Int?
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII, every byte a character: spaces, then up to six digits.
            let digits = bytes.drop { $0.isASCIIWhitespace }.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.prefix(6)
            number = digits.isEmpty ? nil : digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        } else {
            let text = String(cString: value).trimmingSpaces()
            number = Int(text.prefix { $0.isASCII && $0.isNumber }.prefix(6))
        }
        guard let number else { return 1 }
        return number == 0 && !zeroMeansRest ? 1 : number
    }

    /// Every child of a node, text included, in order.
    private static func nodes(under node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            out.append(current)
            child = current.pointee.next
        }
        return out
    }

    /// A text node outside any cell that holds more than white space, as markup.
    private static func looseText(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
              let content = node.pointee.content else { return nil }
        let text = String(cString: content)
        return text.trimmingSpaces().isEmpty ? nil : escaped(text)
    }

    /// An element between the cells of a row (`<strong>…</strong>` OCR left there), as markup.
    private static func strayElementText(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        let text = markup(of: node)
        return text.trimmingSpaces().isEmpty ? nil : text
    }

    /// The element children of a node.
    private static func elements(under node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { out.append(current) }
            child = current.pointee.next
        }
        return out
    }

    /// The first element with this name, depth first, without recursion.
    private static func first(named wanted: String, under root: xmlNodePtr) -> xmlNodePtr? {
        var stack = [root]
        while let node = stack.popLast() {
            if name(of: node) == wanted { return node }
            stack += elements(under: node).reversed()
        }
        return nil
    }

    /// An element's name, lower-cased. (libxml2's HTML parser lower-cases names itself, so
    /// `lowercased()` runs only on a name that still holds a byte it could change.)
    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        let text = String(cString: name)
        return text.utf8.contains { $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) } ? text.lowercased() : text
    }

    /// Tags that carry meaning inside a cell and are written back; any other tag is dropped and
    /// its content kept.
    private static let keptTags: Set<String> = ["p", "div", "li", "b", "strong", "tr"]

    /// A cell's content written back as markup, without recursion (so that no nesting depth
    /// can overflow the stack): text escaped, kept tags as tags, other elements as their content.
    /// Written as UTF-8 bytes and made a string once.
    static func markup(of cell: xmlNodePtr) -> String {
        enum Step { case node(xmlNodePtr), close(String), space }
        var out: [UInt8] = []
        var stack: [Step] = []
        func pushChildren(of node: xmlNodePtr) {
            let first = stack.count
            var child = node.pointee.children
            while let current = child {
                stack.append(.node(current))
                child = current.pointee.next
            }
            stack[first...].reverse()
        }
        func writeTag(_ tag: String, closing: Bool) {
            out.append(contentsOf: (closing ? "</" : "<").utf8)
            out.append(contentsOf: tag.utf8)
            out.append(UInt8(ascii: ">"))
        }
        pushChildren(of: cell)
        while let step = stack.popLast() {
            switch step {
            case let .close(tag): writeTag(tag, closing: true)
            case .space: out.append(UInt8(ascii: " "))
            case let .node(node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { appendEscaped(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))), to: &out) }
                case XML_ELEMENT_NODE:
                    let tag = name(of: node)
                    if tag == "br" {
                        out.append(contentsOf: "<br>".utf8)
                    } else if keptTags.contains(tag) {
                        writeTag(tag, closing: false)
                        stack.append(.close(tag))
                        pushChildren(of: node)
                    } else {
                        // A nested cell boundary stays a word boundary.
                        if tag == "td" || tag == "th" { stack.append(.space) }
                        pushChildren(of: node)
                    }
                default:
                    break
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends text as markup: `&` and `<` escaped (see ``escaped(_:)``).
    private static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            default: out.append(byte)
            }
        }
    }

    /// Text as markup: `&` and `<` escaped, so that the cleaner reads them as text.
    private static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) else { return text }
        var text = text, out: [UInt8] = []
        text.withUTF8 { appendEscaped($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Source positions

    /// Where each `<td`/`<th` starts in the source, in order: (line, 1-based column, counted in
    /// scalars). Found on the UTF-8 bytes, counting the scalars as they start.
    static func cellPlaces(in fragment: String, line: Int, column: Int) -> [(Int, Int)] {
        var places: [(Int, Int)] = []
        var fragment = fragment
        fragment.withUTF8 { bytes in
            var lineNumber = line
            var lineStart = 0
            var firstLine = true
            var scalar = 0  // the scalars before bytes[i]
            for i in bytes.indices {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\n") {
                    lineNumber += 1
                    lineStart = scalar + 1
                    firstLine = false
                } else if byte == UInt8(ascii: "<"), i + 3 < bytes.count, bytes[i + 1] | 0x20 == UInt8(ascii: "t"),
                          bytes[i + 2] | 0x20 == UInt8(ascii: "d") || bytes[i + 2] | 0x20 == UInt8(ascii: "h"),
                          endsCellName(bytes, at: i + 3) {
                    places.append((lineNumber, scalar - lineStart + (firstLine ? column : 1)))
                }
                if byte & 0xC0 != 0x80 { scalar += 1 }
            }
        }
        return places
    }

    /// Whether the scalar at `i` ends a `<td`/`<th` name: `>`, `/` or white space.
    private static func endsCellName(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let (value, _) = bytes.scalar(at: i)
        return value == 0x3E || value == 0x2F || Unicode.Scalar(value).map(Vocabulary.isWhitespace) == true
    }
}
