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
        "\(stem(of: source))\(suffix).\(ext)"
    }

    /// An input's file name without its extension, the part every output name starts with:
    /// `report.v2` for `in/report.v2.txt`, `.notes` for `.notes`, `stdin` for `-`. The batch
    /// also asks it to find two inputs that would write the same file.
    ///
    /// The name is the path's last part (``PathParts/lastPart(of:)``) and its stem
    /// (``PathParts/stem(of:)``).
    static func stem(of source: String) -> String {
        source == "-" ? "stdin" : PathParts.stem(of: PathParts.lastPart(of: source))
    }
}
