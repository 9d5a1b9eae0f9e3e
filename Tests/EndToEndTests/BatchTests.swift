import Foundation
import FormPress
import Testing

/// `formpress convert --output-dir`: a batch over folders, converted in parallel, that goes on
/// past a bad file, mirrors the input folders, and reports what happened.
@Suite struct BatchTests {
    /// A folder holding two seeds at the top, one in a nested folder, an undecodable file and a
    /// file that is no form text (ignored).
    static func makeInputs() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-batch-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("in/nested/deeper")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let seeds = ExampleFiles.seeds
        try #require(seeds.count >= 3)
        for seed in seeds.prefix(2) {
            try FileManager.default.copyItem(at: seed, to: root.appendingPathComponent("in/" + seed.lastPathComponent))
        }
        try FileManager.default.copyItem(at: seeds[2], to: nested.appendingPathComponent(seeds[2].lastPathComponent))
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x41]).write(to: root.appendingPathComponent("in/broken.txt"))
        try Data("not a form".utf8).write(to: root.appendingPathComponent("in/scan.pdf"))
        return root
    }

    static func expectedJSON(_ seed: URL) throws -> [UInt8] {
        let document = try FormReader.read([UInt8](Data(contentsOf: seed)), source: seed.lastPathComponent)
        return Array(JSONWriter.render(document).utf8)
    }

    /// Every file under a folder, by path relative to it.
    static func files(under folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        return (walker?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    @Test(arguments: ["1", "2"])
    func convertsAFolderAndGoesOnPastABadFile(jobs: String) throws {
        let root = try Self.makeInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let result = try FormpressBinary.run(["convert", "--to", "json", "--jobs", jobs, "--output-dir", out.path,
                                              root.appendingPathComponent("in").path])
        let stderr = String(decoding: result.stderr, as: UTF8.self)
        #expect(result.status == 2, "a failed file makes the batch exit 2: \(stderr)")
        #expect(stderr.contains("broken.txt:"), "the failure names the file: \(stderr)")
        #expect(stderr.contains("formpress: 4 file(s): 3 converted"), "\(stderr)")
        #expect(stderr.hasSuffix("1 failed\n"), "\(stderr)")

        let seeds = ExampleFiles.seeds
        let nestedName = "nested/deeper/" + seeds[2].deletingPathExtension().lastPathComponent + ".json"
        let expectedNames = (seeds.prefix(2).map { $0.deletingPathExtension().lastPathComponent + ".json" } + [nestedName]).sorted()
        #expect(Self.files(under: out) == expectedNames, "mirrored folders, no output for the bad file, no temporary files")
        for (seed, name) in zip(seeds.prefix(3), seeds.prefix(2).map { $0.deletingPathExtension().lastPathComponent + ".json" } + [nestedName]) {
            let written = try [UInt8](Data(contentsOf: out.appendingPathComponent(name)))
            #expect(written == (try Self.expectedJSON(seed)), "\(name) holds what the library writes")
        }
    }

    @Test func aCleanBatchExitsZeroAndCountsWarnings() throws {
        let root = try Self.makeInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("in/broken.txt"))
        let out = root.appendingPathComponent("out")
        let inputs = root.appendingPathComponent("in").path
        let result = try FormpressBinary.run(["convert", "--output-dir", out.path, inputs])
        let stderr = String(decoding: result.stderr, as: UTF8.self)
        #expect(result.status == 0, "\(stderr)")
        #expect(stderr.hasPrefix("formpress: 3 file(s): 3 converted"), "\(stderr)")
        #expect(stderr.hasSuffix(", 0 failed\n"), "\(stderr)")
        #expect(!stderr.contains("\r"), "no progress bar when standard error is not a terminal")

        let warned = try ExampleFiles.seeds.prefix(3).filter { seed in
            let document = try FormReader.read([UInt8](Data(contentsOf: seed)), source: seed.lastPathComponent)
            return document.allDiagnostics.contains { $0.severity >= .warning }
        }.count
        #expect(stderr.contains(warned > 0 ? "(\(warned) with warnings)" : "3 converted, 0 failed"), "\(stderr)")
        let strict = try FormpressBinary.run(["convert", "--strict", "--output-dir", out.path, inputs])
        #expect(strict.status == (warned > 0 ? 1 : 0), "--strict exits 1 on warnings, as for one file")
    }

    @Test func twoInputsWithTheSameOutputNameDoNotOverwriteEachOther() throws {
        let root = try Self.makeInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let seed = ExampleFiles.seeds[0]
        let twin = root.appendingPathComponent("in/" + seed.deletingPathExtension().lastPathComponent + ".md")
        try FileManager.default.copyItem(at: ExampleFiles.seeds[1], to: twin)
        let out = root.appendingPathComponent("out")
        let result = try FormpressBinary.run(["convert", "--output-dir", out.path,
                                              root.appendingPathComponent("in/" + seed.lastPathComponent).path, twin.path])
        let stderr = String(decoding: result.stderr, as: UTF8.self)
        #expect(result.status == 2, "\(stderr)")
        #expect(stderr.contains("same name"), "\(stderr)")
        let name = seed.deletingPathExtension().lastPathComponent + ".json"
        #expect(try [UInt8](Data(contentsOf: out.appendingPathComponent(name))) == (try Self.expectedJSON(seed)))
    }

    @Test func jsonOfSeveralInputsIsStreamedAsTheContractArray() throws {
        let seeds = ExampleFiles.seeds
        let result = try FormpressBinary.run(["convert", "--to", "json"] + seeds.map(\.path))
        #expect(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
        let documents = try seeds.map { try FormReader.read([UInt8](Data(contentsOf: $0)), source: $0.lastPathComponent) }
        #expect([UInt8](result.stdout) == Array(JSONWriter.render(documents).utf8))
    }

    /// `--css house.css` names a stylesheet at the top of the output folder: a file written two
    /// folders down must climb out to it; an absolute address or a URL is written as given.
    @Test func aLinkedStylesheetIsFoundFromEverySubFolder() throws {
        let root = try Self.makeInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("in/broken.txt"))
        let seeds = ExampleFiles.seeds
        let top = seeds[0].deletingPathExtension().lastPathComponent + ".xhtml"
        let deep = "nested/deeper/" + seeds[2].deletingPathExtension().lastPathComponent + ".xhtml"
        for (css, atTop, below) in [("house.css", "house.css", "../../house.css"),
                                    ("/srv/house.css", "/srv/house.css", "/srv/house.css"),
                                    ("https://example.org/house.css", "https://example.org/house.css", "https://example.org/house.css")] {
            let out = root.appendingPathComponent("out-\(UUID().uuidString)")
            let result = try FormpressBinary.run(["convert", "--to", "xhtml", "--css", css, "--output-dir", out.path,
                                                  root.appendingPathComponent("in").path])
            #expect(result.status <= 1, "\(String(decoding: result.stderr, as: UTF8.self))")
            for (name, address) in [(top, atTop), (deep, below)] {
                let page = try String(decoding: Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
                #expect(Self.linkedAddresses(page) == [address], "\(css): \(name)")
            }
        }
    }

    /// The `href` of every `<link>` element of a page.
    static func linkedAddresses(_ page: String) -> [String] {
        page.components(separatedBy: "<link ").dropFirst().compactMap { element in
            guard let start = element.range(of: "href=\"") else { return nil }
            let rest = element[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    /// What a folder search reads: form files by their extension in any case, in nested
    /// folders; not hidden files or folders, not symbolic links, not other files, and not the
    /// output folder when it sits inside the input folder (a second run reads the same files).
    @Test func aFolderSearchReadsFormFilesOnly() throws {
        let root = try Self.makeInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.removeItem(at: input.appendingPathComponent("broken.txt"))
        let seed = ExampleFiles.seeds[0]
        let manager = FileManager.default
        try manager.copyItem(at: seed, to: input.appendingPathComponent("LOUD.TXT"))
        try manager.copyItem(at: seed, to: input.appendingPathComponent("report.v2.md"))
        try manager.copyItem(at: seed, to: input.appendingPathComponent(".hidden.txt"))
        try manager.createDirectory(at: input.appendingPathComponent(".drafts"), withIntermediateDirectories: true)
        try manager.copyItem(at: seed, to: input.appendingPathComponent(".drafts/draft.txt"))
        try manager.createSymbolicLink(at: input.appendingPathComponent("linked.txt"), withDestinationURL: seed)
        try manager.createSymbolicLink(at: input.appendingPathComponent("linked-folder"), withDestinationURL: seed.deletingLastPathComponent())
        let out = input.appendingPathComponent("out")
        let seeds = ExampleFiles.seeds
        let expected = (seeds.prefix(2).map { $0.deletingPathExtension().lastPathComponent + ".json" }
            + ["LOUD.json", "report.v2.json", "nested/deeper/" + seeds[2].deletingPathExtension().lastPathComponent + ".json"]).sorted()
        for run in 1...2 {
            let result = try FormpressBinary.run(["convert", "--to", "json", "--output-dir", out.path, input.path])
            let stderr = String(decoding: result.stderr, as: UTF8.self)
            #expect(result.status <= 1, "run \(run): \(stderr)")
            #expect(stderr.hasPrefix("formpress: 5 file(s): 5 converted"), "run \(run): \(stderr)")
            #expect(Self.files(under: out) == expected, "run \(run)")
        }
    }

    @Test func jobsMustBeAtLeastOne() throws {
        let result = try FormpressBinary.run(["convert", "--jobs", "0", "--output-dir", "/tmp/unused", ExampleFiles.seeds[0].path])
        #expect(result.status == 2)
        #expect(String(decoding: result.stderr, as: UTF8.self).contains("--jobs"))
    }
}
