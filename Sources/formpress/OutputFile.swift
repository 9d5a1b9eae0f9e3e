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
        if isFolder(path) { throw CLIFailure.output(path, "it is a directory") }
        let temporary = temporaryPath(beside: path)
        guard writeWhole(data, to: temporary) else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            throw CLIFailure.output(path, "the folder \(folder) is missing or not writable")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIFailure.output(path, reason)
        }
    }

    /// The hidden name beside `path` that its bytes are written to before they are renamed into
    /// place: `out/.report.json.1234.tmp` for `out/report.json` (1234: this process). Made by
    /// joining strings: `URL`'s path methods ask the file system whether each part is a folder,
    /// a system call per output file of a batch.
    static func temporaryPath(beside path: String) -> String {
        let name = PathParts.lastPart(of: path)
        let folder = path[..<path.utf8.index(path.utf8.endIndex, offsetBy: -name.utf8.count)]
        return String(folder) + "." + name + "." + processID + ".tmp"
    }

    /// This process's id, as the temporary names of its outputs carry it (asked once).
    private static let processID = String(getpid())

    /// Whether `path` is a folder, or a link to one (as `FileManager.fileExists(atPath:isDirectory:)`
    /// says, with one `stat` instead of its two).
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Writes `data` to a new file at `path` with plain POSIX calls; on any failure removes
    /// what it wrote and answers `false`.
    ///
    /// Not `FileManager.createFile`, which on Linux writes atomically itself: a second temporary
    /// file, a second rename and an `fsync` for every output. The rename above already keeps a
    /// half-written file out of sight; the `fsync` (a wait on the disk, once per file) made a
    /// batch spend half its time waiting.
    private static func writeWhole(_ data: Data, to path: String) -> Bool {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard file >= 0 else { return false }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.write(file, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        guard close(file) == 0, written else {
            unlink(path)
            return false
        }
        return true
    }
}
