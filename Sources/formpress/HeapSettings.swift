import CMalloc

/// How the C heap is tuned for a batch.
enum HeapSettings {
    /// The freed memory the heap keeps instead of handing it back to the system.
    ///
    /// A batch frees each input's bytes, model and output before it reads the next input. By
    /// default glibc gives the freed top of its heap back (`brk`) once it exceeds 128 KB, and
    /// takes it again for the next file, touching every page afresh: on the 10 MB benchmark
    /// corpus, about 190 `brk` calls and 3,500 page faults more than needed. Keeping up to
    /// 64 MB lets each file reuse the pages of the one before (a few calls, about 1,000 faults).
    /// The peak does not grow: memory is kept, not taken.
    static let keptFreeBytes: Int32 = 64 << 20

    /// Tells glibc to keep up to ``keptFreeBytes`` of freed heap; called once, before a
    /// batch's jobs start.
    static func keepFreedMemory() {
        _ = mallopt(M_TRIM_THRESHOLD, keptFreeBytes)
    }
}
