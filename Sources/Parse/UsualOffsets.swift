import FormModel

/// For each kind of form, the offset (value column minus label column) that a file's header
/// fields most often have: the moved-cell check reports a value one column off it.
///
/// Worked out once for the file, by counting each kind's offsets in a short list: a file has a
/// few kinds and a few offsets, and a dictionary keyed by kind hashed the kind's raw string for
/// every field row.
struct UsualOffsets {
    /// The most frequent offset of each kind seen; the smallest offset wins a tie.
    private var usual: [(kind: FormKind, offset: Int)] = []

    /// The usual offsets of these (kind, offset) pairs, one a header-field row.
    init(_ placements: some Sequence<(FormKind, Int)>) {
        var tallies: [(kind: FormKind, offset: Int, count: Int)] = []
        for (kind, offset) in placements {
            if let i = tallies.firstIndex(where: { $0.kind == kind && $0.offset == offset }) {
                tallies[i].count += 1
            } else {
                tallies.append((kind, offset, 1))
            }
        }
        for tally in tallies where !usual.contains(where: { $0.kind == tally.kind }) {
            let best = tallies.lazy.filter { $0.kind == tally.kind }.max { ($0.count, -$0.offset) < ($1.count, -$1.offset) }!
            usual.append((tally.kind, best.offset))
        }
    }

    /// The usual offset of a kind's header fields, or `nil` when no field of that kind was placed.
    func offset(for kind: FormKind) -> Int? {
        usual.first { $0.kind == kind }?.offset
    }
}
