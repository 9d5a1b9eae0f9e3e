import FormModel

/// The text of one cell of the clean text output, escaped so that FormPress reads it back as
/// exactly the same text.
///
/// The tab dialect gives a few characters a meaning, so a value that holds them is written the
/// way the reader resolves them: a tab as `&#9;` and a line break as `<br>` (neither may split
/// the row), a `<` that would open a tag as `&lt;`, an `&` that would start an entity as
/// `&amp;`, a `|` as `&#124;` (a line starting with one is a markdown row), and `$`, `{`, `}`
/// with a backslash (the reader resolves LaTeX). Everything else is written as it is, so the
/// file stays readable: `<9万元/人/年` keeps its `<`.
enum TextCell {
    /// A plain value: the model's text, newlines as `<br>`.
    static func plain(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        let hasLaTeX = text.contains("$") || text.contains("\\")
        for (i, s) in scalars.enumerated() {
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch s {
            case "\t": out += "&#9;"
            case "\n": out += "<br>"
            case "\r": out += "&#13;"
            case "|": out += "&#124;"
            case "<" where next.map(opensTag) ?? false: out += "&lt;"
            case "&" where next.map(startsEntity) ?? false: out += "&amp;"
            case "$": out += "\\$"
            case "{" where hasLaTeX, "}" where hasLaTeX: out += "\\" + String(s)
            case "\\" where next.map { "%&#_".unicodeScalars.contains($0) } ?? false: out += "\\\\"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Rich text (a goal): paragraphs as `<p>…</p>` when there are several, bold runs as `<b>…</b>`.
    static func rich(_ text: RichText) -> String {
        let paragraphs = text.paragraphs.map(paragraph)
        guard paragraphs.count > 1 else { return paragraphs.first ?? "" }
        return paragraphs.map { "<p>" + $0 + "</p>" }.joined()
    }

    /// One paragraph's runs. Two plain runs side by side are kept apart by an empty `<b></b>`,
    /// which the reader takes as a run boundary, so that the runs come back as they were.
    private static func paragraph(_ runs: [RichText.Run]) -> String {
        var out = ""
        var previous: Bool?
        for run in runs {
            let text = plain(run.text)
            if previous == false, !run.isStrong { out += "<b></b>" }
            out += run.isStrong ? "<b>" + text + "</b>" : text
            previous = run.isStrong
        }
        return out
    }

    private static func opensTag(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || s == "/" || s == "!")
    }

    private static func startsEntity(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil || s == "#")
    }

    /// One row: cells joined by tabs, trailing empty cells dropped.
    static func row(_ cells: [String]) -> String {
        var cells = cells
        while cells.count > 2, cells.last?.isEmpty == true { cells.removeLast() }
        return cells.joined(separator: "\t")
    }
}
