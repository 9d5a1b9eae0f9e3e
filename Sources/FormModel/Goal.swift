/// One goal text of a form: `总体绩效目标`, or a project's `实施周期总目标` / `2025年度目标`.
public struct Goal: Sendable, Hashable {
    /// The label as printed (`总体绩效目标`, `实施周期总目标`, `2025年度目标`).
    public let label: String
    /// The text, paragraph by paragraph, with bold runs kept for the printed copy.
    public let body: RichText
    /// The source line where the text starts.
    public let line: Int

    public init(label: String, body: RichText, line: Int) {
        self.label = label
        self.body = body
        self.line = line
    }

    /// The plain text, paragraphs separated by a newline.
    public var text: String { body.plainText }
}

/// Text with paragraphs and bold runs: what survives of the source's `<p>` and `<b>` markup.
public struct RichText: Sendable, Hashable {
    /// A stretch of text that is either bold or not.
    public struct Run: Sendable, Hashable {
        /// The run's text.
        public let text: String
        /// Whether the source printed it bold (`<b>`, `<strong>`, `**…**`).
        public let isStrong: Bool
        public init(_ text: String, isStrong: Bool = false) {
            self.text = text
            self.isStrong = isStrong
        }
    }

    /// Paragraphs, each a list of runs. Empty paragraphs are never stored.
    public let paragraphs: [[Run]]

    public init(paragraphs: [[Run]]) {
        self.paragraphs = paragraphs.filter { !$0.allSatisfy(\.text.isEmpty) }
    }

    /// Plain text, one paragraph a line.
    public init(plain: String) {
        if Self.isOneLine(plain) {
            self.init(paragraphs: plain.isEmpty ? [] : [[Run(plain)]])
            return
        }
        self.init(paragraphs: plain.split(separator: "\n", omittingEmptySubsequences: true).map { [Run(String($0))] })
    }

    /// Whether plain text is one line, read as one paragraph by ``init(plain:)``: no line feed
    /// byte (and so no newline character). Nearly every cell is; one byte search tells it.
    public static func isOneLine(_ plain: String) -> Bool {
        var plain = plain
        return plain.withUTF8 { $0.firstOffset(of: UInt8(ascii: "\n")) == nil }
    }

    /// The text without markup, paragraphs separated by a newline. Text of one run or none
    /// (nearly every cell) is that run's string, with nothing joined.
    public var plainText: String {
        if paragraphs.isEmpty { return "" }
        if paragraphs.count == 1, paragraphs[0].count == 1 { return paragraphs[0][0].text }
        return paragraphs.map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    /// Whether any run is bold, that is whether the plain text loses anything.
    public var hasEmphasis: Bool { paragraphs.contains { $0.contains(where: \.isStrong) } }

    /// This text followed by another's paragraphs.
    public func appending(_ other: RichText) -> RichText {
        RichText(paragraphs: paragraphs + other.paragraphs)
    }

    /// Whether there is no text at all.
    public var isEmpty: Bool { paragraphs.isEmpty }
}
