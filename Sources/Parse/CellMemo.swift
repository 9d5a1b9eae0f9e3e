import Foundation
import FormModel

/// The short cells of one file already read, found again by their raw bytes: a form repeats
/// its labels and values (`产出指标`, `数量指标`, `指标值`, `≥95%`, merged cells' empty places)
/// row after row, and a file holds several forms. A cell seen before takes the earlier one's
/// cleaned text and label key, without cleaning, validating and looking up its bytes again.
///
/// Cleaning and the label key depend on a cell's bytes alone, so a cell read from the memo is
/// the cell read afresh. Only short cells are kept (labels and values, not paragraphs), and
/// only so many, so that the memo stays small on any file.
struct CellMemo {
    /// A remembered cell: where its raw bytes are in ``bytes``, the cell made of them, and the
    /// number of scalars in them (how far the next cell's column is).
    private struct Entry {
        let start: Int
        let count: Int
        let cell: SourceCell
        let scalars: Int
    }

    /// The longest raw cell remembered, in bytes: 21 Chinese characters.
    private static var longestCell: Int { 63 }
    /// The most cells remembered.
    private static var capacity: Int { 4096 }

    /// Every remembered cell's raw bytes, one after another.
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// For each slot, the entry there plus one, or 0 when empty; a power of two long, kept at
    /// most half full.
    private var slots = [Int32](repeating: 0, count: 256)

    /// The cell of a cell's raw bytes (a piece of `source`'s) at `index`, starting at
    /// `column`, with the number of scalars in the bytes; made by
    /// ``CellCleaner/clean(_:in:)`` unless the same bytes were read before.
    mutating func cell(of raw: UnsafeBufferPointer<UInt8>, in source: TextBytes, index: Int, column: Int) -> (cell: SourceCell, scalars: Int) {
        guard raw.count <= Self.longestCell else { return Self.fresh(raw, in: source, index: index, column: column) }
        let mask = slots.count - 1
        var slot = raw.byteHash & mask
        while case let found = Int(slots[slot]), found != 0 {
            let entry = entries[found - 1]
            let same = entry.count == raw.count
                && (raw.isEmpty || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + entry.start, raw.baseAddress!, raw.count) == 0 })
            if same { return (SourceCell(index: index, column: column, sameAs: entry.cell), entry.scalars) }
            slot = (slot + 1) & mask
        }
        let made = Self.fresh(raw, in: source, index: index, column: column)
        if entries.count < Self.capacity {
            entries.append(Entry(start: bytes.count, count: raw.count, cell: made.cell, scalars: made.scalars))
            bytes.append(contentsOf: raw)
            slots[slot] = Int32(entries.count)
            if 2 * entries.count > slots.count { grow() }
        }
        return made
    }

    /// A cell cleaned from its bytes, a piece of `source`'s.
    private static func fresh(_ raw: UnsafeBufferPointer<UInt8>, in source: TextBytes, index: Int, column: Int) -> (cell: SourceCell, scalars: Int) {
        let scalars = raw.reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
        return (SourceCell(index: index, column: column, cleaned: CellCleaner.clean(raw, in: source)), scalars)
    }

    /// Twice the slots, the entries placed again.
    private mutating func grow() {
        var slots = [Int32](repeating: 0, count: 2 * self.slots.count)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { stored in
            for (position, entry) in entries.enumerated() {
                var slot = UnsafeBufferPointer(rebasing: stored[entry.start..<entry.start + entry.count]).byteHash & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(position + 1)
            }
        }
        self.slots = slots
    }
}
