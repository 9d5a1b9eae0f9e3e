/// A failure the user can act on: one line naming the file (and line), and an exit code.
struct CLIFailure: Error {
    let message: String
    let exitCode: Int32

    /// Unreadable or undecodable input, unwritable output, bad usage: exit 2.
    static func input(_ file: String, line: Int? = nil, _ reason: String) -> CLIFailure {
        CLIFailure(message: "\(file)\(line.map { ":\($0)" } ?? ""): error: \(reason)", exitCode: 2)
    }

    static func output(_ file: String, _ reason: String) -> CLIFailure {
        CLIFailure(message: "\(file): error: cannot write output: \(reason)", exitCode: 2)
    }

    static func usage(_ reason: String) -> CLIFailure {
        CLIFailure(message: "error: \(reason)", exitCode: 2)
    }
}
