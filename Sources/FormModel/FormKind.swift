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
        let plain = folded.isPlainForSearch
        self = Self.titlePhrases.first { rule in
            rule.phrases.contains { folded.containsPhrase($0, isPlain: plain) }
        }?.kind ?? .unknown
    }

    /// The title phrases of each kind (``Vocabulary/formKinds``), folded as titles are
    /// (``Vocabulary/foldedLabel(_:)``), worked out once: title detection asks about them for
    /// every short line.
    public static let titlePhrases: [(kind: FormKind, phrases: [String])] = Vocabulary.formKinds.map { rule in
        (rule.kind, rule.phrases.map(Vocabulary.foldedLabel))
    }

    /// Project forms (项目支出) rather than whole-department forms (部门整体).
    public var isProject: Bool { self == .projectApplication || self == .projectApproval }
    /// Approval forms (批复表), which name an approver and carry an opinion.
    public var isApproval: Bool { self == .departmentApproval || self == .projectApproval }
}
