import CLibXML2
import Foundation

/// An XHTML output re-read by libxml2's strict XML parser, with what the tests look at:
/// the root element, the sections, every table's rows of spans, the body's text, and every
/// element and attribute name. Built independently of the writer, so it can catch it out.
struct XHTMLParsedDocument {
    struct Element {
        let name: String
        let attributes: [String: String]
    }

    /// One table row: each cell's element name, rowspan and colspan.
    typealias Row = [(name: String, rowSpan: Int, colSpan: Int)]

    let rootName: String
    let rootNamespace: String?
    let rootAttributes: [String: String]
    /// Every element in document order, with its attributes.
    let elements: [Element]
    /// The text of `<body>`, all text nodes joined.
    let bodyText: String
    /// Each `<table>`'s row groups (`<thead>`, `<tbody>`), each a list of rows.
    let tables: [[[Row]]]

    /// Parses the text; `nil` when it is not well-formed XML.
    init?(_ xhtml: String) {
        let bytes = Array(xhtml.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let doc = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                xmlReadMemory($0, Int32(bytes.count), "output.xhtml", "UTF-8", options)
            }
        }) else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }

        rootName = Self.name(root)
        rootNamespace = root.pointee.ns.map { String(cString: $0.pointee.href) }
        rootAttributes = Self.attributes(root)
        var elements: [Element] = []
        var tables: [[[Row]]] = []
        var bodyText = ""
        Self.walk(root) { node in
            let name = Self.name(node)
            elements.append(Element(name: name, attributes: Self.attributes(node)))
            if name == "body", let content = xmlNodeGetContent(node) {
                bodyText = String(cString: content)
                clibxml2_free(content)
            }
            if name == "table" { tables.append(Self.rowGroups(of: node)) }
        }
        self.elements = elements
        self.tables = tables
        self.bodyText = bodyText
    }

    /// Whether every row of every table covers every column once, spans counted, and all
    /// tables of a section have the same width.
    func tablesAreRectangular() -> Bool {
        tables.allSatisfy { groups in
            let widths = groups.map(Self.width(of:))
            return widths.allSatisfy { $0 != nil && $0 == widths.first! }
        }
    }

    /// The number of columns a row group covers, or `nil` when its rows do not tile.
    static func width(of rows: [Row]) -> Int? {
        var taken: [[Bool]] = Array(repeating: [], count: rows.count)
        for (r, row) in rows.enumerated() {
            var c = 0
            for cell in row {
                while c < taken[r].count && taken[r][c] { c += 1 }
                for dr in 0..<cell.rowSpan {
                    guard r + dr < rows.count else { return nil }
                    for dc in 0..<cell.colSpan {
                        let column = c + dc
                        if taken[r + dr].count <= column {
                            taken[r + dr] += Array(repeating: false, count: column + 1 - taken[r + dr].count)
                        }
                        if taken[r + dr][column] { return nil }
                        taken[r + dr][column] = true
                    }
                }
                c += cell.colSpan
            }
        }
        guard let width = taken.first?.count, taken.allSatisfy({ $0.count == width && $0.allSatisfy { $0 } }) else { return nil }
        return width
    }

    /// Elements with this name.
    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The body text without any whitespace, to compare texts however the cells wrap.
    var compactBodyText: String { Self.compact(bodyText) }

    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    // MARK: Walking the tree

    private static func walk(_ node: xmlNodePtr, _ visit: (xmlNodePtr) -> Void) {
        visit(node)
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { walk(current, visit) }
            child = current.pointee.next
        }
    }

    private static func children(_ node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE && Self.name(current) == name { out.append(current) }
            child = current.pointee.next
        }
        return out
    }

    private static func rowGroups(of table: xmlNodePtr) -> [[Row]] {
        (children(table, named: "thead") + children(table, named: "tbody")).map { group in
            children(group, named: "tr").map { tr in
                var row: Row = []
                var cell = tr.pointee.children
                while let current = cell {
                    let name = Self.name(current)
                    if current.pointee.type == XML_ELEMENT_NODE && (name == "td" || name == "th") {
                        let attributes = Self.attributes(current)
                        row.append((name, Int(attributes["rowspan"] ?? "1") ?? 1, Int(attributes["colspan"] ?? "1") ?? 1))
                    }
                    cell = current.pointee.next
                }
                return row
            }
        }
    }

    private static func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    private static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var out: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let key = String(cString: current.pointee.name)
            let prefix = current.pointee.ns.map { String(cString: $0.pointee.prefix) + ":" } ?? ""
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                out[prefix + key] = String(cString: value)
                clibxml2_free(value)
            }
            attribute = current.pointee.next
        }
        return out
    }
}
