/// The print stylesheets of `Styles/`, compiled into the binary by the EmbedStyles plugin.
public enum Stylesheet {
    /// The default print stylesheet (`Styles/print.css`).
    public static var print: String { EmbeddedStyles.sheets["print.css"] ?? "" }
}
