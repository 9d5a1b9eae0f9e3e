import FormModel
@testable import Layout
import Testing

/// The pool compares label keys by their bytes when both are plain: it must take exactly the
/// fields ``Vocabulary/sameFieldLabel(_:_:)`` matches, canonical equivalents included.
struct FieldPoolTests {
    /// Labels that are equal, equivalent or different in the ways a source spells them: a
    /// composed and a decomposed accent, full-width brackets, spaces, a year, a qualifier.
    static let labels = [
        "项目名称", "项目 名称", "项目名称（元）", "项目名称(元)", "部门名称", "部门（单位）名称",
        "2025年预算金额", "YYYY年预算金额", "2025年度预算金额", "café", "cafe\u{301}", "Café", "",
        "财政拨款", "财政拨款 ", "其他资金", "其它资金",
    ]

    @Test func takesWhatSameFieldLabelMatches() {
        for field in Self.labels {
            for wanted in Self.labels {
                var pool = FieldPool([Field(label: field, value: "1", line: 1)])
                let taken = pool.take(anyOf: ["不存在的标签", wanted]) != nil
                #expect(taken == Vocabulary.sameFieldLabel(field, wanted), "\(field) / \(wanted)")
            }
        }
    }

    @Test func handsOutEachFieldOnce() {
        var pool = FieldPool([Field(label: "财政拨款", value: "1", line: 1), Field(label: "财政拨款", value: "2", line: 2)])
        #expect(pool.take(anyOf: ["财政拨款"])?.value == "1")
        #expect(pool.take(anyOf: ["财政拨款"])?.value == "2")
        #expect(pool.take(anyOf: ["财政拨款"]) == nil)
    }
}
