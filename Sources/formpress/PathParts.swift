/// Path arithmetic on strings, for the paths a batch reads and writes by the thousand.
///
/// NSString's path methods (`lastPathComponent`, `appendingPathComponent`, `pathExtension`)
/// cost about 25 K instructions a call on Linux, and a batch made several of them for every
/// file. These do the same for the paths a batch meets (no `..` to resolve, no slashes to tidy)
/// with a byte search or two.
enum PathParts {
    /// `name` inside `folder`, joined by one `/`: `out/a.json` for `out` or `out/` and `a.json`.
    /// An empty folder gives `name` and an empty name gives `folder`, as NSString does.
    static func join(_ folder: String, _ name: String) -> String {
        if name.isEmpty { return folder }
        if folder.isEmpty { return name }
        return folder.utf8.last == UInt8(ascii: "/") ? folder + name : folder + "/" + name
    }

    /// The last part of a path: `report.txt` for `in/report.txt`; `-` stays `-`. (A path that
    /// ends in `/` names a folder, and its last part is empty.)
    static func lastPart(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// A file name without its extension: `report.v2` for `report.v2.txt`; `.notes` and `..`
    /// have none.
    static func stem(of name: String) -> String {
        extensionDot(in: name).map { String(name[..<$0]) } ?? name
    }

    /// A file name's extension, lowercased: `md` for `Report.MD`, `""` for `README`, `notes.`
    /// or `.notes`.
    static func lowercasedExtension(of name: String) -> String {
        extensionDot(in: name).map { name[name.utf8.index(after: $0)...].lowercased() } ?? ""
    }

    /// The dot before a file name's extension: its last `.`, unless that starts the name (a
    /// hidden file's name, or `..`).
    private static func extensionDot(in name: String) -> String.Index? {
        guard name != "..", let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        return dot
    }
}
