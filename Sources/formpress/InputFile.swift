import Foundation
import FormPress

/// One input named on the command line: a path, or `-` for standard input.
struct InputFile {
    let path: String

    /// The name reported in JSON and diagnostics: the last part of the path
    /// (``PathParts/lastPart(of:)``). (A path that ends in `/` names a folder, which is refused
    /// before any name is reported.) Output names start from it too (``OutputDirectory/stem(of:)``).
    var sourceName: String { PathParts.lastPart(of: path) }

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
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else {
            throw [ENOENT, ENOTDIR, ELOOP].contains(errno)
                ? CLIFailure.input(path, "no such file; check the path")
                : CLIFailure.input(path, "cannot be read; check its permissions")
        }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0 else { throw CLIFailure.input(path, "cannot be read; check its permissions") }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw CLIFailure.input(path, "is a directory; name the files in it, or use --output-dir to convert a folder")
        }
        // A pipe or device (`/dev/stdin`, `<(…)`) has no size: it is read to its end like a file
        // that grows while it is read.
        guard let bytes = Self.readToEnd(file, sizeHint: Int(status.st_size)) else {
            throw CLIFailure.input(path, "cannot be read; check its permissions")
        }
        return bytes
    }

    /// Every byte of an open file, read with `read` straight into one array (no `Data` made and
    /// copied); `nil` when a read fails. `sizeHint` is the size `fstat` gave (0 for a pipe); the
    /// array grows when the file holds more.
    private static func readToEnd(_ file: Int32, sizeHint: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += repeatElement(0, count: bytes.count) }
            let got = bytes.withUnsafeMutableBytes { read(file, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 {
                bytes.removeLast(bytes.count - filled)
                return bytes
            }
            filled += got
        }
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
