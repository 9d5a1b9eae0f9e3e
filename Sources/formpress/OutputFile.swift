import Foundation

/// Where a command's output goes: standard output, or a file written atomically.
///
/// A file is written to a temporary name beside it and renamed into place, so that an
/// interrupted run leaves the old file or none, never half of a new one.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes to standard output, failing with a one-line reason when it is closed or a broken
    /// pipe (`FileHandle.write(_:)` would trap instead).
    static func writeToStandardOutput(_ bytes: [UInt8]) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(bytes))
        } catch {
            throw CLIFailure.output("-", "standard output is closed or a broken pipe")
        }
    }

    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            return try writeToStandardOutput(bytes)
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure.output(path, "it is a directory")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw CLIFailure.output(path, "the folder \(directory.path) is missing or not writable")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIFailure.output(path, reason)
        }
    }
}
