/// A set of the indexed label lists (``LabelKeyIndex``), one bit a list: the lists holding a
/// cell's label (``LabelKey/lists``), or all the lists holding any label of a row.
///
/// Nearly every row of a form is no header, and each header test scanned every cell of the
/// row against its lists. A reader first asks whether the row's set meets the lists such a
/// header needs (one `and`), and only a row that may be one is asked cell by cell.
public struct LabelLists: Sendable {
    let bits: UInt64

    init(bits: UInt64) { self.bits = bits }

    /// No list: the set of a text that is no indexed label, or of a row without one.
    public static let none = LabelLists(bits: 0)

    /// The set of the given lists, each of which must be indexed. Built once, in a `static
    /// let`, to test cells and rows against.
    public init(_ lists: [[String]]) {
        bits = lists.reduce(0) { bits, list in
            guard let bit = LabelKeyIndex.bit(of: list) else { preconditionFailure("not an indexed label list: \(list)") }
            return bits | bit
        }
    }

    /// The lists of either set.
    public func union(_ other: LabelLists) -> LabelLists { LabelLists(bits: bits | other.bits) }

    /// Whether the two sets share a list: for a cell's set and one list, whether the cell is
    /// one of the list's labels, as ``LabelKey/isIn(_:)`` answers.
    public func intersects(_ other: LabelLists) -> Bool { bits & other.bits != 0 }
}

/// The lists the assembler and its readers test rows and cells against, each as a set of one.
extension LabelLists {
    /// ``Vocabulary/fieldLabels``.
    public static let fieldLabels = LabelLists([Vocabulary.fieldLabels])
    /// ``Vocabulary/fieldGroups``.
    public static let fieldGroups = LabelLists([Vocabulary.fieldGroups])
    /// ``Vocabulary/formLabels``.
    public static let formLabels = LabelLists([Vocabulary.formLabels])
    /// ``Vocabulary/budgetSection``.
    public static let budgetSection = LabelLists([Vocabulary.budgetSection])
    /// ``Vocabulary/budgetOpeningHeaders``.
    public static let budgetOpeningHeaders = LabelLists([Vocabulary.budgetOpeningHeaders])
    /// ``Vocabulary/goalSection``.
    public static let goalSection = LabelLists([Vocabulary.goalSection])
    /// ``Vocabulary/goalParts``.
    public static let goalParts = LabelLists([Vocabulary.goalParts])
    /// ``Vocabulary/taskSection``.
    public static let taskSection = LabelLists([Vocabulary.taskSection])
    /// ``Vocabulary/otherTaskSection``.
    public static let otherTaskSection = LabelLists([Vocabulary.otherTaskSection])
    /// ``Vocabulary/taskContentHeaders``.
    public static let taskContentHeaders = LabelLists([Vocabulary.taskContentHeaders])
    /// ``Vocabulary/taskNameOrAmountHeaders``.
    public static let taskNameOrAmountHeaders = LabelLists([Vocabulary.taskNameOrAmountHeaders])
    /// ``Vocabulary/indicatorSection``.
    public static let indicatorSection = LabelLists([Vocabulary.indicatorSection])
    /// ``Vocabulary/level1Headers``.
    public static let level1Headers = LabelLists([Vocabulary.level1Headers])
    /// ``Vocabulary/level2Headers``.
    public static let level2Headers = LabelLists([Vocabulary.level2Headers])
    /// ``Vocabulary/level3Headers``.
    public static let level3Headers = LabelLists([Vocabulary.level3Headers])
    /// ``Vocabulary/indicatorHalfHeaders``.
    public static let indicatorHalfHeaders = LabelLists([Vocabulary.indicatorHalfHeaders])
    /// ``Vocabulary/indicatorHeaderRowWords``.
    public static let indicatorHeaderRowWords = LabelLists([Vocabulary.indicatorHeaderRowWords])
}
