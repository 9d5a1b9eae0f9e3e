import CLibXML2
import FormPress
import Foundation

// The invariants every output must hold, whatever the input. This one file is compiled into the
// end-to-end tests and, through a symbolic link, into the libFuzzer harness in `Fuzz/`, so that
// the fuzzer and the tests judge outputs by the same rules.

/// Re-reads XHTML with libxml2's strict XML parser and looks for active content.
enum XHTMLCheck {
    /// Why the XHTML is not acceptable, or `nil` when it is well-formed and inert.
    static func problem(in xhtml: [UInt8]) -> String? {
        guard let context = xmlNewParserCtxt() else { return "libxml2 could not allocate a parser" }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        let document = xhtml.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), "out.xhtml", "UTF-8", options)
            }
        }
        guard let document else { return "not well-formed XML: \(lastError(context))" }
        defer { xmlFreeDoc(document) }
        if context.pointee.wellFormed == 0 || context.pointee.nsWellFormed == 0 {
            return "not well-formed XML: \(lastError(context))"
        }
        return activeContent(xmlDocGetRootElement(document))
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> String {
        guard let message = context.pointee.lastError.message else { return "unknown error" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
            + " (line \(context.pointee.lastError.line))"
    }

    /// A `<script>`, an `on…=` handler, a `javascript:` URL or an embedded object, anywhere.
    private static func activeContent(_ root: xmlNodePtr?) -> String? {
        var stack: [xmlNodePtr] = root.map { [$0] } ?? []
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: node.pointee.name).lowercased()
                if ["script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "meta", "form"].contains(name) {
                    if name != "meta" || hasAttribute(node, "http-equiv") { return "active element <\(name)>" }
                }
                var attribute = node.pointee.properties
                while let a = attribute {
                    let attributeName = String(cString: a.pointee.name).lowercased()
                    let value = text(of: a.pointee.children)
                    if attributeName.hasPrefix("on") { return "event handler attribute \(attributeName)=" }
                    if isScriptURL(value) { return "script URL in \(attributeName)=\"\(value.prefix(40))\"" }
                    if attributeName == "style", isActiveCSS(value) { return "active CSS in style=" }
                    attribute = a.pointee.next
                }
                if name == "style", isActiveCSS(text(of: node.pointee.children)) { return "active CSS in <style>" }
            }
            var child = node.pointee.children
            while let c = child {
                stack.append(c)
                child = c.pointee.next
            }
        }
        return nil
    }

    private static func hasAttribute(_ node: xmlNodePtr, _ name: String) -> Bool {
        var attribute = node.pointee.properties
        while let a = attribute {
            if String(cString: a.pointee.name).lowercased() == name { return true }
            attribute = a.pointee.next
        }
        return false
    }

    private static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let n = node {
            if let content = n.pointee.content { out += String(cString: content) }
            node = n.pointee.next
        }
        return out
    }

    /// `javascript:`, `vbscript:` or `data:text/html` once the spaces and controls browsers skip are gone.
    static func isScriptURL(_ value: String) -> Bool {
        let squeezed = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
        return squeezed.hasPrefix("javascript:") || squeezed.hasPrefix("vbscript:") || squeezed.hasPrefix("data:text/html")
    }

    private static func isActiveCSS(_ css: String) -> Bool {
        let squeezed = String(String.UnicodeScalarView(css.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
        return squeezed.contains("javascript:") || squeezed.contains("expression(") || squeezed.contains("-moz-binding")
            || squeezed.contains("@import")
    }
}

/// A strict RFC 4180 reader: a CSV that a spreadsheet would have to repair is an error.
enum CSVReadBack {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// The records of a CSV file's bytes (UTF-8, with or without the byte-order mark).
    static func records(_ bytes: [UInt8], byteOrderMark: Bool) throws -> [[String]] {
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        guard hasMark == byteOrderMark else { throw Malformed(description: "byte-order mark is \(hasMark ? "present" : "missing")") }
        guard let text = String(validating: bytes.dropFirst(hasMark ? 3 : 0), as: UTF8.self) else {
            throw Malformed(description: "not valid UTF-8")
        }
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        var quoted = false, closed = false, atStart = true
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            quoted = false; closed = false; atStart = true
        }
        while let s = scalars.popFirst() {
            if quoted && !closed {
                if s == "\"" {
                    if scalars.first == "\"" { field.append("\""); scalars = scalars.dropFirst() } else { closed = true }
                } else {
                    field.append(s)
                }
                continue
            }
            switch s {
            case "\"" where atStart:
                quoted = true; atStart = false
            case ",":
                endField()
            case "\r":
                guard scalars.first == "\n" else { throw Malformed(description: "bare CR at record \(records.count + 1)") }
                scalars = scalars.dropFirst()
                endField()
                records.append(record)
                record = []
            case "\n":
                throw Malformed(description: "bare LF at record \(records.count + 1)")
            default:
                guard !closed else { throw Malformed(description: "text after a closing quote at record \(records.count + 1)") }
                guard s != "\"" else { throw Malformed(description: "quote inside an unquoted field at record \(records.count + 1)") }
                field.append(s); atStart = false
            }
        }
        guard quoted == false || closed, field.isEmpty, record.isEmpty else {
            throw Malformed(description: "the last record is not ended by CRLF, or a quote is not closed")
        }
        guard let width = records.first?.count, records.allSatisfy({ $0.count == width }) else {
            throw Malformed(description: records.isEmpty ? "no header record" : "records of different widths")
        }
        return records
    }

    /// Why a CSV table does not read back to the model, or `nil`: one record per item of the
    /// table, in order, and (with English headers) each text column equal to the model's text.
    static func problem(_ bytes: [UInt8], table: CSVTable, documents: [Document], options: CSVOptions) -> String? {
        let records: [[String]]
        do { records = try self.records(bytes, byteOrderMark: options.byteOrderMark) } catch { return "\(table) CSV: \(error)" }
        let forms = documents.flatMap(\.forms)
        let expected: [[String: String]]
        switch table {
        case .indicators:
            expected = forms.flatMap { $0.indicators.map { ["level1": $0.level1, "level2": $0.level2, "level3": $0.level3,
                                                             "period_value": $0.periodValue, "annual_value": $0.annualValue] } }
        case .tasks:
            expected = forms.flatMap { ($0.tasks + $0.otherTasks).map { ["name": $0.name, "content": $0.content, "goal": $0.goal] } }
        case .fields:
            expected = forms.flatMap { $0.fields.map { ["label": $0.label, "value": $0.value, "group": $0.group ?? ""] } }
        case .grid:
            return nil
        }
        guard records.count == expected.count + 1 else {
            return "\(table) CSV has \(records.count - 1) rows for \(expected.count) items"
        }
        guard options.header == .en else { return nil }
        let header = records[0]
        for (model, record) in zip(expected, records.dropFirst()) {
            for (column, text) in model {
                guard let index = header.firstIndex(of: column) else { return "\(table) CSV has no column \(column)" }
                if !same(record[index], text) { return "\(table) CSV column \(column) reads back \(record[index].debugDescription), model has \(text.debugDescription)" }
            }
        }
        return nil
    }

    /// Whether a cell read back is the model's text, allowing only the formula guard's leading `'`.
    static func same(_ cell: String, _ model: String) -> Bool {
        cell == model || cell == "'" + model
    }
}

/// The letters, digits and Chinese characters of a text: what a lossless reading must keep.
enum TextRuns {
    /// Runs of two or more letters, digits or CJK ideographs, after width folding.
    static func runs(_ text: String) -> [String] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 { runs.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for s in fold(text).unicodeScalars {
            if isKept(s) { current.append(s) } else { flush() }
        }
        flush()
        return runs
    }

    /// Letters, digits and ideographs, with white space removed and full-width ASCII folded.
    static func blob(_ strings: [String]) -> String {
        String(String.UnicodeScalarView(strings.flatMap { fold($0).unicodeScalars.filter { !$0.properties.isWhitespace } }))
    }

    static func isKept(_ s: Unicode.Scalar) -> Bool {
        (s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil)) || isIdeograph(s) || s == "." || s == "%"
    }

    static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    static func fold(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            if (0xFF01...0xFF5E).contains(s.value) { return Unicode.Scalar(s.value - 0xFEE0)! }
            if s.value == 0x3000 { return " " }
            return s
        }))
    }
}
