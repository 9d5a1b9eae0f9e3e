import Foundation
import Testing

/// The external programs the print tests drive: headless Chromium prints, poppler's
/// `pdfinfo` and `pdftotext` read the PDF back.
///
/// When one is missing the tests skip, unless FORMPRESS_REQUIRE_TOOLS=1 (as CI sets it),
/// when they run and fail, naming the package to install.
enum PrintTools {
    static let required = ProcessInfo.processInfo.environment["FORMPRESS_REQUIRE_TOOLS"] == "1"
    static let chromium = ["chromium", "chromium-browser"].lazy.compactMap(executable(named:)).first
    static let pdfinfo = executable(named: "pdfinfo")
    static let pdftotext = executable(named: "pdftotext")

    /// Whether the print tests should run: every tool is there, or CI demands them.
    static var shouldRun: Bool { required || (chromium != nil && pdfinfo != nil && pdftotext != nil) }

    static let installHint = "apt-get install -y chromium fonts-noto-cjk poppler-utils"

    static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a tool to completion; standard output through a file, so no pipe can fill up.
    static func run(_ tool: URL, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let outURL = folder.appendingPathComponent("tool-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self))
    }

    /// Prints an XHTML file to PDF with headless Chromium, as a clerk's browser would.
    static func printToPDF(_ xhtml: URL, in folder: URL) throws -> URL {
        let chromium = try #require(chromium, "chromium is missing; \(installHint)")
        let pdf = xhtml.deletingPathExtension().appendingPathExtension("pdf")
        let result = try run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", xhtml.absoluteString,
        ], in: folder)
        #expect(result.status == 0, "chromium exited with \(result.status)")
        return pdf
    }

    /// Each page's size in points, from `pdfinfo -f 1 -l N`.
    static func pageSizes(of pdf: URL, in folder: URL) throws -> [(width: Double, height: Double)] {
        let pdfinfo = try #require(pdfinfo, "pdfinfo is missing; \(installHint)")
        let summary = try run(pdfinfo, [pdf.path], in: folder).output
        let pages = summary.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        guard pages > 0 else { return [] }
        let detail = try run(pdfinfo, ["-f", "1", "-l", String(pages), pdf.path], in: folder).output
        // "Page    1 size: 595.92 x 842.88 pts (A4)"
        return detail.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 6, words[0] == "Page", words[2] == "size:",
                  let width = Double(words[3]), let height = Double(words[5]) else { return nil }
            return (width, height)
        }
    }

    /// The PDF's text in content order (`pdftotext -raw`), so a cell's wrapped lines stay together.
    static func text(of pdf: URL, in folder: URL) throws -> String {
        let pdftotext = try #require(pdftotext, "pdftotext is missing; \(installHint)")
        return try run(pdftotext, ["-raw", "-enc", "UTF-8", pdf.path, "-"], in: folder).output
    }

    /// Every word of the PDF with its right edge, and each page's width (`pdftotext -bbox`).
    static func wordBoxes(of pdf: URL, in folder: URL) throws -> (pageWidths: [Double], words: [(text: String, xMax: Double, height: Double)]) {
        let pdftotext = try #require(pdftotext, "pdftotext is missing; \(installHint)")
        let html = try run(pdftotext, ["-bbox", "-enc", "UTF-8", pdf.path, "-"], in: folder).output
        func number(_ name: String, in line: Substring) -> Double? {
            guard let start = line.range(of: "\(name)=\"") else { return nil }
            return Double(line[start.upperBound...].prefix { $0 != "\"" })
        }
        var widths: [Double] = []
        var words: [(String, Double, Double)] = []
        for line in html.split(separator: "\n") {
            if line.contains("<page "), let width = number("width", in: line) { widths.append(width) }
            if line.contains("<word "), let xMax = number("xMax", in: line), let yMin = number("yMin", in: line),
               let yMax = number("yMax", in: line), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                words.append((String(line[line.index(after: open)..<close.lowerBound]), xMax, yMax - yMin))
            }
        }
        return (widths, words)
    }

    /// Whether a page is A4, either way up (595.28 × 841.89 pt, within 2 pt).
    static func isA4(_ size: (width: Double, height: Double)) -> Bool {
        let (short, long) = (min(size.width, size.height), max(size.width, size.height))
        return abs(short - 595.28) < 2 && abs(long - 841.89) < 2
    }

    /// Text without whitespace, to compare however cells wrap.
    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
