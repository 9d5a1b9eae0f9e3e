/// The kinds of form FormPress knows, named as in the interface contract.
///
/// The kind decides which official layout the form is printed in. It comes from the title
/// alone (see ``Vocabulary/formKinds``); a title that matches none is ``unknown`` and the
/// form is still converted in full.
public enum FormKind: String, Sendable, Hashable, CaseIterable {
    case departmentApplication = "department-application"
    case departmentApproval = "department-approval"
    case projectApplication = "project-application"
    case projectApproval = "project-approval"
    case unknown

    /// The kind a printed title names, by the vocabulary's title phrases.
    public init(title: String) {
        let folded = Vocabulary.foldedLabel(title)
        self = Vocabulary.formKinds.first { rule in
            rule.phrases.contains { folded.containsPhrase(Vocabulary.foldedLabel($0)) }
        }?.kind ?? .unknown
    }

    /// Project forms (项目支出) rather than whole-department forms (部门整体).
    public var isProject: Bool { self == .projectApplication || self == .projectApproval }
    /// Approval forms (批复表), which name an approver and carry an opinion.
    public var isApproval: Bool { self == .departmentApproval || self == .projectApproval }
}
