/// How labels on a form are compared with the vocabulary.
///
/// OCR spells the same label many ways (`预算金额（万元）`, `预算金额(万元)`, `产出指 标`), so every
/// comparison goes through a key: spaces dropped, width folded, a trailing bracketed qualifier
/// dropped, a leading four-digit year written `YYYY`.
extension Vocabulary {

    /// Full-width ASCII (U+FF01–FF5E) as half-width, and the ideographic space as a space.
    /// Nothing else is folded: NFKC would rewrite ㈠ ① ² ㎡.
    public static func halfWidth(_ text: String) -> String {
        guard needsFolding(text, droppingWhitespace: false) else { return text }
        return folded(text, droppingWhitespace: false)
    }

    /// A label without spaces and with half-width brackets, digits and letters.
    public static func foldedLabel(_ text: String) -> String {
        // Most labels are already folded: answer them without building a new string.
        guard needsFolding(text, droppingWhitespace: true) else { return text }
        return folded(text, droppingWhitespace: true)
    }

    /// Whether the text holds full-width ASCII, the ideographic space or (`droppingWhitespace`)
    /// any White_Space scalar. Asked of every cell, so answered on the bytes: only the lead
    /// bytes C2, E1, E2, E3 and EF start a scalar that could be one of them.
    private static func needsFolding(_ text: String, droppingWhitespace: Bool) -> Bool {
        var text = text
        return text.withUTF8 { needsFolding($0, droppingWhitespace: droppingWhitespace) }
    }

    /// ``needsFolding(_:droppingWhitespace:)`` on UTF-8 bytes.
    private static func needsFolding(_ bytes: UnsafeBufferPointer<UInt8>, droppingWhitespace: Bool) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if droppingWhitespace && b.isASCIIWhitespace { return true }
                i += 1
                continue
            }
            if b >= 0xE4 && b <= 0xE9 {
                // U+4000–U+9FFF: ideographs and symbols, none of them.
                i += 3
                continue
            }
            let (v, width) = bytes.scalar(at: i)
            if (v >= 0xFF01 && v <= 0xFF5E) || v == 0x3000 { return true }
            if droppingWhitespace && isWhitespace(Unicode.Scalar(v)!) { return true }
            i += width
        }
        return false
    }

    /// The text with full-width ASCII as half-width and the ideographic space as a space (or,
    /// `droppingWhitespace`, every White_Space scalar dropped; and, `droppingBracketed`, every
    /// bracketed part, once brackets are half-width), read from and written straight into
    /// UTF-8: Chinese running text has a full-width comma in nearly every sentence, so this
    /// runs on most cells, and building it a scalar at a time cost more than the rest of a
    /// comparison.
    private static func folded(_ text: String, droppingWhitespace: Bool, droppingBracketed: Bool = false) -> String {
        var source = text
        return source.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0, depth = 0, i = 0
                while i < bytes.count {
                    // U+4000–U+9FFF (lead bytes E4–E9, most of Chinese text): nothing folds or
                    // is dropped, so its three bytes are copied as they are, or skipped inside
                    // a bracketed part, without decoding the scalar.
                    if bytes[i] >= 0xE4 && bytes[i] <= 0xE9 {
                        if !(droppingBracketed && depth > 0) {
                            buffer[count] = bytes[i]
                            buffer[count + 1] = bytes[i + 1]
                            buffer[count + 2] = bytes[i + 2]
                            count += 3
                        }
                        i += 3
                        continue
                    }
                    let (scalar, width) = bytes.scalar(at: i)
                    let start = i
                    i += width
                    var v = scalar
                    if v >= 0xFF01 && v <= 0xFF5E {
                        v -= 0xFEE0
                    } else if droppingWhitespace ? isWhitespace(Unicode.Scalar(v)!) : false {
                        continue
                    } else if v == 0x3000 {
                        v = 0x20
                    }
                    if droppingBracketed {
                        if v == 0x28 { depth += 1; continue }
                        if v == 0x29 { depth = max(0, depth - 1); continue }
                        if depth > 0 { continue }
                    }
                    if v < 0x80 {
                        buffer[count] = UInt8(truncatingIfNeeded: v)
                        count += 1
                    } else {
                        // Only ASCII comes of folding: any other scalar is kept as its own bytes.
                        for k in start..<i {
                            buffer[count] = bytes[k]
                            count += 1
                        }
                    }
                }
                return count
            }
        }
    }

    /// Unicode's White_Space property, spelled out: `Unicode.Scalar.Properties.isWhitespace`
    /// looks the property up in tables, which costs more than the rest of a label comparison.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return UInt8(v).isASCIIWhitespace }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000
    }

    /// The comparison key of a field or section label.
    public static func labelKey(_ text: String) -> String {
        var key = foldedLabel(text)
        // A trailing bracketed qualifier: 其他需完成的任务(可选填), 拟投入的资金(元). In plain text
        // every scalar is a character, so the last `(` byte is the last `(` character.
        if key.utf8.last == UInt8(ascii: ")") {
            if key.isPlainForSearch {
                if let open = key.utf8.lastIndex(of: UInt8(ascii: "(")), open != key.startIndex { key = String(key[..<open]) }
            } else if key.hasSuffix(")"), let open = key.lastIndex(of: "("), open != key.startIndex {
                key = String(key[..<open])
            }
        }
        // A leading year: 2025年度目标 → YYYY年度目标 (four ASCII digits and more after them).
        let bytes = key.utf8
        if bytes.count > 4, bytes.prefix(4).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            key = "YYYY" + String(Substring(bytes.dropFirst(4)))
        }
        return key
    }

    /// Whether a label is one of the vocabulary's labels (by ``labelKey(_:)``).
    public static func label(_ text: String, isIn list: [String]) -> Bool {
        guard let bit = LabelKeyIndex.bit(of: list) else { return isLabelKey(labelKey(text), in: list) }
        return LabelKeyIndex.lists(ofShortLabel: text) & bit != 0
    }

    /// Whether a key made by ``labelKey(_:)`` is the key of one of a list's labels: for a
    /// reader asking about one cell against several lists, which makes the cell's key once
    /// (``LabelKey`` keeps the answers for all the vocabulary's lists).
    public static func isLabelKey(_ key: String, in list: [String]) -> Bool {
        if key.isEmpty { return false }
        if let bit = LabelKeyIndex.bit(of: list) { return LabelKeyIndex.lists(holding: key) & bit != 0 }
        return list.contains { labelKey($0) == key }
    }

    /// Whether two field labels name the same field.
    public static func sameFieldLabel(_ a: String, _ b: String) -> Bool { labelKey(a) == labelKey(b) }

    /// Whether a row label opens the opinion (`财政分局批复意见`, `镇财政分局批复意见`).
    public static func isOpinionLabel(_ text: String) -> Bool {
        // Every suffix ends in 见, so the key's last scalar must be that one: a text whose last
        // scalar but spaces is plain and another is none (a plain scalar has no equivalent
        // spelling), answered from its end whatever its length.
        if endsInPlainScalar(text, other: opinionLastScalar) { return false }
        // Asked of the first cell of every row, which is often a paragraph: in plain text each
        // scalar but a space is a character of the key, so one with more than 16 is no label.
        if text.utf8.count > 16, text.isPlainForSearch, plainScalars(in: text, exceed: 16, countingSpaces: false) {
            return false
        }
        let key = foldedLabel(text)
        guard opinionSuffixes.contains(where: { key.hasPlainSuffix($0) }) else { return false }
        return key.isPlainForSearch ? !plainScalars(in: key, exceed: 16, countingSpaces: true) : key.count <= 16
    }

    /// Whether plain text (``Swift/String/isPlainForSearch``) has more than `limit` scalars,
    /// or of those that are no White_Space, counted on its bytes. In plain text each scalar is
    /// a character of its own, and its only spaces are ASCII ones and U+3000 (E3 80 80).
    static func plainScalars(in text: String, exceed limit: Int, countingSpaces: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for (i, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if !countingSpaces, byte.isASCIIWhitespace
                    || (byte == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80) { continue }
                count += 1
                if count > limit { return true }
            }
            return false
        }
    }

    /// The last scalar of every opinion suffix.
    private static let opinionLastScalar: UInt32 = {
        let ends = Set(opinionSuffixes.map { $0.unicodeScalars.last!.value })
        precondition(ends.count == 1, "opinion suffixes end in different scalars: test each")
        return ends.first!
    }()

    /// Whether the text's last scalar but spaces is plain (``Swift/String/isPlainForSearch``)
    /// and not `scalar`.
    private static func endsInPlainScalar(_ text: String, other scalar: UInt32) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if let answer = lastBytesEndInPlainScalar(bytes, other: scalar) { return answer }
            guard let last = bytes.lastScalarButSpaces() else { return false }
            return last.value != scalar && bytes.plainScalarWidth(at: last.start) != nil
        }
    }

    /// ``endsInPlainScalar(_:other:)`` told from the last scalar alone, when it is no space:
    /// an ASCII byte, or an ideograph (lead byte E4–E9, no space among them). Most texts end in
    /// one, and need no walk back over spaces; `nil` for any other ending.
    static func lastBytesEndInPlainScalar(_ bytes: UnsafeBufferPointer<UInt8>, other scalar: UInt32) -> Bool? {
        guard let last = bytes.last else { return nil }
        if last < 0x80 { return last.isASCIIWhitespace ? nil : UInt32(last) != scalar }
        let start = bytes.count - 3
        guard start >= 0, bytes[start] >= 0xE4, bytes[start] <= 0xE9 else { return nil }
        let value = bytes.scalar(at: start).value
        return value != scalar && String.isPlainScalar(value)
    }

    // MARK: Indicator categories

    /// The comparison key of an indicator category: every bracketed part and a trailing 指标 dropped.
    public static func categoryKey(_ text: String) -> String {
        var bytes = text
        if let key = bytes.withUTF8({ plainCategoryKey(of: $0, text: text) }) { return key }
        var key = folded(text, droppingWhitespace: true, droppingBracketed: true)
        guard key.hasPlainSuffix(categoryWord) else { return key }
        // When the key ends in the bytes of 指标 (it may end in an equivalent spelling), its last
        // two characters are those two scalars, and it has a third exactly when it has more bytes.
        let word = categoryWordBytes.count
        var keyBytes = key
        let cut: String?? = keyBytes.withUTF8 { b in
            guard b.count >= word, b[(b.count - word)...].elementsEqual(categoryWordBytes) else { return nil }
            return b.count > word ? String(decoding: UnsafeBufferPointer(rebasing: b[..<(b.count - word)]), as: UTF8.self) : .some(nil)
        }
        if let cut { return cut ?? key }
        if key.count > 2 { key.removeLast(2) }
        return key
    }

    /// ``categoryKey(_:)`` of a plain name with nothing to fold or drop
    /// (``isPlainWithNothingToFold(_:)``), which is its own folded form, and in which whether it
    /// ends in 指标 is a byte comparison; `nil` for any other name. Most names are such, and are
    /// answered in one pass over their bytes without a string made, unless 指标 is cut off.
    private static func plainCategoryKey(of bytes: UnsafeBufferPointer<UInt8>, text: String) -> String? {
        guard isPlainWithNothingToFold(bytes) else { return nil }
        let word = categoryWordBytes.count
        guard bytes.count > word, bytes[(bytes.count - word)...].elementsEqual(categoryWordBytes) else { return text }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - word)]), as: UTF8.self)
    }

    private static let categoryWord = "指标"
    private static let categoryWordBytes = Array(categoryWord.utf8)

    /// Each category key with what it names at either level: one look-up answers both.
    private static let categoryNames: KeyTable<CategoryName> = {
        let level1 = Dictionary(indicatorCategories.flatMap { category in
            ([category.name] + category.aliases).map { (categoryKey($0), category.name) }
        }, uniquingKeysWith: { _, last in last })
        let level2 = Dictionary(indicatorCategories.flatMap { category in
            category.children.map { (categoryKey($0), [category.name]) }
        }, uniquingKeysWith: +)
        let keys = Set(level1.keys).union(level2.keys)
        return KeyTable(keys.map { ($0, CategoryName(level1: level1[$0], level1Parents: level2[$0] ?? [])) },
                        combine: { _, last in last })
    }()

    /// What a name means as an indicator category, at either level, from one key.
    public static func categoryName(_ name: String) -> CategoryName {
        // An ideograph first is the key's first scalar (it is no space, bracket or full-width
        // ASCII, and has no other spelling): most names (the level-3 indicators the readers
        // ask about) start with one that starts no key, and need no key worked out.
        if let first = name.unicodeScalars.first?.value, first >= 0x4E00, first <= 0x9FFF,
           !categoryKeyStarts.contains(first) {
            return .none
        }
        var text = name
        if let answer = text.withUTF8(plainCategoryName(of:)) { return answer }
        return categoryNames[categoryKey(name)] ?? .none
    }

    /// ``categoryName(_:)`` of a plain name (``Swift/String/isPlainForSearch``) with nothing to
    /// fold or drop (no white space, full-width ASCII or bracket), whose key is the name less a
    /// trailing 指标: compared by bytes with the few plain category keys, without a key made or
    /// hashed (the names of an indicator table are mostly categories, asked row after row).
    /// `nil` for any other name, or when a category key is not plain.
    private static func plainCategoryName(of bytes: UnsafeBufferPointer<UInt8>) -> CategoryName? {
        guard let keys = plainCategoryKeys, isPlainWithNothingToFold(bytes) else { return nil }
        let word = categoryWordBytes.count
        var count = bytes.count
        if count > word, bytes[(count - word)...].elementsEqual(categoryWordBytes) { count -= word }
        // Only the keys of the name's length are compared: most names are told apart from
        // every key without a byte read.
        guard count < keys.count else { return CategoryName.none }
        let key = bytes[..<count]
        return keys[count].first { $0.bytes.elementsEqual(key) }?.name ?? CategoryName.none
    }

    /// Whether UTF-8 is plain text (``Swift/String/isPlainForSearch``) with no white space,
    /// full-width ASCII or bracket: its category key is itself, less a trailing 指标. One pass.
    private static func isPlainWithNothingToFold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == UInt8(ascii: "(") || lead == UInt8(ascii: ")") || lead.isASCIIWhitespace { return false }
                i += 1
            } else if lead >= 0xE5 && lead <= 0xE9 {
                // U+5000–U+9FFF: CJK ideographs, plain and with nothing to fold.
                i += 3
            } else {
                guard let width = bytes.plainScalarWidth(at: i) else { return false }
                let v = bytes.scalar(at: i).value
                if v == 0x3000 || (v >= 0xFF01 && v <= 0xFF5E) { return false }
                i += width
            }
        }
        return true
    }

    /// The category keys as UTF-8 with what they name, when every key is plain text (so that
    /// a plain name equals a key exactly when their bytes are equal); `nil` otherwise. Kept by
    /// their length in bytes, so that a name is compared only with the keys of its length.
    private static let plainCategoryKeys: [[(bytes: [UInt8], name: CategoryName)]]? = {
        let keys = Array(categoryNames.keys)
        guard keys.allSatisfy(\.isPlainForSearch) else { return nil }
        var byLength = [[(bytes: [UInt8], name: CategoryName)]](repeating: [], count: (keys.map(\.utf8.count).max() ?? 0) + 1)
        for key in keys { byLength[key.utf8.count].append((Array(key.utf8), categoryNames[key] ?? .none)) }
        return byLength
    }()

    /// The first scalar of each category key.
    private static let categoryKeyStarts: [UInt32] = Set(categoryNames.keys.compactMap { $0.unicodeScalars.first?.value }).sorted()

    /// The level-1 category a name stands for (`预期产出指标` → `产出指标`), or `nil`.
    public static func level1Category(_ name: String) -> String? { categoryName(name).level1 }

    /// The level-1 categories a level-2 name may sit under; empty when it is no level-2 name.
    public static func level1Parents(ofLevel2 name: String) -> [String] { categoryName(name).level1Parents }

    /// Whether a cell names an indicator category of either level.
    public static func isCategory(_ name: String) -> Bool { categoryName(name).isCategory }

    /// Whether a level-2 name may sit under a level-1 name, in either edition.
    public static func level2(_ level2: String, belongsTo level1: String) -> Bool {
        guard let parent = level1Category(level1) else { return false }
        return level1Parents(ofLevel2: level2).contains(parent)
    }
}

/// What a name means as an indicator category (``Vocabulary/categoryName(_:)``): the readers
/// ask both levels of the same cell, and each answer once cost a key of its own.
public struct CategoryName: Sendable {
    /// The level-1 category the name stands for (`预期产出指标` → `产出指标`), or `nil`.
    public let level1: String?
    /// The level-1 categories the name may sit under as a level-2 name; empty when it is none.
    public let level1Parents: [String]

    /// No category.
    static let none = CategoryName(level1: nil, level1Parents: [])

    /// Whether the name is a category of either level.
    public var isCategory: Bool { level1 != nil || !level1Parents.isEmpty }
}
