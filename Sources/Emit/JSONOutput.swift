/// JSON written straight into UTF-8 bytes, in the layout FormPress's expected outputs are
/// checked in: two-space indentation, and an object whose members are all scalars on one line.
///
/// The writer builds no tree of values first: a large file's model goes out as it is walked,
/// so the output is the only copy of it in memory. Every object's members write into the same
/// ``OutputBytes``.
struct JSONOutput {
    private let output: OutputBytes

    /// The bytes written so far.
    var bytes: [UInt8] { output.array }

    /// How an object is laid out: on one line (every member a scalar), or a member a line at
    /// `indent` (the indentation of the line the object opens on).
    enum Layout {
        case inline
        case block(indent: Int)
    }

    /// Output that starts with `prefix` (the indentation of an array element).
    init(prefix: StaticString = "") {
        output = OutputBytes()
        output.append(prefix)
    }

    /// An object; `body` writes its members.
    func object(_ layout: Layout, _ body: (inout JSONMembers) -> Void) {
        var members = JSONMembers(layout: layout, out: self)
        output.append(UInt8(ascii: "{"))
        body(&members)
        members.close()
    }

    /// An array of objects or arrays, an item a line (`[]` when empty); `item` writes one item,
    /// given the indentation of its line.
    func array<Item>(_ items: [Item], indent: Int, _ item: (inout JSONOutput, Item, Int) -> Void) {
        guard !items.isEmpty else { return raw("[]") }
        output.append(UInt8(ascii: "["))
        var out = self
        for (index, element) in items.enumerated() {
            raw(index == 0 ? "\n" : ",\n")
            spaces(indent + 2)
            item(&out, element, indent + 2)
        }
        output.append(UInt8(ascii: "\n"))
        spaces(indent)
        output.append(UInt8(ascii: "]"))
    }

    /// Punctuation or a literal (`null`, `,\n`), copied from the program's own bytes: a
    /// `StaticString` is its UTF-8 already.
    func raw(_ text: StaticString) { output.append(text) }

    /// Text already spelled as JSON (a number).
    func spelled(_ text: String) {
        var text = text
        text.withUTF8 { output.append($0) }
    }

    /// A whole number.
    func number(_ value: Int) { output.append(decimal: value) }

    /// Indentation.
    func spaces(_ count: Int) { output.append(spaces: count) }

    /// A string, escaped per RFC 8259: quote, backslash and control characters; everything else
    /// as UTF-8. Runs with nothing to escape (nearly all text) are copied whole.
    func string(_ text: String) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            while true {
                let index = utf8.firstJSONEscape(from: start)
                output.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                guard index < utf8.count else { break }
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\n"): raw("\\n")
                case UInt8(ascii: "\r"): raw("\\r")
                case UInt8(ascii: "\t"): raw("\\t")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    raw("\\u00")
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0xF)])
                }
                start = index + 1
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// The members of one object being written: each call writes the separator its layout needs,
/// the key, and the value.
struct JSONMembers {
    let layout: JSONOutput.Layout
    var out: JSONOutput
    private var isFirst = true

    init(layout: JSONOutput.Layout, out: JSONOutput) {
        self.layout = layout
        self.out = out
    }

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

    mutating func number(_ key: Key, _ value: Int) {
        open(key)
        out.number(value)
    }

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

extension UnsafeBufferPointer<UInt8> {
    /// Where the first byte a JSON string must escape (a quote, a backslash or a control
    /// character) is at or after `start`, or `count` when there is none.
    ///
    /// Nearly all text has none, so the bytes are tested eight at a time: a word holds such a
    /// byte exactly when one of the three classic tests (a byte below 0x20, a byte equal to
    /// `"`, a byte equal to `\`) sets a high bit; only that word is then read byte by byte.
    func firstJSONEscape(from start: Int) -> Int {
        guard let base = baseAddress else { return count }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            let control = (word &- ones &* 0x20) & ~word
            let equal = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if (control | equal) & highs != 0 { break }
            index += 8
        }
        while index < count {
            let byte = self[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return count
    }
}
