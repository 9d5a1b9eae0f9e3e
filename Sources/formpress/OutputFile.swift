import Foundation

/// Where a command's output goes: standard output, or a file written atomically.
///
/// A file is written to a temporary name beside it and renamed into place, so that an
/// interrupted run leaves the old file or none, never half of a new one.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        var text = text
        try text.withUTF8 { try write(Self.data(viewing: $0), to: path) }
    }

    static func write(_ bytes: [UInt8], to path: String?) throws {
        try bytes.withUnsafeBufferPointer { try write(Self.data(viewing: $0), to: path) }
    }

    /// Writes to standard output, failing with a one-line reason when it is closed or a broken
    /// pipe (`FileHandle.write(_:)` would trap instead).
    static func writeToStandardOutput(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try writeToStandardOutput(Self.data(viewing: $0)) }
    }

    private static func writeToStandardOutput(_ data: Data) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw CLIFailure.output("-", "standard output is closed or a broken pipe")
        }
    }

    /// The bytes as `Data` without copying them (a large output would otherwise be held twice);
    /// valid only while the buffer is.
    private static func data(viewing bytes: UnsafeBufferPointer<UInt8>) -> Data {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return Data() }
        return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
    }

    private static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            return try writeToStandardOutput(data)
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure.output(path, "it is a directory")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw CLIFailure.output(path, "the folder \(directory.path) is missing or not writable")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIFailure.output(path, reason)
        }
    }
}
