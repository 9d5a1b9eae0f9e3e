/// The answer of a pure look-up by name, kept for the name asked last.
///
/// An indicator table repeats a category name on a run of rows, and each look-up
/// (``Vocabulary/categoryName(_:)``) folds the name and compares it with every key. The kept
/// answer is given again only for a name of the very same UTF-8 bytes, which is the same input
/// to the look-up, so it is the answer the look-up would give; a name spelled any other way
/// (even a canonically equivalent one) is looked up afresh. Only the last name is kept: a
/// name seldom comes back after its run, and comparing each name with several kept ones cost
/// more than the look-ups it saved.
struct NameMemo<Answer> {
    private let lookUp: (String) -> Answer
    private var last: (name: String, answer: Answer)?

    init(_ lookUp: @escaping (String) -> Answer) { self.lookUp = lookUp }

    /// The look-up's answer for a name.
    mutating func answer(for name: String) -> Answer {
        if let last, last.name.hasSameUTF8(as: name) { return last.answer }
        let answer = lookUp(name)
        last = (name, answer)
        return answer
    }
}
