import ArgumentParser
import FormPress

/// `formpress check`: prints every repair and finding, compiler style, for review.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the repairs and problems in OCR text of forms, one per line.",
        discussion: "Lines read FILE:LINE:COLUMN: severity: message [code]. Exit 1 when any error is found."
    )

    @Argument(help: "OCR text files to check ('-' for standard input).")
    var inputs: [String] = []

    @Flag(help: "Treat warnings as errors: exit 1 when any warning is found.")
    var strict = false

    func run() throws {
        var errors = 0, warnings = 0, notes = 0
        for input in InputFile.list(inputs) {
            let document = try input.document()
            let name = input.path
            for finding in document.allDiagnostics {
                print("\(name):\(finding.line):\(finding.column): \(finding.severity.rawValue): \(finding.message) [\(finding.code.rawValue)]")
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: notes += 1
                }
            }
        }
        print("\(errors) error(s), \(warnings) warning(s), \(notes) note(s)")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
