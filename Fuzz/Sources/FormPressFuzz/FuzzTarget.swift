import FormPress

/// The function libFuzzer calls with each input: the input, run through the whole pipeline.
///
/// Every output the pipeline can write is produced and checked, so a finding is anything that
/// crashes, hangs, leaks, or breaks an invariant (``Invariant``) — not only a crash in the reader.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    PipelineRun(bytes).checkAll()
    return 0
}
