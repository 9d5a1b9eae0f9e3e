import FormModel

/// Reads the bytes of one OCR file into the clean model: decode, split into rows, rebuild
/// each form, and review it (``FormReview``).
public enum FormReader {
    /// Reads one file. `source` is the name reported in JSON and diagnostics (`-` for stdin).
    ///
    /// Throws only when the bytes are no text at all (empty, binary, undecodable); anything
    /// else is read, with what could not be placed kept as notes and flagged.
    public static func read(_ bytes: [UInt8], source: String) throws(ReadError) -> Document {
        let decoded = try SourceText.decode(bytes)
        if decoded.text.unicodeScalars.allSatisfy({ Vocabulary.isWhitespace($0) || $0 == "\u{0}" }) { throw .empty }
        var assembler = FormAssembler()
        SourceRows.read(decoded.text) { assembler.read($0) }
        let (forms, diagnostics) = assembler.finish()
        return Document(source: source, encoding: decoded.encoding, forms: forms.map(FormReview.review), diagnostics: diagnostics)
    }
}
