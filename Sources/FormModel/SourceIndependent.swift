/// What a form says, apart from where in the source it said it.
///
/// Two readings of the same form from different sources (the OCR text, and the clean text
/// `--to text` writes from it) differ in their line numbers and in the repairs the reader made
/// to the OCR text, and in nothing else. This is that comparison, kept in the model so that the
/// round-trip tests and any tool comparing readings use one definition.
extension Form {
    /// The form with every source line and column set to 0, the reader's repair notes dropped,
    /// and the remaining findings in a fixed order (moving text moves their lines).
    public var withoutSourcePositions: Form {
        Form(kind: kind, title: title, year: year, organization: organization, approver: approver,
             fields: fields.map { Field(label: $0.label, value: $0.value, group: $0.group, line: 0, column: 0) },
             goals: goals.map { Goal(label: $0.label, body: $0.body, line: 0) },
             tasks: tasks.map(\.withoutLine), otherTasks: otherTasks.map(\.withoutLine),
             indicators: indicators.map {
                 IndicatorRow(level1: $0.level1, level2: $0.level2, level3: $0.level3, periodValue: $0.periodValue,
                              annualValue: $0.annualValue, annualLevel3: $0.annualLevel3, line: 0,
                              periodColumn: 0, annualColumn: 0)
             },
             indicatorLayout: indicatorLayout, opinion: opinion, opinionLabel: opinionLabel,
             notes: notes.map { Note(text: $0.text, line: 0) },
             diagnostics: diagnostics.filter { !$0.code.isRepair }
                 .map { Diagnostic($0.severity, $0.code, line: 0, column: 0, $0.message) }
                 .sorted { ($0.code.rawValue, $0.message) < ($1.code.rawValue, $1.message) },
             line: 0)
    }
}

extension WorkTask {
    fileprivate var withoutLine: WorkTask {
        WorkTask(name: name, number: number, content: content, goal: goal, amount: amount, line: 0)
    }
}

extension Diagnostic.Code {
    /// Whether the code records a repair of the OCR text (a moved cell, a joined word, an
    /// inferred label, a dropped header or page number) rather than something about the form.
    public var isRepair: Bool {
        switch self {
        case .movedCell, .joinedWord, .inferredLabel, .droppedHeader, .droppedPageNumber: return true
        default: return false
        }
    }
}
