/// Path arithmetic on strings, for the paths a batch reads and writes by the thousand.
///
/// NSString's path methods (`appendingPathComponent`, `pathExtension`) cost about 25 K
/// instructions a call on Linux, and a batch made two or three of them for every file. These do
/// the same for the paths a batch meets (no `..` to resolve, no slashes to tidy) with a byte
/// search or two.
enum PathParts {
    /// `name` inside `folder`, joined by one `/`: `out/a.json` for `out` or `out/` and `a.json`.
    /// An empty folder gives `name` and an empty name gives `folder`, as NSString does.
    static func join(_ folder: String, _ name: String) -> String {
        if name.isEmpty { return folder }
        if folder.isEmpty { return name }
        return folder.utf8.last == UInt8(ascii: "/") ? folder + name : folder + "/" + name
    }

    /// A file name's extension, lowercased: `md` for `Report.MD`, `""` for `README` or `notes.`.
    static func lowercasedExtension(of name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }
}
