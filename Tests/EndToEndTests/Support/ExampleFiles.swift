import Foundation

/// Where the package's example inputs and tools live, found from this file's path so that the
/// tests run from any working directory and any build folder.
enum ExampleFiles {
    /// The package root (the folder holding Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let examples = packageRoot.appendingPathComponent("Examples")

    /// `../shared` beside the checkout (the reference readings and scorer), if present.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Every example input under Examples/, recursively, sorted.
    static func inputs(under folder: URL = examples) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path }
    }

    /// The four seed inputs at the top of Examples/.
    static var seeds: [URL] { inputs().filter { $0.deletingLastPathComponent().standardizedFileURL == examples.standardizedFileURL } }
}

/// The `formpress` binary of the build being tested: it sits beside the test bundle.
enum FormpressBinary {
    static var url: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("formpress")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return ExampleFiles.packageRoot.appendingPathComponent(".build/debug/formpress")
    }

    /// Runs the binary and returns its exit status, standard output and standard error.
    /// Output goes through temporary files, so that neither pipe can fill up and block.
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, stdout: Data, stderr: Data) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin {
            try stdin.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: outURL), try Data(contentsOf: errURL))
    }
}
