import Foundation
import FormPress

/// One input named on the command line: a path, or `-` for standard input.
struct InputFile {
    let path: String

    /// The name reported in JSON and diagnostics.
    var sourceName: String { path == "-" ? "-" : (path as NSString).lastPathComponent }

    /// The inputs a command names, standard input when it names none.
    static func list(_ paths: [String]) -> [InputFile] {
        (paths.isEmpty ? ["-"] : paths).map(InputFile.init(path:))
    }

    /// The file's bytes, or a one-line failure naming it.
    func bytes() throws -> [UInt8] {
        if path == "-" {
            // `readDataToEndOfFile` traps when standard input is closed (`0<&-`); this throws.
            do {
                return Array(try FileHandle.standardInput.readToEnd() ?? Data())
            } catch {
                throw CLIFailure.input("-", "standard input is closed or cannot be read; pipe the OCR text in, or name a file")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure.input(path, "no such file; check the path")
        }
        if isDirectory.boolValue {
            throw CLIFailure.input(path, "is a directory; name the files in it, or use --output-dir to convert a folder")
        }
        // A pipe or device (`/dev/stdin`, `<(…)`) has no size to read up to: read its handle.
        guard let data = FileManager.default.contents(atPath: path)
            ?? (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).readToEnd() ?? Data())
        else {
            throw CLIFailure.input(path, "cannot be read; check its permissions")
        }
        return Array(data)
    }

    /// Reads and parses the file into the model.
    func document() throws -> Document {
        let bytes = try bytes()
        do {
            return try FormReader.read(bytes, source: sourceName)
        } catch {
            throw CLIFailure.input(path, line: error.line, error.description)
        }
    }
}
