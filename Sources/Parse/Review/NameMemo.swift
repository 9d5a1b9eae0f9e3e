/// The answers of a pure look-up by name, kept for the last few names asked about.
///
/// An indicator table repeats a handful of category names on row after row, and each look-up
/// (``Vocabulary/categoryKey(_:)``) folds and rebuilds the name. A kept answer is given again
/// only for a name of the very same UTF-8 bytes, which is the same input to the look-up, so it
/// is the answer the look-up would give; a name spelled any other way (even a canonically
/// equivalent one) is looked up afresh. At most ``capacity`` names are kept, the oldest
/// replaced first, so a table of thousands of different names costs a bounded scan a row.
struct NameMemo<Answer> {
    private let lookUp: (String) -> Answer
    private var kept: [(name: String, answer: Answer)] = []
    private var oldest = 0

    /// How many names are kept.
    static var capacity: Int { 8 }

    init(_ lookUp: @escaping (String) -> Answer) { self.lookUp = lookUp }

    /// The look-up's answer for a name.
    mutating func answer(for name: String) -> Answer {
        if let hit = kept.first(where: { $0.name.hasSameUTF8(as: name) }) { return hit.answer }
        let answer = lookUp(name)
        if kept.count < Self.capacity {
            kept.append((name, answer))
        } else {
            kept[oldest] = (name, answer)
            oldest = (oldest + 1) % Self.capacity
        }
        return answer
    }
}
