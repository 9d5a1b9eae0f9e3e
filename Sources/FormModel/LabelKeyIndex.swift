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
    /// The indexed lists, each named by its place: a list's bit is its position here, so that
    /// the sets of one list the readers test against (``LabelLists``) are constants rather than
    /// lazily made statics, each read of which cost a call into the runtime.
    enum IndexedList: Int, CaseIterable {
        case approverLabels, organizationLineLabels, organizationFields, fieldLabels, fieldGroups
        case budgetSection, budgetHeaders, budgetSpending, budgetIncome, budgetAllocation
        case goalSection, goalParts, taskSection, otherTaskSection
        case taskNameHeaders, taskContentHeaders, taskAmountHeaders, taskGoalHeaders, totalLabels
        case indicatorSection, level1Headers, level2Headers, level3Headers
        case periodValueHeaders, annualValueHeaders, indicatorHalfHeaders, budgetOpeningHeaders
        // The unions the readers ask about (LabelUnions.swift).
        case formLabels, budgetLabels, budgetGridHeaders, sectionLabels, indicatorHeaderRowWords
        case valueHeaders, taskNameOrAmountHeaders, organizationLineAnyLabels

        /// The vocabulary's list.
        var words: [String] {
            typealias V = Vocabulary
            switch self {
            case .approverLabels: return V.approverLabels
            case .organizationLineLabels: return V.organizationLineLabels
            case .organizationFields: return V.organizationFields
            case .fieldLabels: return V.fieldLabels
            case .fieldGroups: return V.fieldGroups
            case .budgetSection: return V.budgetSection
            case .budgetHeaders: return V.budgetHeaders
            case .budgetSpending: return V.budgetSpending
            case .budgetIncome: return V.budgetIncome
            case .budgetAllocation: return V.budgetAllocation
            case .goalSection: return V.goalSection
            case .goalParts: return V.goalParts
            case .taskSection: return V.taskSection
            case .otherTaskSection: return V.otherTaskSection
            case .taskNameHeaders: return V.taskNameHeaders
            case .taskContentHeaders: return V.taskContentHeaders
            case .taskAmountHeaders: return V.taskAmountHeaders
            case .taskGoalHeaders: return V.taskGoalHeaders
            case .totalLabels: return V.totalLabels
            case .indicatorSection: return V.indicatorSection
            case .level1Headers: return V.level1Headers
            case .level2Headers: return V.level2Headers
            case .level3Headers: return V.level3Headers
            case .periodValueHeaders: return V.periodValueHeaders
            case .annualValueHeaders: return V.annualValueHeaders
            case .indicatorHalfHeaders: return V.indicatorHalfHeaders
            case .budgetOpeningHeaders: return V.budgetOpeningHeaders
            case .formLabels: return V.formLabels
            case .budgetLabels: return V.budgetLabels
            case .budgetGridHeaders: return V.budgetGridHeaders
            case .sectionLabels: return V.sectionLabels
            case .indicatorHeaderRowWords: return V.indicatorHeaderRowWords
            case .valueHeaders: return V.valueHeaders
            case .taskNameOrAmountHeaders: return V.taskNameOrAmountHeaders
            case .organizationLineAnyLabels: return V.organizationLineAnyLabels
            }
        }
    }

    /// The indexed lists' words, in the order of their bits.
    private static let lists: [[String]] = IndexedList.allCases.map(\.words)

    /// Each key of an indexed list, with the bits of the lists holding it.
    private static let keyBits: [String: UInt64] = {
        precondition(lists.count <= UInt64.bitWidth, "more label lists than bits: widen the list sets")
        var entries: [(String, UInt64)] = []
        for (position, list) in lists.enumerated() {
            for key in list.map(Vocabulary.labelKey) where !key.isEmpty { entries.append((key, 1 << position)) }
        }
        return Dictionary(entries, uniquingKeysWith: |)
    }()

    /// The tables every cell's look-ups read, in one `static let`: reading a lazily made
    /// static costs a call into the runtime on Linux, and a cell's look-up once read three.
    /// A class, so that reading the tables retains one object rather than copying a struct
    /// of arrays (a retain and a release of each of them, for every cell).
    private final class Tables: Sendable {
        /// ``keyBits``, looked up by `String`, or by the bytes of plain text.
        let holders = KeyTable(keyBits.map { ($0.key, $0.value) }, combine: |)
        /// The longest key, in scalars: a text with more scalars, spaces aside, and no
        /// bracketed qualifier to drop is no label of any indexed list.
        let longestKey = keyBits.keys.map(\.unicodeScalars.count).max() ?? 0
        /// The lists' bits found by the address of their storage (``bit(of:)``).
        let bitsByStorage = StorageBits(lists)
    }

    private static let tables = Tables()

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
    /// The readers ask for a list's bit tens of times a row: an open-addressed table of the
    /// addresses, mostly empty, answers with a multiplication and a comparison or two.
    private struct StorageBits {
        private let slots: [(address: UInt, bits: UInt64)]

        init(_ lists: [[String]]) {
            var slots = [(address: UInt, bits: UInt64)](repeating: (0, 0), count: Self.size)
            for (position, list) in lists.enumerated() where !list.isEmpty {
                let address = storage(of: list)
                var slot = Self.slot(of: address)
                while slots[slot].address != 0, slots[slot].address != address { slot = (slot + 1) % Self.size }
                slots[slot] = (address, slots[slot].bits | UInt64(1) << position)
            }
            self.slots = slots
        }

        /// The bits of the list with this storage, or `nil` when it is none of the lists'.
        func bits(ofStorage address: UInt) -> UInt64? {
            var slot = Self.slot(of: address)
            while true {
                let entry = slots[slot]
                if entry.address == address { return entry.bits }
                if entry.address == 0 { return nil }
                slot = (slot + 1) % Self.size
            }
        }

        private static var size: Int { 512 }

        /// Fibonacci hashing of the address (whose low four bits are always zero) to 9 bits.
        private static func slot(of address: UInt) -> Int {
            Int(truncatingIfNeeded: (UInt64(address >> 4) &* 0x9E37_79B9_7F4A_7C15) >> 55)
        }
    }

    private static func storage(of list: [String]) -> UInt {
        list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    /// The bit of a list, when it is one of the indexed lists (or a copy of one).
    static func bit(of list: [String]) -> UInt64? {
        if !list.isEmpty, let bits = tables.bitsByStorage.bits(ofStorage: storage(of: list)) { return bits }
        return bitsByWords[Words(words: list)]
    }

    /// Whether every indexed key is plain (``Swift/String/isPlainForSearch``), so that a text
    /// with more scalars than the longest key, spaces aside, is equivalent to none of them.
    static var keysArePlain: Bool { tables.holders.plain != nil }

    /// The bits of the indexed lists that hold a label key (none for an empty key).
    static func lists(holding key: String) -> UInt64 { tables.holders[key] ?? 0 }

    /// What the bytes of a cell's text tell about its label key, before any string is made.
    enum ShortKey {
        /// The text is too long to be any indexed label: more scalars than the longest key,
        /// spaces aside, and no closing bracket at its end (whose qualifier would be dropped).
        /// Running text (a goal paragraph) is answered so without working out its key.
        case tooLong
        /// The text is its own key, held by these lists.
        case ownKey(lists: UInt64)
        /// The key differs from the text, or the text is not plain: work it out as a string.
        case other
    }

    /// The short key of a text's bytes. Nearly every cell is plain text that is its own key:
    /// ``Vocabulary/labelKey(_:)`` drops white space (in plain text, ASCII spaces and U+3000),
    /// folds full-width ASCII (U+FF01–FF5E), cuts a trailing `(…)` after the first scalar and
    /// writes a leading four-digit year `YYYY`, and such a text has none of them. Those are
    /// looked up by their bytes, in the same pass over them that tells whether the text is too
    /// long; only the others go through ``Vocabulary/labelKey(_:)``.
    static func shortKey(of bytes: UnsafeBufferPointer<UInt8>) -> ShortKey {
        if bytes.isEmpty { return .ownKey(lists: 0) }
        let tables = tables, longest = tables.longestKey
        var i = 0, scalars = 0, isOwnPlainKey = true
        // The scalars but spaces, up to one more than the longest key.
        while i < bytes.count, scalars <= longest {
            let b = bytes[i]
            if b < 0x80 {
                // Plain text holds every ASCII scalar but CR, which is also white space.
                if b.isASCIIWhitespace { isOwnPlainKey = false } else { scalars += 1 }
                i += 1
                continue
            }
            if b >= 0xE5 && b <= 0xE9 {
                // U+5000–U+9FFF: ideographs, plain and no space.
                scalars += 1
                i += 3
                continue
            }
            let (v, width) = bytes.scalar(at: i)
            if Vocabulary.isWhitespace(Unicode.Scalar(v)!) { isOwnPlainKey = false } else { scalars += 1 }
            if width != 3 || !String.isPlainScalar(v) || (v >= 0xFF01 && v <= 0xFF5E) { isOwnPlainKey = false }
            i += width
        }
        if scalars > longest { return endsWithClosingBracket(bytes) ? .other : .tooLong }
        guard isOwnPlainKey, tables.holders.plain != nil else { return .other }
        if bytes[bytes.count - 1] == UInt8(ascii: ")"), bytes.dropFirst().dropLast().contains(UInt8(ascii: "(")) { return .other }
        if bytes.count > 4, bytes.prefix(4).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return .other }
        return .ownKey(lists: tables.holders.plain?.value(for: bytes) ?? 0)
    }

    /// The bits of the indexed lists that hold a text's label key; none for a text too long to
    /// be a label.
    static func lists(ofShortLabel label: String) -> UInt64 {
        var text = label
        switch text.withUTF8(shortKey(of:)) {
        case .tooLong: return 0
        case .ownKey(let lists): return lists
        case .other: return lists(holding: Vocabulary.labelKey(label))
        }
    }

    /// Whether the last scalar but spaces is a closing bracket, which ends a qualifier.
    private static func endsWithClosingBracket(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.lastScalarButSpaces() else { return false }
        return last.value == 0x29 || last.value == 0xFF09
    }
}

/// A label's key (``Vocabulary/labelKey(_:)``) with the indexed lists that hold it, worked out
/// once: a reader that asks about one cell against many lists keeps this.
public struct LabelKey: Sendable {
    /// The key itself.
    public var text: String { isKey ? source : Vocabulary.labelKey(source) }
    /// The key; or, when `isKey` is false, the label itself, too long to be any indexed label,
    /// whose key is worked out only when asked for: a paragraph's key folds and copies it all.
    private let source: String
    private let isKey: Bool
    private let bits: UInt64

    /// The indexed lists that hold the key.
    public var lists: LabelLists { LabelLists(bits: bits) }

    /// The key of a text short enough to be a label of the vocabulary's lists, or `nil` for
    /// longer text (a goal paragraph), which no list holds.
    public init?(ofShortLabel label: String) {
        guard let key = ShortLabelKey(ofLabel: label).labelKey(of: label) else { return nil }
        self = key
    }

    /// A key already worked out (``ShortLabelKey``), with the bits of the lists that hold it.
    fileprivate init(key: String, lists: UInt64) {
        self.init(source: key, isKey: true, lists: lists)
    }

    private init(source: String, isKey: Bool, lists: UInt64) {
        self.source = source
        self.isKey = isKey
        bits = lists
    }

    private init(key: String) {
        self.init(source: key, isKey: true, lists: LabelKeyIndex.lists(holding: key))
    }

    /// The key of a label.
    public init(ofLabel label: String) {
        var bytes = label
        switch bytes.withUTF8(LabelKeyIndex.shortKey(of:)) {
        case .tooLong where LabelKeyIndex.keysArePlain:
            // Its key has more scalars than any indexed key, and canonical equivalence never
            // shortens a text to a plain one: no indexed list holds it.
            self.init(source: label, isKey: false, lists: 0)
        case .ownKey(let lists):
            self.init(source: label, isKey: true, lists: lists)
        default:
            self.init(key: Vocabulary.labelKey(label))
        }
    }

    /// Whether the label is one of a list's labels.
    public func isIn(_ list: [String]) -> Bool {
        guard let bit = LabelKeyIndex.bit(of: list) else { return Vocabulary.isLabelKey(text, in: list) }
        return bits & bit != 0
    }
}

/// A short label's key (``LabelKey/init(ofShortLabel:)``) kept beside the label, without a
/// copy of the label's text: a source cell holds its text and this.
///
/// Nearly every label is its own key. A cell read again from the reader's memo is copied into
/// each row that holds it, and a ``LabelKey`` stored in the cell held the text a second time:
/// a retain and a release more for every copy of every cell. Here the key's text is stored
/// only when it differs from the label's.
public enum ShortLabelKey: Sendable {
    /// The label is too long to be any indexed label: it has no short key.
    case tooLong
    /// The label is its own key, held by these lists (bits of ``LabelKeyIndex``'s lists).
    case ownKey(lists: UInt64)
    /// The label's key differs from it (spaces, full-width letters, a qualifier, a year).
    case key(String, lists: UInt64)

    /// The short key of a label, worked out from its bytes as ``LabelKey/init(ofShortLabel:)`` does.
    public init(ofLabel label: String) {
        var bytes = label
        switch bytes.withUTF8(LabelKeyIndex.shortKey(of:)) {
        case .tooLong:
            self = .tooLong
        case .ownKey(let lists):
            self = .ownKey(lists: lists)
        case .other:
            let key = Vocabulary.labelKey(label)
            self = .key(key, lists: LabelKeyIndex.lists(holding: key))
        }
    }

    /// The indexed lists that hold the key (none for a label too long to be one).
    public var lists: LabelLists {
        switch self {
        case .tooLong: .none
        case .ownKey(let lists), .key(_, let lists): LabelLists(bits: lists)
        }
    }

    /// The key in full, given the label it was worked out from; `nil` when the label is too long.
    public func labelKey(of label: String) -> LabelKey? {
        switch self {
        case .tooLong: nil
        case .ownKey(let lists): LabelKey(key: label, lists: lists)
        case .key(let key, let lists): LabelKey(key: key, lists: lists)
        }
    }

    /// Whether `label`, the label this key was worked out from, is one of a list's labels, as
    /// ``Vocabulary/label(_:isIn:)`` answers: a bit test for an indexed list.
    public func isLabel(_ label: String, in list: [String]) -> Bool {
        switch self {
        case .tooLong:
            return Vocabulary.label(label, isIn: list)
        case .ownKey(let lists):
            return Self.isKey(label, heldBy: lists, in: list)
        case .key(let key, let lists):
            return Self.isKey(key, heldBy: lists, in: list)
        }
    }

    /// Whether a key held by the lists of these bits is one of a list's keys.
    private static func isKey(_ key: String, heldBy lists: UInt64, in list: [String]) -> Bool {
        guard let bit = LabelKeyIndex.bit(of: list) else { return Vocabulary.isLabelKey(key, in: list) }
        return lists & bit != 0
    }
}
