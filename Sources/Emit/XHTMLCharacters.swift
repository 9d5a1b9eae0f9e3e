/// The characters XML 1.0 allows, so that no input byte can make the XHTML malformed.
enum XMLCharacters {
    /// The text without the characters XML 1.0 forbids: C0 controls other than tab, line feed
    /// and carriage return, and U+FFFE / U+FFFF. Swift strings hold no surrogates or invalid
    /// UTF-8, so nothing else can be out of range.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
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
}
