internal import CLibXML2

/// A thin layer over libxml2's `xmlTextWriter`, which escapes text and attributes, so that
/// the XHTML is well-formed by construction and never assembled from strings.
///
/// Every string is first filtered to XML 1.0 characters (libxml2 passes control characters
/// through); names and constant values are the program's own literals (`StaticString`), handed
/// to libxml2 as they are. The writer and its buffer live only inside ``document(_:)``.
final class XHTMLMarkup {
    private let writer: xmlTextWriterPtr

    private init(writer: xmlTextWriterPtr) {
        self.writer = writer
    }

    /// Writes one XML document (declaration, UTF-8) with `body` and returns its bytes.
    ///
    /// `capacity` is a guess at the document's size in bytes: libxml2's buffer is made that
    /// large at once, since each growth copies everything written so far. A guess too small
    /// only costs growths; one too large costs address space that is never touched.
    static func document(capacity: Int = 0, _ body: (XHTMLMarkup) -> Void) -> [UInt8] {
        guard let buffer = capacity > 0 ? xmlBufferCreateSize(capacity) : xmlBufferCreate() else { return [] }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { return [] }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        body(XHTMLMarkup(writer: writer))
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// `<!DOCTYPE html>`.
    func doctype() {
        xmlTextWriterWriteDTD(writer, Self.xmlString("html"), nil, nil, nil)
        newline()
    }

    /// Opens an element; its attributes follow, then its content; close it with ``end()``.
    func start(_ name: StaticString) {
        xmlTextWriterStartElement(writer, Self.xmlString(name))
    }

    /// An attribute whose value is a literal of the program (`scope="col"`), which has nothing
    /// to escape.
    func attribute(_ name: StaticString, _ value: StaticString) {
        let characters = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
        assert(XMLCharacters.isVerbatimAttributeValue(characters), "an attribute literal needs no escaping")
        attribute(name, verbatim: characters)
    }

    /// An attribute whose value is text, filtered to XML characters and escaped by libxml2.
    func attribute(_ name: StaticString, text value: String) {
        _ = XMLCharacters.withClean(value) { xmlTextWriterWriteAttribute(writer, Self.xmlString(name), $0) }
    }

    /// An attribute value made once and written many times (a column's `style`, once a
    /// table): filtered to XML characters and NUL-terminated when made, and tested once for
    /// what libxml2 would escape, so that each use only hands libxml2 its bytes.
    struct PreparedValue {
        fileprivate let characters: [xmlChar]
        /// Whether libxml2 would write the value unchanged (``XMLCharacters/isVerbatimAttributeValue(_:)``).
        fileprivate let isVerbatim: Bool

        init(_ text: String) {
            characters = Array(XMLCharacters.clean(text).utf8) + [0]
            isVerbatim = characters.withUnsafeBufferPointer {
                XMLCharacters.isVerbatimAttributeValue(UnsafeBufferPointer(rebasing: $0.dropLast()))
            }
        }
    }

    /// An attribute whose value was prepared beforehand.
    func attribute(_ name: StaticString, _ value: PreparedValue) {
        value.characters.withUnsafeBufferPointer { characters in
            if value.isVerbatim { return attribute(name, verbatim: UnsafeBufferPointer(rebasing: characters.dropLast())) }
            _ = xmlTextWriterWriteAttribute(writer, Self.xmlString(name), characters.baseAddress)
        }
    }

    /// An attribute whose value is a number (`rowspan="3"`).
    func attribute(_ name: StaticString, number value: Int) {
        if Self.smallNumbers.indices.contains(value) { return attribute(name, Self.smallNumbers[value]) }
        var digits = String(value)
        digits.withUTF8 { attribute(name, verbatim: $0) }
    }

    /// An attribute whose value libxml2 would write unchanged: its start and end go through
    /// libxml2, the value between them as it is, which spares the escaping pass that
    /// `xmlTextWriterWriteAttribute` makes over every value.
    private func attribute(_ name: StaticString, verbatim value: UnsafeBufferPointer<UInt8>) {
        xmlTextWriterStartAttribute(writer, Self.xmlString(name))
        if let characters = value.baseAddress, !value.isEmpty {
            xmlTextWriterWriteRawLen(writer, characters, Int32(value.count))
        }
        xmlTextWriterEndAttribute(writer)
    }

    /// The numbers below ten (the spans of most cells), spelled as literals.
    private static let smallNumbers: [StaticString] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]

    /// Closes the open element with an end tag, even when it is empty (`<td></td>`, never `<td/>`).
    func end() {
        xmlTextWriterFullEndElement(writer)
    }

    /// Closes the open element as a void element such as `<col/>` or `<meta/>`.
    func endVoid() {
        xmlTextWriterEndElement(writer)
    }

    /// An element holding only text.
    func element(_ name: StaticString, text: String) {
        start(name)
        self.text(text)
        end()
    }

    /// Text, escaped by libxml2 (nothing when no XML character is left of it). Text with
    /// nothing to escape or filter, nearly all, is handed over as it is.
    func text(_ text: String) {
        guard !text.isEmpty else { return }
        // The bytes are read once: tested, and handed over when they need nothing.
        var text = text
        let handedOver = text.withUTF8 { bytes in
            guard XMLCharacters.treatment(of: bytes) == .none else { return false }
            bytes.withMemoryRebound(to: xmlChar.self) { _ = xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32(bytes.count)) }
            return true
        }
        guard !handedOver else { return }
        XMLCharacters.withClean(text) { characters in
            if characters.pointee != 0 { xmlTextWriterWriteString(writer, characters) }
        }
    }

    /// A line break between elements, where whitespace means nothing, to keep the file readable.
    func newline() {
        _ = xmlTextWriterWriteRawLen(writer, "\n", 1)
    }

    /// A literal as libxml2's NUL-terminated UTF-8: a string literal is stored that way.
    private static func xmlString(_ literal: StaticString) -> UnsafePointer<xmlChar> {
        precondition(literal.hasPointerRepresentation, "a name or value is a string literal")
        return UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: xmlChar.self)
    }
}
