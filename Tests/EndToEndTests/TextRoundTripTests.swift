import Foundation
import FormPress
import Testing

/// `--to text` reads back to the same model: parse → text → parse over every example input,
/// and the text of that is the same text again.
///
/// Forms are compared with source lines (and columns) set aside, and without the reader's
/// repair notes (moved-cell, joined-word, inferred-label, dropped-header, dropped-page-number),
/// which describe the OCR source and so rightly differ for the clean copy. Everything else,
/// other findings included, must be exactly equal.
@Suite struct TextRoundTripTests {
    @Test(arguments: ExampleFiles.inputs())
    func textReadsBackToTheSameModel(input: URL) throws {
        let original = try FormReader.read([UInt8](Data(contentsOf: input)), source: input.lastPathComponent)
        let text = TextWriter.render(original)
        let reread = try FormReader.read(Array(text.utf8), source: input.lastPathComponent)
        expectSameForms(original.forms, reread.forms, input.lastPathComponent)
        #expect(TextWriter.render(reread) == text, "text of \(input.lastPathComponent) is not stable under a second round trip")
    }

    @Test func everyExampleIsCovered() {
        #expect(ExampleFiles.inputs().count >= 4)
    }
}

/// The comparison the round trip tests use.
func expectSameForms(_ a: [Form], _ b: [Form], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.count == b.count, "\(name): \(a.count) forms became \(b.count)", sourceLocation: sourceLocation)
    for (index, (x, y)) in zip(a.map(\.withoutSourcePositions), b.map(\.withoutSourcePositions)).enumerated() where x != y {
        let parts: [(String, Bool)] = [
            ("kind/title/year", x.kind == y.kind && x.title == y.title && x.year == y.year),
            ("organization/approver", x.organization == y.organization && x.approver == y.approver),
            ("fields", x.fields == y.fields), ("goals", x.goals == y.goals), ("tasks", x.tasks == y.tasks),
            ("otherTasks", x.otherTasks == y.otherTasks), ("indicators", x.indicators == y.indicators),
            ("indicatorLayout", x.indicatorLayout == y.indicatorLayout),
            ("opinion", x.opinion == y.opinion && x.opinionLabel == y.opinionLabel),
            ("notes", x.notes == y.notes), ("diagnostics", x.diagnostics == y.diagnostics),
        ]
        let differing = parts.filter { !$0.1 }.map(\.0)
        Issue.record("\(name): form \(index + 1) differs after the round trip in \(differing.joined(separator: ", ")): \(firstDifference(x, y))",
                     sourceLocation: sourceLocation)
    }
}

/// The first differing element, for a readable failure.
private func firstDifference(_ x: Form, _ y: Form) -> String {
    func first<T: Equatable>(_ a: [T], _ b: [T]) -> String? {
        for (p, q) in zip(a, b) where p != q { return "\(p)\n  became \(q)" }
        return a.count == b.count ? nil : "\(a.count) entries became \(b.count): \(a.dropFirst(min(a.count, b.count)).first.map { "\($0)" } ?? "") / \(b.dropFirst(min(a.count, b.count)).first.map { "\($0)" } ?? "")"
    }
    return first(x.fields, y.fields) ?? first(x.goals, y.goals) ?? first(x.tasks, y.tasks) ?? first(x.otherTasks, y.otherTasks)
        ?? first(x.indicators, y.indicators) ?? first(x.notes, y.notes) ?? first(x.diagnostics, y.diagnostics)
        ?? "\(x.title) \(String(describing: x.year)) \(String(describing: x.organization)) \(String(describing: x.opinion))"
}
