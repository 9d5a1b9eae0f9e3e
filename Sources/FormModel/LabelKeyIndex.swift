/// The comparison keys (``Vocabulary/labelKey(_:)``) of the vocabulary's label lists, worked out
/// once, so that asking whether a cell is a known label costs one key and one set look-up
/// instead of a key for every word of the list.
///
/// The readers ask ``Vocabulary/label(_:isIn:)`` about every cell of every row; recomputing the
/// keys of a list of thirty labels for each question made label matching most of the time a
/// conversion took. A list that is not indexed here (a new list, or a literal at a call site)
/// is still answered correctly, word by word.
enum LabelKeyIndex {
    /// A list found by its words: hashed by its size and the lengths of its ends (no string
    /// hashing), compared in full (a list compared with itself is the same storage, and that
    /// comparison is immediate).
    private struct Words: Hashable {
        let words: [String]

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.count)
            hasher.combine(words.first?.utf8.count)
            hasher.combine(words.last?.utf8.count)
        }
    }

    /// The indexed lists again, found by the address of their storage: a list held in a
    /// `static let` keeps its storage for the life of the process, so its address names it, and
    /// finding it costs one integer hash instead of hashing its words.
    private static let byStorage: [UInt: Keys] = {
        var byStorage: [UInt: Keys] = [:]
        for (words, keys) in index {
            byStorage[storage(of: words.words)] = keys
        }
        return byStorage
    }()

    /// The longest key, in scalars: a text with more scalars, spaces aside, and no bracketed
    /// qualifier to drop is no label of any indexed list.
    private static let longestKey: Int = index.values.flatMap(\.all).map(\.unicodeScalars.count).max() ?? 0

    private static func storage(of list: [String]) -> UInt {
        list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    private static let index: [Words: Keys] = {
        typealias V = Vocabulary
        let lists: [[String]] = [
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
        var index: [Words: Keys] = [:]
        for list in lists {
            index[Words(words: list)] = Keys(Set(list.map(Vocabulary.labelKey).filter { !$0.isEmpty }))
        }
        return index
    }()

    /// The keys of a list's words, when the list is one of the vocabulary's.
    static func keys(of list: [String]) -> Keys? {
        if !list.isEmpty, let keys = byStorage[storage(of: list)] { return keys }
        return index[Words(words: list)]
    }

    /// The keys of one list, to ask whether a key is among them.
    struct Keys {
        let all: Set<String>
        /// The same keys by their bytes, when every key is plain text: a plain key is then
        /// among them exactly when its bytes are, and hashing bytes skips the normalisation
        /// that hashing a `String` does.
        private let plain: Set<PlainKey>?

        init(_ keys: Set<String>) {
            all = keys
            plain = keys.allSatisfy(\.isPlainForSearch) ? Set(keys.map(PlainKey.init)) : nil
        }

        func contains(_ key: String) -> Bool {
            if let plain, key.isPlainForSearch { return plain.contains(PlainKey(text: key)) }
            return all.contains(key)
        }
    }

    /// A plain-text key, hashed and compared by its UTF-8 bytes.
    private struct PlainKey: Hashable {
        let text: String

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (a: PlainKey, b: PlainKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    }

    /// Whether a text is too long to be any indexed label: more scalars than the longest key,
    /// spaces aside, and no closing bracket at its end (whose qualifier would be dropped).
    /// Answers running text (a goal paragraph) without working out its key.
    static func isTooLong(_ text: String) -> Bool {
        guard text.utf8.count > longestKey else { return false }
        var count = 0
        for scalar in text.unicodeScalars where !Vocabulary.isWhitespace(scalar) {
            count += 1
            if count > longestKey { break }
        }
        guard count > longestKey else { return false }
        let last = text.unicodeScalars.last { !Vocabulary.isWhitespace($0) }
        return last != ")" && last != "）"
    }
}
