import FormModel
@testable import Layout
import Testing

/// Repairs are made distinct by comparing them in turn while there are few, and with a set
/// past that: both must keep exactly the first of each repair, in order, as a set alone does.
struct DistinctRepairsTests {
    /// What ``RepairMarks/distinctRepairs(_:)`` must return: each repair the first time it is
    /// seen, found with a set.
    static func expected(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { RepairMarks.isRepair($0.code) && seen.insert($0).inserted }
    }

    /// Lists of every length around the switch to a set, with repeats, repairs that share a
    /// place but not a message, and findings that are not repairs.
    @Test func keepsTheFirstOfEachRepairInOrder() {
        var generator = SystemRandomNumberGenerator()
        let codes: [Diagnostic.Code] = [.movedCell, .joinedWord, .totalRow, .budgetMismatch, .droppedHeader]
        for count in [0, 1, 2, 5, RepairMarks.mostComparedInTurn - 1, RepairMarks.mostComparedInTurn,
                      RepairMarks.mostComparedInTurn + 1, 100, 400] {
            for _ in 0..<20 {
                let diagnostics = (0..<count).map { _ in
                    Diagnostic(.note, codes.randomElement(using: &generator)!, line: Int.random(in: 1...30, using: &generator),
                               column: Int.random(in: 1...3, using: &generator), "cell \"\(Int.random(in: 0...2, using: &generator))\"")
                }
                #expect(RepairMarks.distinctRepairs(diagnostics) == Self.expected(diagnostics))
            }
        }
    }
}
