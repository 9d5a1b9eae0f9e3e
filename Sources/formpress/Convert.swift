import ArgumentParser
import FormPress

/// `formpress convert`: reads inputs and writes them as JSON, XHTML, CSV or clean text.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert OCR text of forms to JSON, XHTML, CSV or clean text.",
        discussion: "With no INPUT, or '-', reads standard input. Output goes to standard output unless -o is given."
    )

    /// The output formats of the contract.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, xhtml, csv, text
    }

    @Argument(help: "OCR text files to read ('-' for standard input).")
    var inputs: [String] = []

    @Option(name: .customLong("to"), help: "Output format: json, xhtml, csv or text.")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write one file per input into this folder (per form for --table grid).")
    var outputDirectory: String?

    @Option(name: .customLong("css"), help: ArgumentHelp(
        "XHTML: link this stylesheet instead of embedding the print stylesheet. The address is written as given, relative to the output file; with --output-dir, relative to that folder (files in sub-folders get ../ before it).",
        valueName: "FILE"))
    var css: String?

    @OptionGroup(title: "CSV options")
    var csv: CSVOutput

    @Flag(help: "Exit 1 when any warning is found, as check does for errors.")
    var strict = false

    @Option(help: "With --output-dir: convert at most N files at a time (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if output != nil, outputDirectory != nil {
            throw ValidationError("give either -o FILE or --output-dir DIR, not both")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs needs a number of at least 1") }
    }

    func run() throws {
        if let outputDirectory { return try runBatch(into: outputDirectory) }
        if format == .json, output == nil, inputs.count > 1 { return try streamJSON() }
        let documents = try InputFile.list(inputs).map { try $0.document() }
        switch format {
        case .json:
            let bytes = documents.count == 1 ? JSONWriter.renderUTF8(documents[0]) : JSONWriter.renderUTF8(documents)
            try OutputFile.write(bytes, to: output)
        case .csv:
            try csv.write(documents, to: output)
        case .xhtml:
            let stylesheet = css.map(StylesheetLink.linked) ?? .print
            try OutputFile.write(XHTMLWriter.renderUTF8(documents, stylesheet: stylesheet), to: output)
        case .text:
            try OutputFile.write(TextWriter.render(documents), to: output)
        }
        if strict, documents.contains(where: { $0.allDiagnostics.contains { $0.severity >= .warning } }) {
            throw ExitCode(1)
        }
    }
}
