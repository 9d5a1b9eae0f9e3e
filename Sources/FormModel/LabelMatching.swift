/// How labels on a form are compared with the vocabulary.
///
/// OCR spells the same label many ways (`预算金额（万元）`, `预算金额(万元)`, `产出指 标`), so every
/// comparison goes through a key: spaces dropped, width folded, a trailing bracketed qualifier
/// dropped, a leading four-digit year written `YYYY`.
extension Vocabulary {

    /// Full-width ASCII (U+FF01–FF5E) as half-width, and the ideographic space as a space.
    /// Nothing else is folded: NFKC would rewrite ㈠ ① ² ㎡.
    public static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value >= 0xFF01 && $0.value <= 0xFF5E) || $0.value == 0x3000 })
        else { return text }
        return folded(text, droppingWhitespace: false)
    }

    /// A label without spaces and with half-width brackets, digits and letters.
    public static func foldedLabel(_ text: String) -> String {
        // Most labels are already folded: answer them without building a new string.
        guard text.unicodeScalars.contains(where: { isWhitespace($0) || ($0.value >= 0xFF01 && $0.value <= 0xFF5E) })
        else { return text }
        return folded(text, droppingWhitespace: true)
    }

    /// The text with full-width ASCII as half-width and the ideographic space as a space (or,
    /// `droppingWhitespace`, every White_Space scalar dropped), written straight into UTF-8:
    /// Chinese running text has a full-width comma in nearly every sentence, so this runs on
    /// most cells, and building it a scalar at a time cost more than the rest of a comparison.
    private static func folded(_ text: String, droppingWhitespace: Bool) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v >= 0xFF01 && v <= 0xFF5E {
                    buffer[count] = UInt8(truncatingIfNeeded: v - 0xFEE0)
                    count += 1
                } else if droppingWhitespace ? isWhitespace(scalar) : false {
                    continue
                } else if v == 0x3000 {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                } else {
                    for byte in UTF8.encode(scalar)! {
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    /// Unicode's White_Space property, spelled out: `Unicode.Scalar.Properties.isWhitespace`
    /// looks the property up in tables, which costs more than the rest of a label comparison.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000
    }

    /// The comparison key of a field or section label.
    public static func labelKey(_ text: String) -> String {
        var key = foldedLabel(text)
        // A trailing bracketed qualifier: 其他需完成的任务(可选填), 拟投入的资金(元).
        if key.utf8.last == UInt8(ascii: ")"), key.hasSuffix(")"), let open = key.lastIndex(of: "("), open != key.startIndex {
            key = String(key[..<open])
        }
        // A leading year: 2025年度目标 → YYYY年度目标.
        guard let first = key.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return key }
        let scalars = Array(key.unicodeScalars)
        if scalars.count > 4, scalars.prefix(4).allSatisfy({ $0.properties.numericType != nil && $0.isASCII }) {
            key = "YYYY" + String(String.UnicodeScalarView(scalars.dropFirst(4)))
        }
        return key
    }

    /// Whether a label is one of the vocabulary's labels (by ``labelKey(_:)``).
    public static func label(_ text: String, isIn list: [String]) -> Bool {
        let keys = LabelKeyIndex.keys(of: list)
        if keys != nil, LabelKeyIndex.isTooLong(text) { return false }
        return isLabelKey(labelKey(text), in: list, keys: keys)
    }

    /// The label key of a text short enough to be a label of the vocabulary's lists, or `nil`
    /// for longer text (a goal paragraph), which no list holds: for a reader that keeps a
    /// cell's key to ask about it many times.
    public static func shortLabelKey(_ text: String) -> String? {
        LabelKeyIndex.isTooLong(text) ? nil : labelKey(text)
    }

    /// Whether a key made by ``labelKey(_:)`` is the key of one of a list's labels: for a
    /// reader asking about one cell against several lists, which makes the cell's key once.
    public static func isLabelKey(_ key: String, in list: [String]) -> Bool {
        isLabelKey(key, in: list, keys: LabelKeyIndex.keys(of: list))
    }

    private static func isLabelKey(_ key: String, in list: [String], keys: LabelKeyIndex.Keys?) -> Bool {
        if key.isEmpty { return false }
        if let keys { return keys.contains(key) }
        return list.contains { labelKey($0) == key }
    }

    /// Whether two field labels name the same field.
    public static func sameFieldLabel(_ a: String, _ b: String) -> Bool { labelKey(a) == labelKey(b) }

    /// Whether a row label opens the opinion (`财政分局批复意见`, `镇财政分局批复意见`).
    public static func isOpinionLabel(_ text: String) -> Bool {
        let key = foldedLabel(text)
        return opinionSuffixes.contains { key.hasSuffix($0) } && key.count <= 16
    }

    // MARK: Indicator categories

    /// The comparison key of an indicator category: every bracketed part and a trailing 指标 dropped.
    public static func categoryKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var depth = 0
        for s in foldedLabel(text).unicodeScalars {
            if s == "(" { depth += 1; continue }
            if s == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(s) }
        }
        var key = String(out)
        if key.hasSuffix("指标"), key.count > 2 { key.removeLast(2) }
        return key
    }

    private static let level1Keys: [String: String] = {
        var keys: [String: String] = [:]
        for category in indicatorCategories {
            for name in [category.name] + category.aliases { keys[categoryKey(name)] = category.name }
        }
        return keys
    }()

    private static let level2Parents: [String: [String]] = {
        var parents: [String: [String]] = [:]
        for category in indicatorCategories {
            for child in category.children { parents[categoryKey(child), default: []].append(category.name) }
        }
        return parents
    }()

    /// The level-1 category a name stands for (`预期产出指标` → `产出指标`), or `nil`.
    public static func level1Category(_ name: String) -> String? { level1Keys[categoryKey(name)] }

    /// The level-1 categories a level-2 name may sit under; empty when it is no level-2 name.
    public static func level1Parents(ofLevel2 name: String) -> [String] { level2Parents[categoryKey(name)] ?? [] }

    /// Whether a cell names an indicator category of either level.
    public static func isCategory(_ name: String) -> Bool {
        let key = categoryKey(name)
        return level1Keys[key] != nil || level2Parents[key] != nil
    }

    /// Whether a level-2 name may sit under a level-1 name, in either edition.
    public static func level2(_ level2: String, belongsTo level1: String) -> Bool {
        guard let parent = level1Category(level1) else { return false }
        return level1Parents(ofLevel2: level2).contains(parent)
    }
}
