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
    ///
    /// Items are handed out by index, borrowed from the array: iterating would copy each one
    /// (retaining every string of an indicator row) only for the writer to read it.
    func array<Item>(_ items: [Item], indent: Int, _ item: (inout JSONOutput, Item, Int) -> Void) {
        guard !items.isEmpty else { return raw("[]") }
        output.append(UInt8(ascii: "["))
        var out = self
        for index in items.indices {
            raw(index == 0 ? "\n" : ",\n")
            spaces(indent + 2)
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

    /// Indentation.
    func spaces(_ count: Int) { output.append(spaces: count) }

    /// A string, escaped per RFC 8259: quote, backslash and control characters; everything else
    /// as UTF-8. Text with nothing to escape (nearly all) is tested and copied in one pass;
    /// other text a run between escapes at a time.
    func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let written = output.write(atMost: utf8.count + 2) { utf8.copyQuotedJSON(to: $0) }
            if written == 0 { escaped(utf8) }
        }
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
    /// Escapes are rare even in text that has one, so the bytes are tested sixteen at a time
    /// (``Swift/SIMD16/firstJSONEscape``), and only the tail byte by byte.
    func firstJSONEscape(from start: Int) -> Int {
        guard let base = baseAddress else { return count }
        var index = start
        while index + 16 <= count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if let lane = block.firstJSONEscape { return index + lane }
            index += 16
        }
        while index < count {
            if self[index].isJSONEscape { return index }
            index += 1
        }
        return count
    }

    /// Writes the bytes between quotes at `target` (room for `count + 2`) and returns how many
    /// that is, or returns 0, leaving what it wrote unused, at a byte that needs escaping.
    ///
    /// The one pass over text with nothing to escape (nearly all): sixteen bytes at a time are
    /// tested and stored as they are loaded, and a tail shorter than that is the last sixteen
    /// bytes of the text again, overlapping the ones before, so no byte is read outside the
    /// text. Shorter text goes by two overlapping words, or byte by byte.
    func copyQuotedJSON(to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\"")
        target[count + 1] = UInt8(ascii: "\"")
        guard let base = baseAddress else { return 2 }
        let source = UnsafeRawPointer(base), body = UnsafeMutableRawPointer(target + 1)
        switch count {
        case 16...:
            var index = 0
            while true {
                let block = source.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                guard !block.holdsJSONEscape else { return 0 }
                body.storeBytes(of: block, toByteOffset: index, as: SIMD16<UInt8>.self)
                if index == count - 16 { return count + 2 }
                index = Swift.min(index + 16, count - 16)
            }
        case 8..<16:
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            guard !first.holdsJSONEscape, !last.holdsJSONEscape else { return 0 }
            body.storeBytes(of: first, as: UInt64.self)
            body.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
        default:
            for index in 0..<count {
                guard !self[index].isJSONEscape else { return 0 }
                body.storeBytes(of: self[index], toByteOffset: index, as: UInt8.self)
            }
        }
        return count + 2
    }
}

extension SIMD16<UInt8> {
    /// Whether one of the sixteen bytes is ``Swift/UInt8/isJSONEscape``, in a few vector
    /// instructions.
    @inline(__always)
    var holdsJSONEscape: Bool {
        let lanes = jsonEscapeLanes
        return lanes[0] | lanes[1] != 0
    }

    /// The first of the sixteen bytes that is ``Swift/UInt8/isJSONEscape``, or `nil`.
    @inline(__always)
    var firstJSONEscape: Int? {
        let lanes = jsonEscapeLanes
        if lanes[0] != 0 { return lanes[0].trailingZeroBitCount / 8 }
        if lanes[1] != 0 { return 8 + lanes[1].trailingZeroBitCount / 8 }
        return nil
    }

    /// The bytes that need escaping as all ones, the rest zero, read as two words (the first
    /// byte lowest).
    ///
    /// Only lane-wise equality and `&` become single vector instructions here (an ordered
    /// comparison or `any(_:)` is compiled lane by lane), so a control character is a byte
    /// whose top three bits are clear.
    @inline(__always)
    private var jsonEscapeLanes: SIMD2<UInt64> {
        let control = (self & SIMD16(repeating: 0xE0)) .== SIMD16(repeating: 0)
        let quote = self .== SIMD16(repeating: UInt8(ascii: "\""))
        let backslash = self .== SIMD16(repeating: UInt8(ascii: "\\"))
        return unsafeBitCast(control .| quote .| backslash, to: SIMD2<UInt64>.self)
    }
}

extension UInt8 {
    /// A byte a JSON string must escape: a quote, a backslash or a control character.
    var isJSONEscape: Bool { self < 0x20 || self == UInt8(ascii: "\"") || self == UInt8(ascii: "\\") }
}

extension UInt64 {
    /// Whether one of the eight bytes of the word is ``Swift/UInt8/isJSONEscape``: exactly when
    /// one of the three classic tests (a byte below 0x20, a byte equal to `"`, a byte equal to
    /// `\`) sets a high bit.
    var holdsJSONEscape: Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = self ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = self ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let control = (self &- ones &* 0x20) & ~self
        let equal = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (control | equal) & highs != 0
    }
}
