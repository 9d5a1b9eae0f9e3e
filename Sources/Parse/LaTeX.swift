/// Resolves the LaTeX that OCR writes for symbols (`$\geq$ 95\%` → `≥ 95%`).
///
/// Commands it knows become their symbol, `\text{…}` keeps its content, and the `$` of each
/// pair of math delimiters goes. A lone `$` is text and stays.
enum LaTeX {
    /// Commands, longest first so that `\geqslant` is not read as `\geq` + `slant`.
    static let commands: [(String, String)] = [
        ("geqslant", "≥"), ("leqslant", "≤"), ("approx", "≈"), ("times", "×"), ("cdot", "·"), ("div", "÷"),
        ("geq", "≥"), ("leq", "≤"), ("neq", "≠"), ("sim", "~"), ("pm", "±"), ("ge", "≥"), ("le", "≤"),
        ("ne", "≠"), ("lt", "<"), ("gt", ">"), ("circ", "°"), ("cdots", "…"), ("ldots", "…"),
    ]

    /// Resolves until nothing changes (a few passes at most): dropping `\text{`, a brace or a
    /// `$` can join a backslash to letters (`\\text{leq` → `\leq`), and cleaning a cleaned text
    /// must change nothing, or `--to text` would not read back the same.
    static func resolve(_ text: String) -> String {
        var current = text
        for _ in 0..<4 {
            let next = resolveOnce(current)
            if next == current { return next }
            current = next
        }
        return current
    }

    private static func resolveOnce(_ text: String) -> String {
        guard text.contains("\\") || text.contains("$") else { return text }
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        let dollarCount = s.filter { $0 == "$" }.count
        var dollarsSeen = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "$" {
                dollarsSeen += 1
                // Drop paired delimiters; keep the last one of an odd count.
                if dollarCount % 2 == 0 || dollarsSeen < dollarCount { i += 1; continue }
            }
            if c == "\\", i + 1 < s.count {
                let next = s[i + 1]
                if "%$&#_{}".unicodeScalars.contains(next) { out.append(next); i += 2; continue }
                var name = ""
                var j = i + 1
                while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic { name.unicodeScalars.append(s[j]); j += 1 }
                if name == "text" || name == "mathrm" || name == "mathbf" || name == "textbf" {
                    i = j
                    continue
                }
                if let symbol = commands.first(where: { $0.0 == name })?.1 {
                    out.append(contentsOf: symbol.unicodeScalars)
                    i = j
                    // `\ge 95`: the space after a command only ends the command.
                    continue
                }
            }
            if (c == "{" || c == "}"), dollarCount > 0 || text.contains("\\") {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }
}
