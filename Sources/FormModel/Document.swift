/// One input file, read: the forms it holds, and what the reader noticed outside any form.
///
/// This is the single model in the middle of the pipeline. Readers in `Parse` produce it,
/// `Layout` and the writers in `Emit` consume it, and nothing downstream changes it.
public struct Document: Sendable, Hashable {
    /// The file name as given on the command line, or `-` for standard input.
    public let source: String
    /// The character encoding the bytes were decoded as.
    public let encoding: SourceEncoding
    /// The forms, in source order. A file may hold several (a department form and its projects).
    public let forms: [Form]
    /// Findings that belong to no form, such as a page-number line before the first title.
    public let diagnostics: [Diagnostic]

    public init(source: String, encoding: SourceEncoding, forms: [Form], diagnostics: [Diagnostic] = []) {
        self.source = source
        self.encoding = encoding
        self.forms = forms
        self.diagnostics = diagnostics
    }

    /// Every finding in the document, file-level ones first, then each form's in order.
    public var allDiagnostics: [Diagnostic] {
        diagnostics + forms.flatMap(\.diagnostics)
    }
}

/// The character encodings FormPress can read. The raw value is the name written to JSON.
public enum SourceEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    case gb18030 = "gb18030"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
}
