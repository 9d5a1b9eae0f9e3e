import Foundation
import FormPress
import Testing

/// A real spreadsheet opens the CSV: LibreOffice Calc imports the CSV of every example (and of a
/// form full of formula-like text), and every cell must come back as the writer meant it —
/// Chinese text intact, plain numbers as numbers, formula-like text as text, never a formula.
///
/// Needs `soffice` (`apt-get install -y libreoffice-calc`). Skipped when it is missing, unless
/// FORMPRESS_REQUIRE_TOOLS=1, when the test fails instead.
@Suite(.serialized) struct SpreadsheetLibreOfficeTests {
    static let soffice: URL? = ["soffice", "libreoffice"].lazy.compactMap(PrintTools.executable(named:)).first
    static let toolsRequired = PrintTools.required

    /// The CSV import filter of each encoding: comma, double quote, character set, data from line 1.
    /// For UTF-8 the character set is left for LibreOffice to detect; GB18030 is named (LibreOffice's
    /// number 85), as a user picks it, because nothing in a GB18030 file says what it is.
    /// (With no filter options at all, headless LibreOffice 7.4 reads any CSV as Windows-1252.)
    static func importFilter(_ encoding: CSVEncoding) -> String {
        "CSV:44,34,\(encoding == .utf8 ? "" : "85"),1"
    }

    @Test(.enabled(if: soffice != nil || toolsRequired, "soffice (LibreOffice Calc) is not installed"),
          arguments: [CSVEncoding.utf8, .gb18030])
    func calcReadsEveryCellAsWritten(encoding: CSVEncoding) throws {
        let soffice = try #require(Self.soffice, "soffice is missing; install it with apt-get install -y libreoffice-calc")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formpress-calc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // Every example in every table, and a form whose cells try to run as formulas.
        let options = CSVOptions(encoding: encoding)
        var expected: [(name: String, records: [[String]])] = []
        let documents = try ExampleFiles.inputs().map {
            try FormReader.read([UInt8](Data(contentsOf: $0)), source: $0.lastPathComponent)
        } + [Self.formulaLikeDocument]
        for document in documents {
            for table in CSVTable.allCases {
                let name = "\((document.source as NSString).deletingPathExtension)-\(table.rawValue)"
                try Data(CSVWriter.render([document], table: table, options: options))
                    .write(to: folder.appendingPathComponent(name + ".csv"))
                expected.append((name, CSVWriter.records([document], table: table, options: options)))
            }
        }
        try Self.convert(expected.map { folder.appendingPathComponent($0.name + ".csv") }, with: soffice,
                         filter: Self.importFilter(encoding), in: folder)

        var tally = Tally()
        for (name, records) in expected {
            let sheet = try SpreadsheetSheet(contentsOf: folder.appendingPathComponent("out/\(name).fods"))
            #expect(sheet.rows.count == records.count, "\(name): \(sheet.rows.count) rows in Calc, \(records.count) records in the CSV")
            for (r, record) in records.enumerated() where r < sheet.rows.count {
                let row = sheet.rows[r]
                #expect(row.count <= record.count, "\(name) row \(r + 1): Calc split a cell")
                for (c, written) in record.enumerated() {
                    let cell = c < row.count ? row[c] : .empty
                    tally.check(cell, against: written, at: "\(name) row \(r + 1) column \(c + 1)")
                }
            }
        }
        #expect(tally.cells > 0 && tally.numbers > 0 && tally.chinese > 0 && tally.inert > 0)
        print("LibreOffice (\(encoding.rawValue)): \(expected.count) sheets, \(tally.rows) rows, \(tally.cells) cells checked: "
              + "\(tally.numbers) numbers, \(tally.percentages) percentages, \(tally.texts) texts (\(tally.chinese) with Chinese, "
              + "\(tally.inert) made inert), \(tally.empty) empty; 0 formulas")
    }

    /// Expectations for one cell, counted so the test can say what it checked.
    struct Tally {
        var rows = 0, cells = 0, numbers = 0, percentages = 0, texts = 0, chinese = 0, inert = 0, empty = 0
        private var lastRow = ""

        mutating func check(_ cell: SpreadsheetSheet.Cell, against written: String, at place: String) {
            cells += 1
            let row = String(place[..<(place.range(of: " column")?.lowerBound ?? place.endIndex)])
            if row != lastRow { rows += 1; lastRow = row }
            #expect(cell.formula == nil, "\(place): Calc took \(written) for a formula")
            if written.isEmpty {
                empty += 1
                #expect(cell == .empty, "\(place): expected an empty cell, got \(cell)")
            } else if let number = Self.number(written) {
                numbers += 1
                #expect(cell.type == "float" && cell.value.flatMap(Double.init) == number, "\(place): \(written) should be a number, got \(cell)")
            } else if let percent = Self.percentage(written) {
                percentages += 1
                #expect(cell.type == "percentage" && cell.value.flatMap(Double.init).map { abs($0 - percent) < 1e-9 } == true,
                        "\(place): \(written) should be a percentage, got \(cell)")
            } else {
                texts += 1
                if written.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { chinese += 1 }
                if written.hasPrefix("'") { inert += 1 }
                // Calc turns CRLF and CR inside a cell into a line feed.
                let shown = written.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                #expect(cell.type == "string" && cell.text == shown, "\(place): expected the text \(written.debugDescription), got \(cell)")
            }
        }

        /// `-190000.00`, `600,000.00`: what Calc reads as a number.
        static func number(_ text: String) -> Double? {
            guard text.wholeMatch(of: /-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?/) != nil else { return nil }
            return Double(text.replacingOccurrences(of: ",", with: ""))
        }

        /// `-5%`, `100%`: what Calc reads as a percentage (as a fraction).
        static func percentage(_ text: String) -> Double? {
            guard text.wholeMatch(of: /-?\d+(\.\d+)?%/) != nil else { return nil }
            return Double(text.dropLast()).map { $0 / 100 }
        }
    }

    /// A project form whose cells try everything that breaks a spreadsheet import.
    static var formulaLikeDocument: Document {
        let texts = ["=SUM(A1)", "=HYPERLINK(\"http://x\",\"点击\")", "@x", "+1", "-1+2", "\t=1", "＝1+1", "-190000.00", "-5%",
                     "a,b", "say \"hi\"", "两行\n文字", "三行\r\n文字\r\n末", "中文，全角逗号"]
        let indicators = texts.enumerated().map { i, text in
            IndicatorRow(level1: "产出指标", level2: "数量指标", level3: text, periodValue: text, annualValue: "≥\(i)0%", line: i + 1)
        }
        let fields = [Field(label: "项目名称", value: "=1+1", line: 1)] + texts.map { Field(label: $0, value: $0, line: 2) }
        let tasks = [WorkTask(name: "=cmd|' /C calc'!A0", content: "@SUM(1,2)", goal: "-2+3",
                              amount: Amount(value: 190000, unit: .yuan, text: "190,000.00"), line: 3)]
        let form = Form(kind: .projectApplication, title: "=项目支出绩效目标申报表", year: 2025, organization: "+单位",
                        approver: nil, fields: fields, goals: [], tasks: tasks, otherTasks: [], indicators: indicators,
                        indicatorLayout: .single, opinion: nil, notes: [], diagnostics: [], line: 1)
        return Document(source: "formula-like.txt", encoding: .utf8, forms: [form])
    }

    /// Runs `soffice --headless --convert-to fods` with a profile of its own, so that it neither
    /// waits for nor disturbs another LibreOffice, and gives up after two minutes.
    static func convert(_ files: [URL], with soffice: URL, filter: String, in folder: URL) throws {
        let process = Process()
        process.executableURL = soffice
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
                             "--infilter=\(filter)", "--convert-to", "fods", "--outdir", folder.appendingPathComponent("out").path]
            + files.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "soffice exited with \(process.terminationStatus)")
    }
}
