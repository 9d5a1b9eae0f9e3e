import Foundation

/// `--output-dir DIR`: a folder to write one file per input (or per form) into.
///
/// Any format that writes several files goes through here, so that they all name files the same
/// way and fail the same way: the folder is created when missing, names are checked for clashes
/// before anything is written, and each file is written atomically (``OutputFile``).
enum OutputDirectory {
    /// One file to write: its name inside the folder, and its bytes.
    struct Entry {
        let name: String
        let bytes: [UInt8]
    }

    /// The name of an output file for an input: its name without extension (`stdin` for `-`),
    /// with a suffix (`-2` for an input's second form) and the format's extension.
    static func fileName(for source: String, suffix: String = "", extension ext: String) -> String {
        let stem = source == "-" ? "stdin" : ((source as NSString).lastPathComponent as NSString).deletingPathExtension
        return "\(stem)\(suffix).\(ext)"
    }

    /// Writes every entry into the folder, creating it when missing.
    static func write(_ entries: [Entry], into directory: String) throws {
        var seen: Set<String> = []
        for entry in entries where !seen.insert(entry.name).inserted {
            throw CLIFailure.output((directory as NSString).appendingPathComponent(entry.name),
                                    "two inputs would both write this file; rename one of them or convert them separately")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure.output(directory, "cannot create the folder; check the path and its permissions")
        }
        for entry in entries {
            try OutputFile.write(entry.bytes, to: (directory as NSString).appendingPathComponent(entry.name))
        }
    }
}
