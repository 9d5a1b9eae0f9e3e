import FormModel

/// What the indicator table asks the vocabulary about a cell's text row after row (whether it
/// names a category), remembered by the cell's content for the rest of the file.
///
/// Cells read from the file's ``CellMemo`` share one ``CellContent``, and a file repeats its
/// category names (`产出指标`, `数量指标`) in every form: each answer is worked out once per
/// content rather than once per row. The answers depend on the
/// text alone, so a remembered answer is the answer worked out afresh.
///
/// A small table with one slot per place, found from the content's address: each slot keeps
/// its content alive, so that no other content can take that address while the slot holds
/// it. A content whose place another took is simply asked again.
struct CellAnswers {
    /// The number of slots (a power of two): a file asks about a few dozen contents.
    private static var slotCount: Int { 128 }

    /// One content with its answer.
    private struct Slot {
        /// The content's address, compared before anything else is read (0 for none).
        var address: UInt = 0
        /// The content, held so that its address stays its own.
        var content: CellContent?
        var categoryName: CategoryName?
    }

    /// The slots, made when first asked: a file without an indicator table asks nothing.
    private var slots: [Slot] = []

    /// ``Vocabulary/categoryName(_:)`` of the content's text.
    mutating func categoryName(of content: CellContent) -> CategoryName {
        if slots.isEmpty { slots = Array(repeating: Slot(), count: Self.slotCount) }
        let address = UInt(bitPattern: ObjectIdentifier(content))
        // Fibonacci hashing: objects sit 16 bytes apart at least, and the product's top bits
        // spread neighbours over the table.
        let place = Int(truncatingIfNeeded: (address &* 0x9E37_79B9_7F4A_7C15) >> (UInt.bitWidth - Self.slotCount.trailingZeroBitCount))
        if slots[place].address == address, let known = slots[place].categoryName { return known }
        let name = Vocabulary.categoryName(content.text)
        slots[place] = Slot(address: address, content: content, categoryName: name)
        return name
    }
}
