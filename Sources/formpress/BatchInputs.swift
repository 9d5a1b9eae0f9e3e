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

    private static func files(under folder: String, skipping skipped: String) -> [BatchInput] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey], options: [.skipsHiddenFiles])
        else { return [BatchInput(path: folder, relativeFolder: "")] }
        var found: [(relative: String, path: String)] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                if url.standardizedFileURL.path == skipped { walker.skipDescendants() }
                continue
            }
            guard values?.isRegularFile == true, extensions.contains(url.pathExtension.lowercased()) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count)).drop { $0 == "/" }
            found.append((String(relative), (folder as NSString).appendingPathComponent(String(relative))))
        }
        return found.sorted { $0.relative < $1.relative }.map {
            BatchInput(path: $0.path, relativeFolder: ($0.relative as NSString).deletingLastPathComponent)
        }
    }
}
