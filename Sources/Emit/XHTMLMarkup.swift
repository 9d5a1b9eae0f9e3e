internal import CLibXML2

/// A thin layer over libxml2's `xmlTextWriter`, which escapes text and attributes, so that
/// the XHTML is well-formed by construction and never assembled from strings.
///
/// Every string is first filtered to XML 1.0 characters (libxml2 passes control characters
/// through). The writer and its buffer live only inside ``document(_:)``.
final class XHTMLMarkup {
    private let writer: xmlTextWriterPtr

    private init(writer: xmlTextWriterPtr) {
        self.writer = writer
    }

    /// Writes one XML document (declaration, UTF-8) with `body` and returns its text.
    static func document(_ body: (XHTMLMarkup) -> Void) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { return "" }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        body(XHTMLMarkup(writer: writer))
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// `<!DOCTYPE html>`.
    func doctype() {
        _ = Self.withXMLString("html") { xmlTextWriterWriteDTD(writer, $0, nil, nil, nil) }
        newline()
    }

    /// Opens an element; close it with ``end()``.
    func start(_ name: String, _ attributes: [(String, String)] = []) {
        _ = Self.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }
        for (key, value) in attributes {
            _ = Self.withXMLString(key) { key in
                Self.withXMLString(XMLCharacters.clean(value)) { xmlTextWriterWriteAttribute(writer, key, $0) }
            }
        }
    }

    /// Closes the open element with an end tag, even when it is empty (`<td></td>`, never `<td/>`).
    func end() {
        xmlTextWriterFullEndElement(writer)
    }

    /// A void element such as `<col/>` or `<meta/>`.
    func void(_ name: String, _ attributes: [(String, String)]) {
        start(name, attributes)
        xmlTextWriterEndElement(writer)
    }

    /// An element holding only text.
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    /// Text, escaped by libxml2.
    func text(_ text: String) {
        let clean = XMLCharacters.clean(text)
        guard !clean.isEmpty else { return }
        _ = Self.withXMLString(clean) { xmlTextWriterWriteString(writer, $0) }
    }

    /// A line break between elements, where whitespace means nothing, to keep the file readable.
    func newline() {
        _ = xmlTextWriterWriteRaw(writer, "\n")
    }

    /// The text as libxml2's NUL-terminated UTF-8, without a copy: a Swift string keeps its
    /// UTF-8 with a NUL after it. (Text reaches here through ``XMLCharacters/clean(_:)``, so it
    /// holds no NUL of its own.)
    private static func withXMLString<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        text.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
        }
    }
}
