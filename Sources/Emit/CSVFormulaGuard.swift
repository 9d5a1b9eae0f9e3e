import FormModel

/// Keeps a cell from being run as a formula when the CSV is opened in a spreadsheet.
///
/// OCR text is untrusted: a cell reading `=HYPERLINK(…)` or `@SUM(…)` would run in Excel. OWASP
/// lists `=`, `+`, `-`, `@`, tab and CR as leading triggers, and spreadsheets on East Asian
/// systems accept their full-width forms too, so the first character is checked after width
/// folding. A trigger cell is prefixed with `'`, which makes it text. A plain number such as
/// `-190000.00`, `-1,234.50` or `-5%` is left alone, so that it stays a number.
enum FormulaGuard {
    /// Whether a leading character starts a formula (checked after width folding). A switch,
    /// not a set: asked of every cell, and a set hashes the scalar.
    private static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r",
             "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}", // small form variants ﹦ ﹢ ﹣ ﹫
             "\u{2212}": // minus sign
            return true
        default:
            return false
        }
    }

    /// The cell as it is safe to write: unchanged, or prefixed with `'`.
    ///
    /// Width folding maps scalar to scalar, so the folded text starts with the first scalar
    /// folded: a cell that cannot start a formula (nearly all) is answered without folding it.
    static func inert(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, isTrigger(halfWidth(first)) else { return cell }
        return isPlainNumber(Vocabulary.halfWidth(cell)) ? cell : "'" + cell
    }

    /// `-123`, `-123.45`, `-1,234.50`, `-5%`: an optional minus, digits (grouped by three when
    /// commas are used), optional decimals and an optional percent sign, and nothing else.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        if scalars.last == "%" { scalars = scalars.dropLast() }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return false }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(isDigit) { return false }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, groups.allSatisfy({ $0.allSatisfy(isDigit) }) else { return false }
        return groups.count == 1 || (head.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
    }

    /// One scalar as ``Vocabulary/halfWidth(_:)`` folds it: full-width ASCII to ASCII, the
    /// ideographic space to a space.
    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        default: return scalar
        }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
