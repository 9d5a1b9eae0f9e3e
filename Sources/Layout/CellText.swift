import FormModel

/// A cell's text as the grid keeps it: a one-line plain text as the string it is, anything else
/// (paragraphs, bold runs) as ``RichText``.
///
/// Nearly every cell is one line of plain text. Keeping its string spares the arrays of a
/// `RichText` that no writer needs: XHTML prints the line as it is and CSV wants the string.
/// Its reading accessors are inlinable, as ``GridCell``'s text accessors are.
@usableFromInline enum CellText: Sendable {
    /// Plain text without a line break (possibly empty).
    case line(String)
    /// Anything else: several paragraphs or bold runs.
    case rich(RichText)

    /// Plain text; line breaks start new paragraphs, as ``RichText/init(plain:)`` reads them.
    init(plain: String) {
        self = RichText.isOneLine(plain) ? .line(plain) : .rich(RichText(plain: plain))
    }

    /// The text as `RichText`, made when asked for.
    @inlinable var richText: RichText {
        switch self {
        case let .line(text): return RichText(plain: text)
        case let .rich(text): return text
        }
    }

    /// The text without emphasis, paragraphs separated by a newline (``RichText/plainText``).
    @inlinable var plainText: String {
        switch self {
        case let .line(text): return text
        case let .rich(text): return text.plainText
        }
    }
}
