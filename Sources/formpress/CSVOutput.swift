import ArgumentParser
import FormPress

/// The options of `convert --to csv`, and how its files are written.
struct CSVOutput: ParsableArguments {
    @Option(help: "CSV table: indicators, tasks, fields or grid.")
    var table: CSVTable = .indicators

    @Option(help: "CSV header language: zh (Chinese, default) or en (snake_case names).")
    var header: CSVHeaderLanguage = .zh

    @Flag(name: .customLong("no-bom"), help: "Write UTF-8 CSV without the byte-order mark Excel needs to detect UTF-8.")
    var noByteOrderMark = false

    @Option(help: "CSV encoding: utf-8 (default) or gb18030.")
    var encoding: CSVEncoding = .utf8

    @Flag(help: "In the grid table, repeat a merged cell's text across every cell it spans.")
    var fillMerged = false

    var options: CSVOptions {
        CSVOptions(header: header, encoding: encoding, byteOrderMark: !noByteOrderMark, fillMerged: fillMerged)
    }

    /// Writes the CSV of every document to one stream (`-o` or standard output).
    func write(_ documents: [Document], to output: String?) throws {
        do {
            try OutputFile.write(CSVWriter.render(documents, table: table, options: options), to: output)
        } catch let error as CSVWriteError {
            throw CLIFailure.output(output ?? "-", error.description)
        }
    }

    /// The files `--output-dir` writes for these documents: one per input, or one per form for
    /// the grid table (`NAME-2.csv` for an input's second form).
    func entries(_ documents: [Document]) throws(CSVWriteError) -> [OutputDirectory.Entry] {
        guard table == .grid else {
            return try documents.map { document throws(CSVWriteError) in
                OutputDirectory.Entry(name: OutputDirectory.fileName(for: document.source, extension: "csv"),
                                      bytes: try CSVWriter.render([document], table: table, options: options))
            }
        }
        var entries: [OutputDirectory.Entry] = []
        for document in documents {
            for (index, form) in document.forms.enumerated() {
                let suffix = document.forms.count > 1 ? "-\(index + 1)" : ""
                entries.append(OutputDirectory.Entry(name: OutputDirectory.fileName(for: document.source, suffix: suffix, extension: "csv"),
                                                     bytes: try CSVWriter.renderGrid(form, options: options)))
            }
        }
        return entries
    }
}

extension CSVTable: ExpressibleByArgument {}
extension CSVHeaderLanguage: ExpressibleByArgument {}
extension CSVEncoding: ExpressibleByArgument {}
