/// The `--css` address as each output file of a batch must write it.
///
/// The user writes the address relative to the output folder (`--css house.css`, with
/// `house.css` at the top of `--output-dir`). A file written into a mirrored sub-folder
/// (`OUT/town/form.xhtml`) sits deeper, so a relative address climbs out of those folders first
/// (`../house.css`). An absolute path or a URL (`https://…`, `file:///…`) is written as given.
struct StylesheetAddress: Sendable, Hashable {
    let written: String

    /// The address for a file in `relativeFolder` (`""` for the top of the output folder,
    /// `a/b` for two levels down).
    func address(inFolder relativeFolder: String) -> String {
        let depth = relativeFolder.split(separator: "/").filter { !$0.isEmpty && $0 != "." }.count
        guard depth > 0, isRelative else { return written }
        return String(repeating: "../", count: depth) + written
    }

    /// No leading `/` and no scheme (`https:`, `file:`), so it is taken relative to the document.
    private var isRelative: Bool {
        guard !written.hasPrefix("/") else { return false }
        guard let colon = written.firstIndex(of: ":") else { return true }
        let scheme = written[..<colon]
        let isScheme = scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        return !isScheme
    }
}
