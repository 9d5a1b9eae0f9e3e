import Foundation

/// The files a batch converts: the files named on the command line, and every form file found
/// in the folders named there, recursively.
///
/// Each input keeps the folder it sits in relative to the folder named on the command line, so
/// that its output can be written to the same place under `--output-dir` and two `report.txt` in
/// different sub-folders do not overwrite each other.
struct BatchInput: Sendable {
    /// The path to read (`-` for standard input).
    let path: String
    /// The folder of the output file, relative to the output folder ("" for its top).
    let relativeFolder: String
}

enum BatchInputs {
    /// File name extensions read when a folder is searched: the OCR dialects FormPress reads.
    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Every input the paths name, in command-line order, each folder's files sorted by path.
    /// A path that does not exist is kept, so that its failure is reported with the others.
    /// `skipping` is the output folder, never read even when it sits inside an input folder.
    static func list(_ paths: [String], skipping outputFolder: String) -> [BatchInput] {
        let skipped = URL(fileURLWithPath: outputFolder).standardizedFileURL.path
        var inputs: [BatchInput] = []
        for path in paths.isEmpty ? ["-"] : paths {
            var isFolder: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                inputs.append(BatchInput(path: path, relativeFolder: ""))
                continue
            }
            inputs += files(under: path, skipping: skipped)
        }
        return inputs
    }

    /// The form files under `folder`, sorted by their path below it. Hidden files and folders
    /// (names starting with `.`) and symbolic links are not followed, and the output folder is
    /// not entered. A folder that cannot be listed is kept as an input, so that its failure is
    /// reported; a sub-folder that cannot be listed is passed over.
    ///
    /// Read with `opendir`/`readdir` and the entries' own types (`lstat` only when a file
    /// system does not tell): asking Foundation for each file's resource values cost more than
    /// converting a small form.
    private static func files(under folder: String, skipping skipped: String) -> [BatchInput] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        var found: [String] = []
        guard FolderListing.walk(root, relative: "", skipping: skipped, into: &found) else {
            return [BatchInput(path: folder, relativeFolder: "")]
        }
        return found.sorted().map { relative in
            let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/"))
            return BatchInput(path: PathParts.join(folder, relative),
                              relativeFolder: slash.map { String(relative[..<$0]) } ?? "")
        }
    }
}

/// One folder's entries, read with `readdir`, for ``BatchInputs``.
private enum FolderListing {
    /// Adds the form files under `path` (whose path below the root is `relative`) to `found`,
    /// recursively; `false` when `path` cannot be opened.
    static func walk(_ path: String, relative: String, skipping skipped: String, into found: inout [String]) -> Bool {
        guard let folder = opendir(path) else { return false }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            guard !name.hasPrefix(".") else { continue }
            let full = path + "/" + name, below = relative.isEmpty ? name : relative + "/" + name
            switch kind(of: entry.pointee, at: full) {
            case .folder where full != skipped:
                _ = walk(full, relative: below, skipping: skipped, into: &found)
            case .file where BatchInputs.extensions.contains(PathParts.lowercasedExtension(of: name)):
                found.append(below)
            default:
                continue
            }
        }
        return true
    }

    enum Kind { case file, folder, other }

    /// What an entry is, without following a symbolic link: from `readdir` when the file
    /// system tells, else from `lstat`.
    static func kind(of entry: dirent, at path: String) -> Kind {
        switch Int32(entry.d_type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            default: return .other
            }
        default: return .other
        }
    }
}
