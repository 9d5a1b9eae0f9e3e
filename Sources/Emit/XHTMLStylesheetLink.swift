/// How an XHTML document gets its stylesheet: written into it, so that one file prints
/// anywhere, or linked, so that a clerk can print with a house style (`--css FILE`).
public enum StylesheetLink: Sendable, Hashable {
    /// The style text, written into the document's `<style>` element.
    case embedded(String)
    /// The address of a stylesheet, written as `<link rel="stylesheet" href="…"/>`.
    case linked(String)

    /// The default: `Styles/print.css`, compiled into the binary, embedded.
    public static var print: StylesheetLink { .embedded(Stylesheet.print) }
}
