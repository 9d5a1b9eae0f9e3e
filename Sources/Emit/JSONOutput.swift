/// JSON written straight into UTF-8 bytes, in the layout FormPress's expected outputs are
/// checked in: two-space indentation, and an object whose members are all scalars on one line.
///
/// The writer builds no tree of values first: a large file's model goes out as it is walked,
/// so the output is the only copy of it in memory. Every object's members write into the same
/// ``OutputBytes``.
struct JSONOutput {
    private let output: OutputBytes

    /// How an object is laid out: on one line (every member a scalar), or a member a line at
    /// `indent` (the indentation of the line the object opens on).
    enum Layout {
        case inline
        case block(indent: Int)
    }

    private init(_ output: OutputBytes) {
        self.output = output
    }

    /// The bytes `write` writes to an output that starts with `prefix` (the indentation of an
    /// array element).
    static func collect(prefix: StaticString = "", _ write: (inout JSONOutput) -> Void) -> [UInt8] {
        let output = OutputBytes()
        output.append(prefix)
        var out = JSONOutput(output)
        write(&out)
        return output.array
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
        // By index: an `enumerated()` iterator costs about a hundred instructions more an item.
        for index in items.indices {
            output.append(reserving: indent + 4) { line in
                line.put(index == 0 ? "\n" : ",\n")
                line.put(spaces: indent + 2)
            }
            item(&out, items[index], indent + 2)
        }
        output.append(UInt8(ascii: "\n"))
        spaces(indent)
        output.append(UInt8(ascii: "]"))
    }

    /// Punctuation or a literal (`null`, `,\n`), copied from the program's own bytes: a
    /// `StaticString` is its UTF-8 already.
    @inline(__always)
    func raw(_ text: StaticString) { output.append(text) }

    /// Text already spelled as JSON (a number).
    func spelled(_ text: String) {
        var text = text
        text.withUTF8 { output.append($0) }
    }

    /// A whole number.
    func number(_ value: Int) { output.append(decimal: value) }

    /// A member's key with what goes before it (`separator`, then `indent` spaces) and after
    /// it (`": `), in one write: a key is a literal of the contract, letters only, with
    /// nothing to escape. Inlined: a key of an object on one line has no indentation, and
    /// the spaces then go with the call.
    @inline(__always)
    func key(_ key: StaticString, after separator: StaticString, indent: Int) {
        output.append(reserving: separator.utf8CodeUnitCount &+ indent &+ key.utf8CodeUnitCount &+ 4) { member in
            member.put(separator)
            member.put(spaces: indent)
            member.put("\"")
            member.put(key)
            member.put("\": ")
        }
    }

    /// Indentation.
    func spaces(_ count: Int) { output.append(spaces: count) }

    /// A string, escaped per RFC 8259: quote, backslash and control characters; everything else
    /// as UTF-8. Text with nothing to escape (nearly all) is tested and copied in one pass;
    /// other text a run between escapes at a time.
    func string(_ text: String) {
        // The UTF-8 lent where it lies (every native string): `withUTF8` needs a copy of the
        // string in a `var`, a retain and a release for each string written.
        if text.utf8.withContiguousStorageIfAvailable({ string($0) }) == nil {
            var text = text
            text.withUTF8 { string($0) }
        }
    }

    /// A string's UTF-8, quoted and escaped.
    private func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        let written = output.write(atMost: utf8.count + 2) { utf8.copyQuotedJSON(to: $0) }
        if written == 0 { escaped(utf8) }
    }

    /// A string with something to escape, a run between escapes at a time.
    private func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = utf8.firstJSONEscape(from: 0)
        output.append(UInt8(ascii: "\""))
        while true {
            output.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
            guard index < utf8.count else { break }
            escape(utf8[index])
            start = index + 1
            index = utf8.firstJSONEscape(from: start)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte ``UnsafeBufferPointer/firstJSONEscape(from:)`` stops at.
    private func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("\\u00")
            output.append(hex.utf8Start[Int(byte >> 4)])
            output.append(hex.utf8Start[Int(byte & 0xF)])
        }
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
        case .inline: out.key(key, after: isFirst ? "" : ", ", indent: 0)
        case .block: out.key(key, after: isFirst ? "\n" : ",\n", indent: indent)
        }
        isFirst = false
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
