extension String {
    /// A string of these scalars, encoded to UTF-8 once.
    ///
    /// `String(String.UnicodeScalarView(scalars))` appends the scalars one at a time through
    /// generic code: hundreds of instructions a scalar, the better part of reading an HTML
    /// table. Readers that gather scalars (tables spanning lines, escapes) make their text here.
    /// Inlinable, so that it is specialised to each caller's collection.
    @inlinable
    public init<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
