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
    public static var none: LabelLists { LabelLists(bits: 0) }

    /// The set of the given lists, each of which must be indexed. Built once, in a `static
    /// let`, to test cells and rows against.
    public init(_ lists: [[String]]) {
        bits = lists.reduce(0) { bits, list in
            guard let bit = LabelKeyIndex.bit(of: list) else { preconditionFailure("not an indexed label list: \(list)") }
            return bits | bit
        }
    }

    /// The set of one indexed list, worked out from its place alone.
    init(_ list: LabelKeyIndex.IndexedList) { bits = 1 << list.rawValue }

    /// The lists of either set.
    public func union(_ other: LabelLists) -> LabelLists { LabelLists(bits: bits | other.bits) }

    /// Whether the two sets share a list: for a cell's set and one list, whether the cell is
    /// one of the list's labels, as ``LabelKey/isIn(_:)`` answers.
    public func intersects(_ other: LabelLists) -> Bool { bits & other.bits != 0 }
}

/// The lists the assembler and its readers test rows and cells against, each as a set of one.
///
/// Constants, not `static let`s: the readers test tens of rows a form against them, and each
/// read of a lazily made static cost a call into the runtime.
extension LabelLists {
    /// ``Vocabulary/fieldLabels``.
    public static var fieldLabels: LabelLists { LabelLists(.fieldLabels) }
    /// ``Vocabulary/fieldGroups``.
    public static var fieldGroups: LabelLists { LabelLists(.fieldGroups) }
    /// ``Vocabulary/formLabels``.
    public static var formLabels: LabelLists { LabelLists(.formLabels) }
    /// ``Vocabulary/budgetSection``.
    public static var budgetSection: LabelLists { LabelLists(.budgetSection) }
    /// ``Vocabulary/budgetOpeningHeaders``.
    public static var budgetOpeningHeaders: LabelLists { LabelLists(.budgetOpeningHeaders) }
    /// ``Vocabulary/goalSection``.
    public static var goalSection: LabelLists { LabelLists(.goalSection) }
    /// ``Vocabulary/goalParts``.
    public static var goalParts: LabelLists { LabelLists(.goalParts) }
    /// ``Vocabulary/taskSection``.
    public static var taskSection: LabelLists { LabelLists(.taskSection) }
    /// ``Vocabulary/otherTaskSection``.
    public static var otherTaskSection: LabelLists { LabelLists(.otherTaskSection) }
    /// ``Vocabulary/taskContentHeaders``.
    public static var taskContentHeaders: LabelLists { LabelLists(.taskContentHeaders) }
    /// ``Vocabulary/taskNameOrAmountHeaders``.
    public static var taskNameOrAmountHeaders: LabelLists { LabelLists(.taskNameOrAmountHeaders) }
    /// ``Vocabulary/indicatorSection``.
    public static var indicatorSection: LabelLists { LabelLists(.indicatorSection) }
    /// ``Vocabulary/level1Headers``.
    public static var level1Headers: LabelLists { LabelLists(.level1Headers) }
    /// ``Vocabulary/level2Headers``.
    public static var level2Headers: LabelLists { LabelLists(.level2Headers) }
    /// ``Vocabulary/level3Headers``.
    public static var level3Headers: LabelLists { LabelLists(.level3Headers) }
    /// ``Vocabulary/indicatorHalfHeaders``.
    public static var indicatorHalfHeaders: LabelLists { LabelLists(.indicatorHalfHeaders) }
    /// ``Vocabulary/indicatorHeaderRowWords``.
    public static var indicatorHeaderRowWords: LabelLists { LabelLists(.indicatorHeaderRowWords) }
}
