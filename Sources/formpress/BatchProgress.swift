import Foundation

/// The progress bar of a batch on standard error: drawn only when standard error is a terminal,
/// so that logs and pipes get the summary and the failures, never bar redraws.
final class BatchProgress: @unchecked Sendable {
    private let total: Int
    private let isShown: Bool
    private let lock = NSLock()
    private var done = 0
    private var lastDrawn = 0.0

    init(total: Int) {
        self.total = total
        self.isShown = isatty(2) == 1 && total > 0
    }

    /// Counts one finished file and redraws the bar, at most ten times a second.
    func advance() {
        lock.withLock {
            done += 1
            guard isShown else { return }
            let now = Date.timeIntervalSinceReferenceDate
            guard done == total || now - lastDrawn >= 0.1 else { return }
            lastDrawn = now
            let width = 30, filled = width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            write("\r[\(bar)] \(done)/\(total) files \(100 * done / total)%")
        }
    }

    /// Prints a line (a failure, the summary) above the bar, which is drawn again on the next file.
    func report(_ line: String) {
        lock.withLock {
            if isShown { write("\r\u{1B}[K") }
            write(line + "\n")
        }
    }

    /// Removes the bar before the summary is printed.
    func finish() {
        lock.withLock { if isShown { write("\r\u{1B}[K") } }
    }

    private func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
