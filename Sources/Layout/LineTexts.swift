/// The distinct cell texts of one source line, each at a fixed position, so that the repairs
/// of the line can be filed by position instead of in hashed collections of texts.
///
/// A line holds a handful of cells, and comparing a text with each costs less than hashing it:
/// the texts are searched in turn. A line that holds a whole table (as MinerU writes HTML)
/// can hold thousands; past ``mostSearchedInTurn`` they are also indexed by ``CellTextKey``.
/// Texts compare as ``CellTextKey`` compares them: by bytes when `byBytes`, else as `String`s.
struct LineTexts {
    /// Whether the texts compare by their bytes (every text and quote of the line is plain).
    let byBytes: Bool
    /// The texts, in the order first added.
    private(set) var texts: [String] = []
    /// The position of each text, once there are too many to search in turn.
    private var index: [CellTextKey: Int]?

    /// How many texts are searched in turn before they are indexed.
    static let mostSearchedInTurn = 16

    /// Texts compared by bytes or as `String`s, with room for `capacity` of them (at most as
    /// many as will be inserted, repeats included, so that the list is allocated once).
    init(byBytes: Bool, capacity: Int = 0) {
        self.byBytes = byBytes
        texts.reserveCapacity(min(capacity, Self.mostSearchedInTurn + 1))
    }

    /// How many distinct texts there are.
    var count: Int { texts.count }

    /// The position of a text, or `nil` when it is not one of them.
    func position(of text: String) -> Int? {
        if let index { return index[CellTextKey(text, byBytes: byBytes)] }
        return texts.firstIndex { byBytes ? $0.hasSameUTF8(as: text) : $0 == text }
    }

    /// Adds a text unless it is there already, and returns its position.
    @discardableResult
    mutating func insert(_ text: String) -> Int {
        if let position = position(of: text) { return position }
        texts.append(text)
        if index != nil {
            index![CellTextKey(text, byBytes: byBytes)] = texts.count - 1
        } else if texts.count > Self.mostSearchedInTurn {
            index = Dictionary(uniqueKeysWithValues: texts.enumerated().map { (CellTextKey($1, byBytes: byBytes), $0) })
        }
        return texts.count - 1
    }
}
