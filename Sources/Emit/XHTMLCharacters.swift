internal import CLibXML2

/// The characters XML 1.0 allows, so that no input byte can make the XHTML malformed.
enum XMLCharacters {
    /// The text without the characters XML 1.0 forbids: C0 controls other than tab, line feed
    /// and carriage return, and U+FFFE / U+FFFF. Swift strings hold no surrogates or invalid
    /// UTF-8, so nothing else can be out of range.
    static func clean(_ text: String) -> String {
        guard treatment(of: text) == .filtering else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// What libxml2 must do with a text before it is character data.
    enum Treatment {
        /// Nothing: no character XML forbids and none that libxml2 escapes.
        case none
        /// Escaping (`<`, `>`, `&`, `"` and carriage return, which libxml2 spells as entities).
        case escaping
        /// Filtering (``clean(_:)``), then escaping.
        case filtering
    }

    /// The treatment a text needs, read from its UTF-8 bytes: a forbidden control is one byte
    /// below 0x20, U+FFFE / U+FFFF are `EF BF BE` / `EF BF BF`, and what libxml2 escapes is ASCII
    /// no higher than `>`, so most bytes are passed over after one comparison.
    static func treatment(of text: String) -> Treatment {
        var text = text
        return text.withUTF8(treatment(of:))
    }

    /// ``treatment(of:)-(String)`` of a text's UTF-8 bytes.
    static func treatment(of bytes: UnsafeBufferPointer<UInt8>) -> Treatment {
        var treatment = Treatment.none
        for i in bytes.indices {
            let byte = bytes[i]
            if byte > UInt8(ascii: ">") {
                if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return .filtering }
                continue
            }
            switch byte {
            case 0x9, 0xA: continue
            case 0xD, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""): treatment = .escaping
            case ..<0x20: return .filtering
            default: continue
            }
        }
        return treatment
    }

    /// Whether libxml2 writes these bytes into an attribute value as they are: they need no
    /// filtering and hold none of the characters it escapes there, which are those of text
    /// plus tab and line feed (spelled `&#9;` and `&#10;` inside a value).
    static func isVerbatimAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        treatment(of: bytes) == .none && !bytes.contains(0x9) && !bytes.contains(0xA)
    }

    /// The filtered text as libxml2's NUL-terminated UTF-8, without a copy when it needs no
    /// filtering: a Swift string keeps its UTF-8 with a NUL after it, and holds no other NUL
    /// once filtered.
    static func withClean<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        let clean = clean(text)
        return clean.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: clean.utf8.count + 1, body)
        }
    }
}
