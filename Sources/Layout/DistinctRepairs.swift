import FormModel

extension RepairMarks {
    /// How many repairs are compared in turn before they are hashed: a form has a handful,
    /// and comparing their places costs less than a set; a whole table on one line has
    /// thousands.
    static let mostComparedInTurn = 32

    /// Each repair once (a damaged table can report the same repair on one line many times),
    /// in the order found.
    ///
    /// The first ``mostComparedInTurn`` are told apart by comparing each with those kept;
    /// past that, the kept ones are also held in a set.
    static func distinctRepairs(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var seen: Set<SameDiagnostic>?
        for diagnostic in diagnostics where isRepair(diagnostic.code) {
            if seen != nil {
                guard seen!.insert(SameDiagnostic(diagnostic)).inserted else { continue }
            } else {
                guard !kept.contains(diagnostic) else { continue }
            }
            kept.append(diagnostic)
            if seen == nil, kept.count == mostComparedInTurn { seen = Set(kept.map(SameDiagnostic.init)) }
        }
        return kept
    }

    /// A diagnostic compared whole but hashed by its place only, which differs between nearly
    /// all distinct repairs and costs no hashing of the message.
    private struct SameDiagnostic: Hashable {
        let diagnostic: Diagnostic
        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
        static func == (a: SameDiagnostic, b: SameDiagnostic) -> Bool { a.diagnostic == b.diagnostic }
        func hash(into hasher: inout Hasher) {
            hasher.combine(diagnostic.line)
            hasher.combine(diagnostic.column)
        }
    }
}
