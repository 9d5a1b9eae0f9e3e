/// A JSON value with ordered keys, printed the way FormPress's expected outputs are checked in:
/// two-space indentation, and an object or array of scalars kept on one line.
enum JSONValue {
    case string(String)
    /// A number, already spelled as JSON (`600000`, `817.45`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    func write(to out: inout String, indent: Int = 0) {
        switch self {
        case let .string(text): JSONValue.writeString(text, to: &out)
        case let .number(text): out += text
        case let .bool(flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() { if i > 0 { out += ", " }; item.write(to: &out) }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += JSONValue.spaces(indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += JSONValue.spaces(indent)
            out += "]"
        case let .object(members):
            if members.isEmpty { out += "{}"; return }
            if members.allSatisfy(\.1.isScalar) {
                out += "{"
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { out += ", " }
                    JSONValue.writeString(key, to: &out)
                    out += ": "
                    value.write(to: &out)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += JSONValue.spaces(indent + 2)
                JSONValue.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += JSONValue.spaces(indent)
            out += "}"
        }
    }

    /// Escapes per RFC 8259: quote, backslash and control characters; everything else as UTF-8.
    ///
    /// Works on the UTF-8 bytes: text with nothing to escape (nearly all of it) is copied in
    /// one piece, and escaped text is copied between the bytes that need escaping.
    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        if plain == true {
            out += text
            out += "\""
            return
        }
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                bytes.formIndex(after: &index)
                continue
            }
            out += Substring(bytes[start..<index])
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case UInt8(ascii: "\t"): out += "\\t"
            default:
                let hex = String(byte, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            bytes.formIndex(after: &index)
            start = index
        }
        out += Substring(bytes[start..<index])
        out += "\""
    }

    /// Indentation, made once: the writer indents every line of every document.
    private static let indentation: [String] = (0..<32).map { String(repeating: " ", count: 2 * $0) }

    static func spaces(_ count: Int) -> String {
        count % 2 == 0 && count / 2 < indentation.count ? indentation[count / 2] : String(repeating: " ", count: count)
    }
}
