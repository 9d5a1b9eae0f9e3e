import Foundation
import FormPress
import Testing

/// `formpress convert --to csv` on the seeds: the binary writes the same bytes as the library,
/// honours every CSV option, and `--output-dir` writes one file per input.
@Suite struct SpreadsheetCLITests {
    static let seeds = ExampleFiles.seeds

    static func documents() throws -> [Document] {
        try seeds.map { try FormReader.read([UInt8](Data(contentsOf: $0)), source: $0.lastPathComponent) }
    }

    @Test(arguments: [
        ([String](), CSVTable.indicators, CSVOptions()),
        (["--table", "tasks", "--header", "en", "--no-bom"], .tasks, CSVOptions(header: .en, byteOrderMark: false)),
        (["--table", "fields", "--encoding", "gb18030"], .fields, CSVOptions(encoding: .gb18030)),
        (["--table", "grid", "--fill-merged"], .grid, CSVOptions(fillMerged: true)),
    ])
    func writesWhatTheLibraryWrites(_ flags: [String], _ table: CSVTable, _ options: CSVOptions) throws {
        let result = try FormpressBinary.run(["convert", "--to", "csv"] + flags + Self.seeds.map(\.path))
        #expect(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
        let expected = try CSVWriter.render(Self.documents(), table: table, options: options)
        #expect(expected.count > 1000)
        #expect([UInt8](result.stdout) == expected)
    }

    @Test func outputDirHoldsOneFilePerInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-csv-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try FormpressBinary.run(["convert", "--to", "csv", "--output-dir", folder.path] + Self.seeds.map(\.path))
        #expect(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == Self.seeds.map { $0.deletingPathExtension().lastPathComponent + ".csv" })
        for document in try Self.documents() {
            let name = (document.source as NSString).deletingPathExtension + ".csv"
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            #expect(bytes == (try CSVWriter.render([document], table: .indicators)), "\(name)")
        }
    }

    @Test func gridOutputDirHoldsOneFilePerForm() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-grid-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try FormpressBinary.run(["convert", "--to", "csv", "--table", "grid", "--fill-merged", "--output-dir", folder.path]
                                             + Self.seeds.map(\.path))
        #expect(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
        var expected: [String: [UInt8]] = [:]
        for document in try Self.documents() {
            let stem = (document.source as NSString).deletingPathExtension
            for (index, form) in document.forms.enumerated() {
                let name = document.forms.count == 1 ? "\(stem).csv" : "\(stem)-\(index + 1).csv"
                expected[name] = try CSVWriter.renderGrid(form, options: CSVOptions(fillMerged: true))
            }
        }
        #expect(expected.count > Self.seeds.count)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(written) == Set(expected.keys))
        for (name, bytes) in expected {
            #expect(try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))) == bytes, "\(name)")
        }
    }

    @Test func outputFileAndOutputDirExcludeEachOther() throws {
        let result = try FormpressBinary.run(["convert", "--to", "csv", "-o", "/tmp/x.csv", "--output-dir", "/tmp/x", Self.seeds[0].path])
        #expect(result.status == 2)
        #expect(String(decoding: result.stderr, as: UTF8.self).contains("--output-dir"))
    }
}
