import FormModel

extension RepairMarks {
    /// How many repairs are compared in turn before they are hashed: a form has a handful,
    /// and comparing their places costs less than a set; a whole table on one line has
    /// thousands.
    static let mostComparedInTurn = 32

    /// Each repair once (a damaged table can report the same repair on one line many times),
    /// in the order found.
    ///
    /// The first ``mostComparedInTurn`` are told apart by comparing each with those kept,
    /// place first; past that, the kept ones are also held in a set.
    static func distinctRepairs(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var seen: Set<SameDiagnostic>?
        for diagnostic in diagnostics where isRepair(diagnostic.code) {
            if seen != nil {
                guard seen!.insert(SameDiagnostic(diagnostic)).inserted else { continue }
            } else {
                guard !kept.contains(where: { isSame($0, diagnostic) }) else { continue }
                if kept.count + 1 == mostComparedInTurn { seen = Set((kept + [diagnostic]).map(SameDiagnostic.init)) }
            }
            kept.append(diagnostic)
        }
        return kept
    }

    /// `==`, told for most pairs by their places alone.
    private static func isSame(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        a.line == b.line && a.column == b.column && a == b
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
