/// Why a file could not be read at all. Anything short of these is read, with diagnostics.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file holds no text, or only white space.
    case empty
    /// The bytes are not text in any encoding FormPress reads; `offset` is the first bad byte.
    case undecodable(offset: Int)
    /// The bytes are a known binary format (PNG, PDF, ZIP …), not OCR text.
    case binary(format: String)

    /// The 1-based line the problem is on, for `FILE:LINE: error:` messages.
    public var line: Int { 1 }

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty or holds only white space; pass the OCR text of a form"
        case let .undecodable(offset):
            return "not valid UTF-8, UTF-16 or GB18030 text (first bad byte at offset \(offset)); re-export the OCR output as UTF-8"
        case let .binary(format):
            return "this is a \(format) file, not OCR text; run OCR on it first and pass the text it produces"
        }
    }
}
