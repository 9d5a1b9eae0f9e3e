import ArgumentParser
import Foundation

// The entry point maps every failure to the contract's exit codes: 0 success, 1 findings
// (`check`, or `--strict`), 2 usage errors and unreadable input or unwritable output.
// A closed pipe on standard output is a write error (exit 2), not death by SIGPIPE.
signal(SIGPIPE, SIG_IGN)
do {
    var command = try Formpress.parseAsRoot()
    try command.run()
} catch let failure as CLIFailure {
    try? FileHandle.standardError.write(contentsOf: Data("formpress: \(failure.message)\n".utf8))
    exit(failure.exitCode)
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let message = Formpress.exitCode(for: error) == .success ? Formpress.fullMessage(for: error) : "formpress: " + Formpress.message(for: error) + " (see formpress --help)"
    if Formpress.exitCode(for: error) == .success {
        print(message)
        exit(0)
    }
    try? FileHandle.standardError.write(contentsOf: Data((message.isEmpty ? "formpress: usage error" : message).utf8 + Data("\n".utf8)))
    exit(2)
}
