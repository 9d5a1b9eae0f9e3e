/// JSON written straight into UTF-8 bytes, in the layout FormPress's expected outputs are
/// checked in: two-space indentation, and an object whose members are all scalars on one line.
///
/// The writer builds no tree of values first: a large file's model goes out as it is walked,
/// so the output is the only copy of it in memory.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []

    /// How an object is laid out: on one line (every member a scalar), or a member a line at
    /// `indent` (the indentation of the line the object opens on).
    enum Layout {
        case inline
        case block(indent: Int)
    }

    init(bytes: [UInt8] = []) { self.bytes = bytes }

    /// An object; `body` writes its members.
    mutating func object(_ layout: Layout, _ body: (inout JSONMembers) -> Void) {
        var members = JSONMembers(layout: layout)
        swap(&members.out.bytes, &bytes)
        members.out.bytes.append(UInt8(ascii: "{"))
        body(&members)
        members.close()
        swap(&members.out.bytes, &bytes)
    }

    /// An array of objects or arrays, an item a line (`[]` when empty); `item` writes one item,
    /// given the indentation of its line.
    mutating func array<Item>(_ items: [Item], indent: Int, _ item: (inout JSONOutput, Item, Int) -> Void) {
        guard !items.isEmpty else { return raw("[]") }
        bytes.append(UInt8(ascii: "["))
        for (index, element) in items.enumerated() {
            raw(index == 0 ? "\n" : ",\n")
            spaces(indent + 2)
            item(&self, element, indent + 2)
        }
        bytes.append(UInt8(ascii: "\n"))
        spaces(indent)
        bytes.append(UInt8(ascii: "]"))
    }

    /// Punctuation or a literal (`null`, `,\n`), copied from the program's own bytes: a
    /// `StaticString` is its UTF-8 already. The few bytes are appended one by one, which costs
    /// less than a `append(contentsOf:)` (made for long runs) and far less than walking a
    /// `String` literal's `utf8` view.
    mutating func raw(_ text: StaticString) {
        for byte in UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount) { bytes.append(byte) }
    }

    /// Text already spelled as JSON (a number).
    mutating func spelled(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Indentation, a space at a time (a repeated element is appended through a generic
    /// sequence walk).
    mutating func spaces(_ count: Int) {
        for _ in 0..<count { bytes.append(UInt8(ascii: " ")) }
    }

    /// A string, escaped per RFC 8259: quote, backslash and control characters; everything else
    /// as UTF-8. Runs with nothing to escape (nearly all text) are copied whole.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\n"): raw("\\n")
                case UInt8(ascii: "\r"): raw("\\r")
                case UInt8(ascii: "\t"): raw("\\t")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    raw("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// The members of one object being written: each call writes the separator its layout needs,
/// the key, and the value.
struct JSONMembers {
    let layout: JSONOutput.Layout
    var out = JSONOutput()
    private var isFirst = true

    init(layout: JSONOutput.Layout) { self.layout = layout }

    // Keys are the contract's literals (``Key``).

    mutating func string(_ key: Key, _ value: String) {
        open(key)
        out.string(value)
    }

    /// A string, or `null`.
    mutating func string(_ key: Key, _ value: String?) {
        open(key)
        if let value { out.string(value) } else { out.raw("null") }
    }

    /// A number, already spelled as JSON (`600000`, `817.45`).
    mutating func number(_ key: Key, _ spelled: String) {
        open(key)
        out.spelled(spelled)
    }

    mutating func number(_ key: Key, _ value: Int) { number(key, String(value)) }

    mutating func bool(_ key: Key, _ value: Bool) {
        open(key)
        out.raw(value ? "true" : "false")
    }

    /// An array or object member; `write` gets the indentation of the member's line.
    mutating func value(_ key: Key, _ write: (inout JSONOutput, Int) -> Void) {
        open(key)
        write(&out, indent)
    }

    /// The indentation of a member's line.
    private var indent: Int {
        if case let .block(indent) = layout { return indent + 2 }
        return 0
    }

    /// A member key: a literal of the contract (`level1`, `periodValue`), letters only, so it
    /// is written as it is spelled, with nothing to escape.
    typealias Key = StaticString

    private mutating func open(_ key: Key) {
        switch layout {
        case .inline:
            if !isFirst { out.raw(", ") }
        case .block:
            out.raw(isFirst ? "\n" : ",\n")
            out.spaces(indent)
        }
        isFirst = false
        out.raw("\"")
        out.raw(key)
        out.raw("\": ")
    }

    fileprivate mutating func close() {
        if case let .block(indent) = layout {
            if !isFirst {
                out.raw("\n")
                out.spaces(indent)
            }
        }
        out.raw("}")
    }
}
