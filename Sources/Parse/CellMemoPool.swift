import Foundation

/// The cell memos (``CellMemo``) of the files read so far, lent to one file's reading at a
/// time and taken back after it, so that a file starts with the cells of the files before it.
///
/// Forms of one kind repeat their labels and many of their values from file to file, not only
/// from form to form: on the profile corpus a fresh memo for each file cleaned, keyed and
/// allocated eight times as many cells as the files hold different ones. A memo is lent whole
/// (locked only to take and to give back), so that files read at once on several threads each
/// read their own; a memo's contents are immutable, and a cell read from any memo is the cell
/// read afresh.
final class CellMemoPool: @unchecked Sendable {
    /// The pool every reading of a whole text borrows from.
    static let shared = CellMemoPool()

    /// Guards ``idle``.
    private let lock = NSLock()
    /// The memos no reading holds now.
    private var idle: [CellMemo] = []

    /// Runs `body` with a memo of this pool, or a new one when every memo is lent, and keeps
    /// the memo, with the cells `body` added, for the next reading.
    func withMemo<Result>(_ body: (inout CellMemo) throws -> Result) rethrows -> Result {
        var memo = lock.withLock { idle.popLast() } ?? CellMemo()
        defer { lock.withLock { idle.append(memo) } }
        return try body(&memo)
    }
}
