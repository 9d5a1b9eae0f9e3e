import FormPress
import Foundation
import Testing

/// Properties every reading must have, over the examples and over seeded damaged copies of them
/// (``PropertyMutations``): the XHTML is well-formed and inert, each CSV table reads back to the
/// model, no letter, digit or Chinese character of the input is lost, and `--to text` read back
/// gives the same model.
@Suite("Properties over examples and mutations")
struct PropertyTests {
    /// Damaged copies per example: 200 for the four seeds, 30 for each variant.
    static func mutationCount(_ example: URL) -> Int { ExampleFiles.seeds.contains(example) ? 200 : 30 }

    static var examples: [URL] { ExampleFiles.inputs() }

    /// One input and every property, as a list of failures (empty when all hold).
    static func failures(of bytes: [UInt8], name: String, checkText: Bool = true) -> [String] {
        let document: Document
        do {
            document = try FormReader.read(bytes, source: "input.txt")
        } catch {
            return error.description.contains("\n") ? ["\(name): read error is not one line"] : []
        }
        var failures: [String] = []
        if let problem = XHTMLCheck.problem(in: Array(XHTMLWriter.render(document).utf8)) {
            failures.append("\(name): XHTML \(problem)")
        }
        for table in [CSVTable.indicators, .tasks, .fields] {
            let options = CSVOptions(header: .en)
            do {
                let csv = try CSVWriter.render([document], table: table, options: options)
                if let problem = CSVReadBack.problem(csv, table: table, documents: [document], options: options) {
                    failures.append("\(name): \(problem)")
                }
            } catch {
                failures.append("\(name): \(table) CSV cannot be written: \(error)")
            }
        }
        let blob = PropertySourceText.modelBlob(document)
        let lost = !checkText ? [] : PropertySourceText.runs(of: bytes, decodedAs: document.encoding).filter { !blob.contains($0.run) }
        if !lost.isEmpty {
            failures.append("\(name): lost \(lost.count) text runs, e.g. " + lost.prefix(3).map { "line \($0.line): \($0.run.prefix(40))" }.joined(separator: "; "))
        }
        if let difference = PropertyRoundTrip.difference(document) {
            failures.append("\(name): --to text read back differs: \(difference)")
        }
        return failures
    }

    @Test("Examples as they are", arguments: examples)
    func examplesHoldEveryProperty(_ example: URL) throws {
        let bytes = try Array(Data(contentsOf: example))
        let failures = Self.failures(of: bytes, name: example.lastPathComponent)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("Damaged copies of the examples", arguments: examples)
    func mutationsHoldEveryProperty(_ example: URL) throws {
        let bytes = try Array(Data(contentsOf: example))
        let encoding = try FormReader.read(bytes, source: example.lastPathComponent).encoding
        let text = try #require(PropertySourceText.decode(bytes, encoding))
        var mutations = PropertyMutations(of: text, seed: UInt64(truncatingIfNeeded: example.lastPathComponent.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        var failures: [String] = []
        for mutation in mutations.generate(Self.mutationCount(example)) {
            failures += Self.failures(of: mutation.bytes, name: "\(example.lastPathComponent) \(mutation.name)", checkText: mutation.keepsText)
        }
        // The text copy's round trip is reported on its own, so that its differences are not
        // lost among the other properties' failures.
        let roundTrip = failures.filter { $0.contains("--to text read back differs") }
        failures.removeAll { $0.contains("--to text read back differs") }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(12).joined(separator: "\n"))")
        #expect(roundTrip.isEmpty, "\(roundTrip.count) round-trip differences:\n\(roundTrip.prefix(6).joined(separator: "\n"))")
    }
}
