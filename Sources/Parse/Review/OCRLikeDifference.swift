import FormModel

/// Whether two printed values differ only the way OCR garbles text, and how.
///
/// The differences it accepts, each from the seeds' own kind of damage:
/// - a letter read for a look-alike digit (`O`/`o` for `0`, `l`/`I`/`|` for `1`, `S` for `5`,
///   `B` for `8`, `Z` for `2`);
/// - `≥` read as `>` (or `≤` as `<`);
/// - a dropped or extra `%`, or a comma for a decimal point;
/// - a moved, dropped or extra decimal point (`≥95%` against `≥9.5%`);
/// - a unit dropped after a number (`12次` against `12`);
/// - a percentage written as a fraction (`100%` against `1`).
///
/// Anything else is taken as meant: `≥2000万条` against `≥1500万条` is two different targets,
/// and one digit for another (`95%` against `96%`) is left alone, since digits rarely turn into
/// other digits and multi-year targets often differ by one.
struct OCRLikeDifference {
    /// What changed, in words for the message (`"≥" read as ">"`).
    let reasons: [String]

    init?(_ a: String, _ b: String) {
        guard Self.mayDiffer(a, b) else { return nil }
        let first = Vocabulary.foldedLabel(a), second = Vocabulary.foldedLabel(b)
        guard !first.isEmpty, !second.isEmpty, first != second else { return nil }
        if let fraction = Self.fraction(first, second) ?? Self.fraction(second, first) {
            reasons = [fraction]
            return
        }
        var x = first, y = second
        var reasons: [String] = []
        if first.isPlainForSearch, second.isPlainForSearch {
            // Plain text is its own normal form, every scalar a character: the steps rewrite
            // bytes, and equal texts are equal bytes.
            var plainX = Array(first.utf8), plainY = Array(second.utf8)
            for step in Self.steps {
                if plainX == plainY { break }
                let (nextX, nextY) = (step.applyPlain(plainX), step.applyPlain(plainY))
                if nextX != plainX || nextY != plainY { reasons.append(step.reason) }
                (plainX, plainY) = (nextX, nextY)
            }
            (x, y) = (String(decoding: plainX, as: UTF8.self), String(decoding: plainY, as: UTF8.self))
        } else {
            for step in Self.steps {
                if x == y { break }
                let (nextX, nextY) = (step.apply(x), step.apply(y))
                if nextX != x || nextY != y { reasons.append(step.reason) }
                (x, y) = (nextX, nextY)
            }
        }
        if x != y {
            guard let unit = Self.droppedUnit(x, y) ?? Self.droppedUnit(y, x) else { return nil }
            reasons.append("the unit \(quoted(unit)) dropped")
        }
        self.reasons = reasons
    }

    /// Whether two values may differ at all: the same bytes fold to the same text, and a blank
    /// folds to a blank, so neither has a difference (most rows print one value twice, or leave
    /// one side blank). A test of lengths and bytes, with nothing folded.
    static func mayDiffer(_ a: String, _ b: String) -> Bool {
        !a.isEmpty && !b.isEmpty && !a.hasSameUTF8(as: b)
    }

    private struct Step: Sendable {
        let reason: String
        let apply: @Sendable (String) -> String
        /// The same rewrite of the UTF-8 bytes of plain text, where each character it touches
        /// is one ASCII byte, or `≥` / `≤` (E2 89 A5, E2 89 A4).
        let applyPlain: @Sendable ([UInt8]) -> [UInt8]
    }

    /// The look-alike letters and the digits they are read for, as a table of the ASCII bytes:
    /// each byte's digit, or the byte itself. Made from bytes, not from a dictionary of
    /// characters, whose hashing cost more than all the rows' comparisons.
    static let lookAlikes: [UInt8] = {
        var table = (0..<128).map { UInt8($0) }
        for (letter, digit) in zip("OolI|SBZ".utf8, "00111582".utf8) { table[Int(letter)] = digit }
        return table
    }()

    /// ``lookAlikes`` for a character: only a character of one ASCII scalar is a look-alike
    /// (`asciiValue` gives CR-LF the value of LF, which is no look-alike either).
    static func digit(lookingLike character: Character) -> Character {
        guard let byte = character.asciiValue, lookAlikes[Int(byte)] != byte else { return character }
        return Character(Unicode.Scalar(lookAlikes[Int(byte)]))
    }

    private static let steps: [Step] = [
        Step(reason: "a letter read for a look-alike digit", apply: { text in
            String(text.map(digit(lookingLike:)))
        }, applyPlain: { bytes in
            let table = lookAlikes
            return bytes.map { $0 < 0x80 ? table[Int($0)] : $0 }
        }),
        Step(reason: "\"≥\" read as \">\"", apply: { text in
            String(text.map { $0 == "≥" ? ">" : $0 == "≤" ? "<" : $0 })
        }, applyPlain: replacingInequalities),
        Step(reason: "a \"%\" dropped", apply: { text in text.filter { $0 != "%" } },
             applyPlain: { bytes in bytes.filter { $0 != UInt8(ascii: "%") } }),
        Step(reason: "a comma read for a decimal point", apply: { text in String(text.map { $0 == "," ? "." : $0 }) },
             applyPlain: { bytes in bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 } }),
        Step(reason: "a decimal point moved or dropped", apply: { text in text.filter { $0 != "." } },
             applyPlain: { bytes in bytes.filter { $0 != UInt8(ascii: ".") } }),
    ]

    /// `≥` as `>` and `≤` as `<`, on the bytes of plain text.
    private static func replacingInequalities(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x89, bytes[i + 2] == 0xA5 || bytes[i + 2] == 0xA4 {
                out.append(bytes[i + 2] == 0xA5 ? UInt8(ascii: ">") : UInt8(ascii: "<"))
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// `100%` against `1`, `≥95%` against `≥0.95`: the same share, once as a fraction.
    ///
    /// The tests on `%` come first: they are cheap, and most pairs fail them (a last character
    /// `%` is the byte `%`, which nothing else is equivalent to), so that the prefixes are
    /// compared and the numbers read only for a percentage against a plain number.
    private static func fraction(_ percent: String, _ plain: String) -> String? {
        guard percent.utf8.contains(UInt8(ascii: "%")) else { return nil }
        let p = IndicatorNumber.dropComparison(percent), q = IndicatorNumber.dropComparison(plain)
        // `%` in `q` is looked for among its bytes (Foundation's `contains` searches with
        // canonical equivalence, thousands of instructions): a byte `%` that is no character
        // `%` of its own would fail ``PrintedNumber/value(_:)`` below all the same.
        guard p.hasSuffix("%"), !q.utf8.contains(UInt8(ascii: "%")), percent.dropLast(p.count) == plain.dropLast(q.count),
              let share = PrintedNumber.value(String(p.dropLast())), let value = PrintedNumber.value(q),
              share == value * 100 else { return nil }
        return "\(quoted(p)) written as the fraction \(quoted(q))"
    }

    /// `12次` against `12`: the longer is the shorter plus a few characters with no digit.
    private static func droppedUnit(_ longer: String, _ shorter: String) -> String? {
        // By bytes where the texts are plain (``Swift/String/hasPlainPrefix(_:)``).
        guard longer.hasPlainPrefix(shorter), let last = shorter.last, last.isASCII, last.isNumber else { return nil }
        let unit = longer.dropFirst(shorter.count)
        guard !unit.isEmpty, unit.count <= 4, !unit.contains(where: \.isNumber) else { return nil }
        return String(unit)
    }
}
