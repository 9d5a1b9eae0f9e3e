@testable import Parse
import FormModel

/// Reads a snippet of tab-separated OCR text (`|` stands for a tab, to keep tests readable).
func readSnippet(_ text: String, tabs: Character = "|") throws -> Document {
    let source = String(text.map { $0 == tabs ? "\t" : $0 })
    return try FormReader.read(Array(source.utf8), source: "snippet.txt")
}

/// The single form of a snippet.
func readForm(_ text: String) throws -> Form {
    let forms = try readSnippet(text).forms
    precondition(forms.count == 1, "expected one form, got \(forms.count)")
    return forms[0]
}

extension IndicatorRow {
    /// The five scored values, for compact expectations.
    var levels: [String] { [level1, level2, level3, periodValue, annualValue] }
}

extension Form {
    func codes(_ code: Diagnostic.Code) -> [Int] { diagnostics.filter { $0.code == code }.map(\.line) }
}
