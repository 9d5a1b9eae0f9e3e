import Foundation

/// A broken invariant is a finding: print why, then abort so that libFuzzer saves the input.
enum Invariant {
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fail(message()) }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("INVARIANT BROKEN: \(message)\n".utf8))
        abort()
    }
}
