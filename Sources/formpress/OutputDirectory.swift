import Foundation

/// `--output-dir DIR`: a folder to write one file per input (or per form) into.
///
/// Every format names its files here, so that they all name them the same way; the batch
/// runner (`BatchRun`) writes them, each atomically (``OutputFile``).
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
}
