import ArgumentParser
import Foundation
import FormPress

extension Convert {
    /// `convert --output-dir DIR PATH...`: converts every named file and every form file in the
    /// named folders into DIR, mirroring the folders, in parallel; goes on past a bad file.
    ///
    /// Exit status: 2 when any file failed (unreadable or undecodable input, unwritable output),
    /// else 1 when `--strict` and any file has warnings, else 0.
    func runBatch(into folder: String) throws {
        let render = try outputFiles()
        let inputs = BatchInputs.list(self.inputs, skipping: folder)
        let summary = BatchRun(inputs: inputs, folder: folder,
                               jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, render: render).run()
        if summary.failed > 0 { throw ExitCode(2) }
        if strict, summary.warned > 0 { throw ExitCode(1) }
    }

    /// The files one document becomes inside its output folder, in the chosen format.
    func outputFiles() throws -> BatchRun.Render {
        switch format {
        case .json:
            return { document, _ in
                [OutputDirectory.Entry(name: OutputDirectory.fileName(for: document.source, extension: "json"),
                                       bytes: JSONWriter.renderUTF8(document))]
            }
        case .csv:
            let csv = SendableCSVOutput(csv)
            return { document, _ in try csv.entries(document) }
        case .xhtml:
            let address = css.map(StylesheetAddress.init(written:))
            return { document, folder in
                let stylesheet = address.map { StylesheetLink.linked($0.address(inFolder: folder)) } ?? .print
                return [OutputDirectory.Entry(name: OutputDirectory.fileName(for: document.source, extension: "xhtml"),
                                              bytes: XHTMLWriter.renderUTF8(document, stylesheet: stylesheet))]
            }
        case .text:
            return { document, _ in
                [OutputDirectory.Entry(name: OutputDirectory.fileName(for: document.source, extension: "txt"),
                                       bytes: Array(TextWriter.render(document).utf8))]
            }
        }
    }
}

/// The CSV options of a batch, handed to its jobs (they are plain values, read only).
private struct SendableCSVOutput: @unchecked Sendable {
    let csv: CSVOutput
    init(_ csv: CSVOutput) { self.csv = csv }

    func entries(_ document: Document) throws -> [OutputDirectory.Entry] {
        do {
            return try csv.entries([document])
        } catch {
            throw CLIFailure.output(OutputDirectory.fileName(for: document.source, extension: "csv"), error.description)
        }
    }
}
