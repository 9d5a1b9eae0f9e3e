@testable import Parse
import FormModel
import Testing

/// ``UsualOffsets`` answers what counting each kind's offsets in dictionaries answered: the
/// most frequent offset of the kind, the smallest of those tied.
@Suite struct UsualOffsetsTests {
    @Test func mostFrequentOffsetOfEachKind() {
        let usual = UsualOffsets([(.projectApplication, 2), (.projectApplication, 1), (.projectApplication, 2),
                                  (.departmentApplication, 3), (.departmentApplication, 1)])
        #expect(usual.offset(for: .projectApplication) == 2)
        #expect(usual.offset(for: .departmentApplication) == 1)
        #expect(usual.offset(for: .unknown) == nil)
    }

    @Test func sameAsCountingInDictionaries() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let placements: [(FormKind, Int)] = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in
                (FormKind.allCases.randomElement(using: &generator)!, Int.random(in: -1...3, using: &generator))
            }
            var counts: [FormKind: [Int: Int]] = [:]
            for (kind, offset) in placements { counts[kind, default: [:]][offset, default: 0] += 1 }
            let usual = UsualOffsets(placements)
            for kind in FormKind.allCases {
                let expected = counts[kind]?.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
                #expect(usual.offset(for: kind) == expected)
            }
        }
    }
}
