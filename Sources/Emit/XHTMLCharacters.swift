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
    /// no higher than `>`.
    static func treatment(of text: String) -> Treatment {
        var text = text
        return text.withUTF8(treatment(of:))
    }

    /// ``treatment(of:)-(String)`` of a text's UTF-8 bytes.
    ///
    /// Nearly every byte (Chinese, letters, digits, spaces) is none of those, so they are
    /// tested sixteen at a time (``Swift/SIMD16/xmlTreatmentLanes``) and only the bytes a
    /// block flags are looked at one by one (``treatment(ofByteAt:in:)``), as is the tail
    /// shorter than a block.
    static func treatment(of bytes: UnsafeBufferPointer<UInt8>) -> Treatment {
        var treatment = Treatment.none
        var index = 0
        if let base = bytes.baseAddress {
            while index + 16 <= bytes.count {
                let lanes = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self).xmlTreatmentLanes
                for half in 0..<2 {
                    var flagged = lanes[half]
                    while flagged != 0 {
                        if merge(self.treatment(ofByteAt: index + half * 8 + flagged.trailingZeroBitCount / 8, in: bytes), into: &treatment) {
                            return .filtering
                        }
                        flagged &= flagged &- 1
                    }
                }
                index += 16
            }
        }
        while index < bytes.count {
            if merge(self.treatment(ofByteAt: index, in: bytes), into: &treatment) { return .filtering }
            index += 1
        }
        return treatment
    }

    /// Adds one byte's treatment to a text's; `true` when the byte needs filtering, which is the
    /// most a text can need (so the rest need not be read).
    @inline(__always)
    private static func merge(_ byte: Treatment, into text: inout Treatment) -> Bool {
        switch byte {
        case .none: return false
        case .escaping: text = .escaping; return false
        case .filtering: return true
        }
    }

    /// What the byte at `i` asks for: escaping for one libxml2 spells as an entity, filtering
    /// for a forbidden control or the middle byte of U+FFFE / U+FFFF (read with the bytes
    /// either side, which may lie outside the block being tested), else nothing. Most bytes
    /// are passed over after one comparison.
    @inline(__always)
    static func treatment(ofByteAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Treatment {
        let byte = bytes[i]
        if byte > UInt8(ascii: ">") {
            if byte == 0xBF, i > 0, i + 1 < bytes.count, bytes[i - 1] == 0xEF, bytes[i + 1] >= 0xBE { return .filtering }
            return .none
        }
        switch byte {
        case 0x9, 0xA: return .none
        case 0xD, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""): return .escaping
        case ..<0x20: return .filtering
        default: return .none
        }
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

extension SIMD16<UInt8> {
    /// The bytes that may ask for a treatment (``XMLCharacters/treatment(ofByteAt:in:)``) as
    /// `0x80` lanes, the rest zero, read as two words (the first byte lowest): controls, the
    /// characters libxml2 escapes, and `BF`, the middle byte of U+FFFE and U+FFFF. Every byte
    /// that needs something is flagged; a flagged byte may need nothing (a tab, a `BF` in
    /// another character).
    ///
    /// Only lane-wise equality and `&` become single vector instructions (see
    /// ``Swift/SIMD16/holdsJSONEscape``), so a control is a byte whose top three bits are clear.
    @inline(__always)
    var xmlTreatmentLanes: SIMD2<UInt64> {
        let control = (self & SIMD16(repeating: 0xE0)) .== SIMD16(repeating: 0)
        let quote = self .== SIMD16(repeating: UInt8(ascii: "\""))
        let ampersand = self .== SIMD16(repeating: UInt8(ascii: "&"))
        let less = self .== SIMD16(repeating: UInt8(ascii: "<"))
        let greater = self .== SIMD16(repeating: UInt8(ascii: ">"))
        let middle = self .== SIMD16(repeating: 0xBF)
        let flagged = unsafeBitCast(control .| quote .| ampersand .| less .| greater .| middle, to: SIMD2<UInt64>.self)
        return flagged & SIMD2(repeating: 0x8080_8080_8080_8080)
    }
}
