/// The vocabulary's label lists, indexed by key: for each label key (``Vocabulary/labelKey(_:)``)
/// of an indexed list, the lists that hold it, as one bit a list.
///
/// The readers ask whether a cell is one of a list's labels for every cell of every row, against
/// a dozen lists. Recomputing the keys of a list for each question once made label matching
/// most of the time a conversion took; looking the cell's key up once per list still cost a
/// hash and a comparison each time. Now a cell's key is looked up once (``LabelKey``), and each
/// question is a bit test. A list that is not indexed here (a new list, or a literal at a call
/// site) is still answered correctly, word by word.
enum LabelKeyIndex {
    /// The indexed lists. A list's bit is its position here.
    private static let lists: [[String]] = {
        typealias V = Vocabulary
        return [
            V.approverLabels, V.organizationLineLabels, V.organizationFields, V.fieldLabels, V.fieldGroups,
            V.budgetSection, V.budgetHeaders, V.budgetSpending, V.budgetIncome, V.budgetAllocation,
            V.goalSection, V.goalParts, V.taskSection, V.otherTaskSection,
            V.taskNameHeaders, V.taskContentHeaders, V.taskAmountHeaders, V.taskGoalHeaders, V.totalLabels,
            V.indicatorSection, V.level1Headers, V.level2Headers, V.level3Headers,
            V.periodValueHeaders, V.annualValueHeaders, V.indicatorHalfHeaders, V.budgetOpeningHeaders,
            // The unions the readers ask about (LabelUnions.swift).
            V.formLabels, V.budgetLabels, V.budgetGridHeaders, V.sectionLabels, V.indicatorHeaderRowWords,
            V.valueHeaders, V.taskNameOrAmountHeaders, V.organizationLineAnyLabels,
        ]
    }()

    /// Each key of an indexed list, with the bits of the lists holding it.
    private static let holders: KeyTable<UInt64> = {
        precondition(lists.count <= UInt64.bitWidth, "more label lists than bits: widen the list sets")
        var entries: [(String, UInt64)] = []
        for (position, list) in lists.enumerated() {
            for key in list.map(Vocabulary.labelKey) where !key.isEmpty { entries.append((key, 1 << position)) }
        }
        return KeyTable(entries, combine: |)
    }()

    /// A list found by its words: hashed by its size and the lengths of its ends (no string
    /// hashing), compared in full.
    private struct Words: Hashable {
        let words: [String]

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.count)
            hasher.combine(words.first?.utf8.count)
            hasher.combine(words.last?.utf8.count)
        }
    }

    private static let bitsByWords: [Words: UInt64] = Dictionary(
        lists.enumerated().map { (Words(words: $0.element), 1 << $0.offset) }, uniquingKeysWith: |)

    /// The lists' bits again, found by the address of their storage: a list held in a
    /// `static let` keeps its storage for the life of the process, so its address names it.
    /// Kept sorted by address and searched by halves: the readers ask for a list's bit tens of
    /// times a row, and this costs a few comparisons where hashing the address cost a hundred
    /// instructions.
    private static let bitsByStorage: (addresses: [UInt], bits: [UInt64]) = {
        let bits = Dictionary(lists.enumerated().map { (storage(of: $0.element), UInt64(1) << $0.offset) }, uniquingKeysWith: |)
        let sorted = bits.sorted { $0.key < $1.key }
        return (sorted.map(\.key), sorted.map(\.value))
    }()

    private static func storage(of list: [String]) -> UInt {
        list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    /// The bit of a list, when it is one of the indexed lists (or a copy of one).
    static func bit(of list: [String]) -> UInt64? {
        if !list.isEmpty {
            let address = storage(of: list), (addresses, bits) = bitsByStorage
            var low = 0, high = addresses.count
            while low < high {
                let middle = (low + high) / 2
                if addresses[middle] < address { low = middle + 1 } else { high = middle }
            }
            if low < addresses.count, addresses[low] == address { return bits[low] }
        }
        return bitsByWords[Words(words: list)]
    }

    /// The bits of the indexed lists that hold a label key (none for an empty key).
    static func lists(holding key: String) -> UInt64 { holders[key] ?? 0 }

    /// The longest key, in scalars: a text with more scalars, spaces aside, and no bracketed
    /// qualifier to drop is no label of any indexed list.
    private static let longestKey: Int = holders.keys.map(\.unicodeScalars.count).max() ?? 0

    /// Whether a text is too long to be any indexed label: more scalars than the longest key,
    /// spaces aside, and no closing bracket at its end (whose qualifier would be dropped).
    /// Answers running text (a goal paragraph) without working out its key.
    static func isTooLong(_ text: String) -> Bool {
        guard text.utf8.count > longestKey else { return false }
        var text = text
        return text.withUTF8 { bytes in
            // Scalars but spaces, counted on the bytes, up to one more than the longest key.
            var count = 0, i = 0
            while i < bytes.count, count <= longestKey {
                let (scalar, width) = bytes.scalar(at: i)
                if !Vocabulary.isWhitespace(Unicode.Scalar(scalar)!) { count += 1 }
                i += width
            }
            guard count > longestKey else { return false }
            // A closing bracket at the end ends a qualifier.
            guard let last = bytes.lastScalarButSpaces() else { return true }
            return last.value != 0x29 && last.value != 0xFF09
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The last scalar of UTF-8 text that is not White_Space (``Vocabulary/isWhitespace(_:)``),
    /// with where it starts, found from the end; `nil` when there is none.
    func lastScalarButSpaces() -> (value: UInt32, start: Int)? {
        var end = count
        while end > 0 {
            var start = end - 1
            while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = scalar(at: start).value
            if !Vocabulary.isWhitespace(Unicode.Scalar(scalar)!) { return (scalar, start) }
            end = start
        }
        return nil
    }
}

/// A label's key (``Vocabulary/labelKey(_:)``) with the indexed lists that hold it, worked out
/// once: a reader that asks about one cell against many lists keeps this.
public struct LabelKey: Sendable {
    /// The key itself.
    public let text: String
    /// The indexed lists that hold the key.
    public let lists: LabelLists

    /// The key of a text short enough to be a label of the vocabulary's lists, or `nil` for
    /// longer text (a goal paragraph), which no list holds.
    public init?(ofShortLabel label: String) {
        if LabelKeyIndex.isTooLong(label) { return nil }
        self.init(ofLabel: label)
    }

    /// The key of a label.
    public init(ofLabel label: String) {
        text = Vocabulary.labelKey(label)
        lists = LabelLists(bits: LabelKeyIndex.lists(holding: text))
    }

    /// Whether the label is one of a list's labels.
    public func isIn(_ list: [String]) -> Bool {
        guard let bit = LabelKeyIndex.bit(of: list) else { return Vocabulary.isLabelKey(text, in: list) }
        return lists.bits & bit != 0
    }
}
