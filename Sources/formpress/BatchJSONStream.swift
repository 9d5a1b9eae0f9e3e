import ArgumentParser
import Foundation
import FormPress

extension Convert {
    /// `convert --to json A B C` to standard output: the JSON array of the contract, printed a
    /// document at a time as each input is read, so that memory does not grow with the inputs.
    ///
    /// An input that fails stops the array where it is, with the one-line reason on standard
    /// error and exit status 2, as when the inputs are read first.
    func streamJSON() throws {
        try OutputFile.writeToStandardOutput(Array("[\n".utf8))
        var warned = false
        for (index, input) in InputFile.list(inputs).enumerated() {
            let document = try input.document()
            warned = warned || document.allDiagnostics.contains { $0.severity >= .warning }
            try OutputFile.writeToStandardOutput((index > 0 ? Array(",\n".utf8) : []) + JSONWriter.renderElementUTF8(document))
        }
        try OutputFile.writeToStandardOutput(Array("\n]\n".utf8))
        if strict, warned { throw ExitCode(1) }
    }
}
