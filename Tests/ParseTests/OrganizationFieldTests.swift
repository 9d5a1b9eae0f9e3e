@testable import Parse
import FormModel
import Testing

/// ``FormDraft/mayNameOrganization(_:)`` rules labels out before the vocabulary is asked: it
/// may say `true` of a label that is no organization field, never `false` of one that is.
@Suite struct OrganizationFieldTests {
    /// The organization fields and the other labels of the vocabulary, spelled as OCR prints
    /// them: spaced out, full-width, with a qualifier, a year or a bracket around them.
    static let labels: [String] = {
        let words = Vocabulary.organizationFields + Vocabulary.organizationLineLabels + Vocabulary.approverLabels
            + Vocabulary.fieldLabels + Vocabulary.fieldGroups + Vocabulary.totalLabels + Vocabulary.goalParts
            + ["", " ", "名称", "部门", "单位", "项目名称", "（单位）", "2025年度单位名称", "单位名称（盖章）"]
        var labels: [String] = []
        for word in words {
            let spaced = word.map(String.init).joined(separator: " ")
            labels += [word, spaced, " " + word + "\u{3000}", word + "(元)", word + "（可选填）", "（" + word + "）",
                       "2026" + word, String(word.dropFirst()), String(word.dropLast()), word.replacingOccurrences(of: "（", with: "(")]
        }
        return labels
    }()

    @Test func neverRulesOutAnOrganizationField() {
        var named = 0
        for label in Self.labels where Vocabulary.label(label, isIn: Vocabulary.organizationFields) {
            named += 1
            #expect(FormDraft.mayNameOrganization(label), "\(label)")
        }
        #expect(named > Vocabulary.organizationFields.count)
    }

    @Test func rulesOutOtherFields() {
        for label in ["资金总额", "实施期限", "年度资金总额", "项目类型"] { #expect(!FormDraft.mayNameOrganization(label), "\(label)") }
    }
}
