import Foundation
import Testing

/// Runs the `formpress` binary on one bad input and judges the outcome by the contract: a clear
/// one-line error and exit 2, or exit 0 with a correct output; within a time limit; never a
/// crash, and never a partial or temporary file left in the output folder.
struct BadInputRunner {
    /// A folder of its own for each case, removed at the end.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    /// Writes an input file into the case's folder.
    func input(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    struct Outcome {
        let status: Int32
        let signalled: Bool
        let timedOut: Bool
        let seconds: Double
        let stdout: Data
        let stderr: String
    }

    /// Runs the binary with `arguments`, killing it after `limit` seconds.
    /// `shell` runs it through `/bin/sh -c` (to close a file descriptor, say), with `$0` the binary.
    func run(_ arguments: [String], limit: Double, stdin: URL? = nil, shell: String? = nil) throws -> Outcome {
        let out = folder.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent(".stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell, FormpressBinary.url.path] + arguments
        } else {
            process.executableURL = FormpressBinary.url
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        let start = Date()
        try process.run()
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            finished.signal()
        }
        let timedOut = finished.wait(timeout: .now() + limit) == .timedOut
        if timedOut {
            process.terminate()
            finished.wait()
        }
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       timedOut: timedOut, seconds: Date().timeIntervalSince(start),
                       stdout: try Data(contentsOf: out), stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// The files in the case's folder other than the inputs, the old output and the run's own.
    func leftovers(besides kept: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !kept.contains($0) && !$0.hasPrefix(".stdout-") && !$0.hasPrefix(".stderr-") }
            .sorted()
    }

    /// Checks an outcome: exit 2 with one line on standard error and no output file, or exit 0
    /// with an output that `valid` accepts. Returns whether it was a refusal (exit 2).
    @discardableResult
    static func expectCleanOutcome(_ outcome: Outcome, output: URL?, case name: String, limit: Double,
                                   sourceLocation: SourceLocation = #_sourceLocation,
                                   valid: (Data) -> String?) -> Bool {
        #expect(!outcome.timedOut, "\(name): still running after \(limit) s", sourceLocation: sourceLocation)
        #expect(!outcome.signalled, "\(name): killed by signal \(outcome.status): \(outcome.stderr.suffix(400))", sourceLocation: sourceLocation)
        #expect(outcome.status == 0 || outcome.status == 2, "\(name): exit \(outcome.status): \(outcome.stderr.suffix(400))", sourceLocation: sourceLocation)
        if outcome.status == 2 {
            // One line per failure; batch mode (`--output-dir`) adds its one-line summary.
            let lines = outcome.stderr.split(separator: "\n").filter { !$0.contains("file(s):") }
            #expect(lines.count == 1, "\(name): error is not one line: \(outcome.stderr.prefix(400))", sourceLocation: sourceLocation)
            #expect(outcome.stderr.hasPrefix("formpress: ") && outcome.stderr.contains("error"),
                    "\(name): error does not say what went wrong: \(outcome.stderr.prefix(400))", sourceLocation: sourceLocation)
            return true
        }
        if outcome.status == 0 {
            let bytes = output.flatMap { FileManager.default.contents(atPath: $0.path) } ?? outcome.stdout
            if let problem = valid(bytes) { Issue.record("\(name): exit 0 but \(problem)", sourceLocation: sourceLocation) }
        }
        return false
    }
}

/// The output formats of `convert`, those this build has, and how each output is judged.
enum ConvertFormat: String, CaseIterable {
    case json, xhtml, csv, text

    /// Formats this build writes (`--to xhtml` answers "not available" until the writer lands).
    static let available: [ConvertFormat] = allCases.filter { format in
        guard let seed = ExampleFiles.seeds.first,
              let outcome = try? FormpressBinary.run(["convert", seed.path, "--to", format.rawValue]) else { return false }
        return !(outcome.status == 2 && String(decoding: outcome.stderr, as: UTF8.self).contains("not available"))
    }

    var fileExtension: String { self == .text ? "txt" : rawValue }

    /// Why an output of this format is wrong, or `nil`.
    func problem(_ bytes: Data) -> String? {
        switch self {
        case .json:
            return (try? JSONSerialization.jsonObject(with: bytes)) == nil ? "the JSON does not parse" : nil
        case .xhtml:
            return XHTMLCheck.problem(in: Array(bytes))
        case .csv:
            return (try? CSVReadBack.records(Array(bytes), byteOrderMark: true)) == nil ? "the CSV does not read back" : nil
        case .text:
            return String(validating: Array(bytes), as: UTF8.self) == nil ? "the text is not UTF-8" : nil
        }
    }
}
