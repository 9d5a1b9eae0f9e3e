import CLibXML2
import Dispatch
import Foundation
import FormPress

/// A batch conversion (`convert --output-dir`): every input converted on its own, on up to
/// `jobs` threads, each output written atomically before the next input is read.
///
/// A thread holds one input's bytes, model and output at a time and lets go of them before
/// taking the next, so memory grows with the largest file and the number of jobs, never with
/// the size of the batch. A file that cannot be read, decoded or written is reported and the
/// batch goes on; the summary counts it, and the command's exit status says that one failed.
struct BatchRun: Sendable {
    /// The files one document becomes, by their names inside its output folder; the second
    /// argument is that folder relative to the batch's output folder (`""` at its top).
    typealias Render = @Sendable (Document, String) throws -> [OutputDirectory.Entry]

    /// How a batch went, file by file.
    struct Summary: Equatable {
        var converted = 0
        var warned = 0
        var failed = 0
    }

    let inputs: [BatchInput]
    let folder: String
    let jobs: Int
    let render: Render

    func run() -> Summary {
        let work = BatchQueue(inputs: inputs)
        let progress = BatchProgress(total: inputs.count)
        // libxml2 (HTML tables, XHTML) sets up its globals on first use, which is safe only
        // when done once before any second thread uses it.
        xmlInitParser()
        HeapSettings.keepFreedMemory()
        let job: @Sendable () -> Void = {
            // The output folder this job last made or found: most inputs share their
            // neighbour's, which is then not asked for again.
            var readyFolder: String?
            while let (index, clash) = work.next() {
                let outcome = clash.map { Outcome.failed(clashMessage(inputs[index], with: $0)) }
                    ?? convert(inputs[index], readyFolder: &readyFolder)
                if case let .failed(message) = outcome { progress.report("formpress: " + message) }
                work.record(outcome)
                progress.advance()
            }
        }
        // One thread a job (the first is this one): Dispatch's shared pool would not promise
        // `jobs` threads at once.
        let finished = DispatchGroup()
        for _ in 1..<max(1, min(jobs, inputs.count)) {
            finished.enter()
            let thread = Thread {
                job()
                finished.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        job()
        finished.wait()
        progress.finish()
        let summary = work.summary
        let warned = summary.warned > 0 ? " (\(summary.warned) with warnings)" : ""
        progress.report("formpress: \(inputs.count) file(s): \(summary.converted + summary.warned) converted\(warned), \(summary.failed) failed")
        return summary
    }

    enum Outcome {
        case converted, warned, failed(String)
    }

    /// Converts one input and writes its outputs; `readyFolder` is the output folder known to
    /// exist already, and becomes this input's.
    private func convert(_ input: BatchInput, readyFolder: inout String?) -> Outcome {
        do {
            let document = try InputFile(path: input.path).document()
            let entries = try render(document, input.relativeFolder)
            let target = PathParts.join(folder, input.relativeFolder)
            if target != readyFolder {
                try createFolder(target)
                readyFolder = target
            }
            for entry in entries {
                try OutputFile.write(entry.bytes, to: PathParts.join(target, entry.name))
            }
            return document.allDiagnostics.contains { $0.severity >= .warning } ? .warned : .converted
        } catch let failure as CLIFailure {
            return .failed(failure.message)
        } catch {
            return .failed("\(input.path): error: \(error)")
        }
    }

    private func createFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            // Another job may have created it a moment ago.
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
            throw CLIFailure.output(path, "cannot create the folder; check the path and its permissions")
        }
    }

    private func clashMessage(_ input: BatchInput, with other: BatchInput) -> String {
        CLIFailure.output(input.path, "its output has the same name as that of \(other.path) in the same folder; "
                          + "rename one of them or convert them separately").message
    }
}

/// The inputs of a batch handed out one at a time to the jobs, and their outcomes tallied.
///
/// Two inputs whose outputs would have the same name (same output folder, same name without
/// extension) are found before anything is written: the second one fails instead of
/// overwriting the first one's output.
final class BatchQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let clashes: [Int: BatchInput]
    private var tally = BatchRun.Summary()

    init(inputs: [BatchInput]) {
        var owners: [String: BatchInput] = [:]
        var clashes: [Int: BatchInput] = [:]
        for (index, input) in inputs.enumerated() {
            let key = input.relativeFolder + "/" + OutputDirectory.stem(of: input.path)
            if let owner = owners[key] { clashes[index] = owner } else { owners[key] = input }
        }
        self.clashes = clashes
        self.count = inputs.count
    }

    private let count: Int

    /// The next input to convert, with the input it clashes with, if any; `nil` when all are taken.
    func next() -> (Int, BatchInput?)? {
        lock.withLock {
            guard nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return (nextIndex, clashes[nextIndex])
        }
    }

    func record(_ outcome: BatchRun.Outcome) {
        lock.withLock {
            switch outcome {
            case .converted: tally.converted += 1
            case .warned: tally.warned += 1
            case .failed: tally.failed += 1
            }
        }
    }

    var summary: BatchRun.Summary { lock.withLock { tally } }
}
