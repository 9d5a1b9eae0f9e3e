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
    /// must change nothing, or `--to text` would not read back the same. A character written
    /// with an escape (`\%`, `\$`, `\{`) is literal: later passes never read it as markup.
    static func resolve(_ text: String) -> String {
        // A byte test on the contiguous bytes: `contains` on `String` goes through Foundation's
        // canonical search, and on its UTF-8 view through the view's generic index.
        var bytes = text
        guard bytes.withUTF8({ $0.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "$") } }) else { return text }
        var symbols = text.unicodeScalars.map { Symbol(scalar: $0, isLiteral: false) }
        for _ in 0..<4 {
            let next = resolveOnce(symbols)
            if next == symbols { break }
            symbols = next
        }
        return String(scalars: symbols.lazy.map(\.scalar))
    }

    /// One character of the text, and whether an escape made it literal.
    private struct Symbol: Equatable {
        let scalar: Unicode.Scalar
        let isLiteral: Bool
    }

    private static func resolveOnce(_ s: [Symbol]) -> [Symbol] {
        func isMarkup(_ symbol: Symbol, _ scalar: Unicode.Scalar) -> Bool { !symbol.isLiteral && symbol.scalar == scalar }
        let dollarCount = s.filter { isMarkup($0, "$") }.count
        let hasCommand = s.contains { isMarkup($0, "\\") }
        guard dollarCount > 0 || hasCommand else { return s }
        var out: [Symbol] = []
        out.reserveCapacity(s.count)
        var dollarsSeen = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if isMarkup(c, "$") {
                dollarsSeen += 1
                // Drop paired delimiters; keep the last one of an odd count.
                if dollarCount % 2 == 0 || dollarsSeen < dollarCount { i += 1; continue }
            }
            if isMarkup(c, "\\"), i + 1 < s.count, !s[i + 1].isLiteral {
                let next = s[i + 1].scalar
                if "%$&#_{}".unicodeScalars.contains(next) {
                    out.append(Symbol(scalar: next, isLiteral: true))
                    i += 2
                    continue
                }
                var name = ""
                var j = i + 1
                while j < s.count, !s[j].isLiteral, s[j].scalar.isASCII, s[j].scalar.properties.isAlphabetic {
                    name.unicodeScalars.append(s[j].scalar)
                    j += 1
                }
                if name == "text" || name == "mathrm" || name == "mathbf" || name == "textbf" {
                    i = j
                    continue
                }
                if let symbol = commands.first(where: { $0.0 == name })?.1 {
                    out += symbol.unicodeScalars.map { Symbol(scalar: $0, isLiteral: true) }
                    // `\ge 95`: the space after a command only ends the command.
                    i = j
                    continue
                }
            }
            if isMarkup(c, "{") || isMarkup(c, "}") {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }
}
