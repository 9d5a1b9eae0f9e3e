import Foundation
import FormModel
import Parse
import Testing
@testable import Emit

/// The CSV tables of every example (seeds and variants), read back strictly and counted against
/// the expected JSON checked in beside each.
@Suite struct CSVExamplesTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    /// Every example input under Examples/ (the seeds and the variants), each with expected JSON beside it.
    static var inputs: [URL] {
        let walker = FileManager.default.enumerator(at: examples, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    static func documents() throws -> [Document] {
        try inputs.map { try FormReader.read([UInt8](Data(contentsOf: $0)), source: $0.lastPathComponent) }
    }

    /// How many entries of `key` each form of the expected JSON of `input` holds, summed.
    static func expectedCount(_ key: String, in input: URL) throws -> Int {
        let data = try Data(contentsOf: input.deletingPathExtension().appendingPathExtension("json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let forms = try #require(document["forms"] as? [[String: Any]])
        return try forms.reduce(0) { $0 + (try #require($1[key] as? [Any])).count }
    }

    private func rows(_ table: CSVTable) throws -> [[String: String]] {
        let records = try CSVStrictReader.records(utf8WithBOM: CSVWriter.render(Self.documents(), table: table, options: CSVOptions(header: .en)))
        let header = try #require(records.first)
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func oneIndicatorRowPerIndicatorInTheExpectedJSON() throws {
        try #require(Self.inputs.count >= 4)
        try #require(Set(Self.inputs.map(\.lastPathComponent)).count == Self.inputs.count, "source names must tell the examples apart")
        let rows = try rows(.indicators)
        var total = 0
        for input in Self.inputs {
            let expected = try Self.expectedCount("indicators", in: input)
            #expect(rows.filter { $0["source"] == input.lastPathComponent }.count == expected, "\(input.lastPathComponent)")
            total += expected
        }
        #expect(total > 0)
        #expect(rows.count == total)
    }

    @Test func oneTaskRowPerTaskAndOneFieldRowPerField() throws {
        let tasks = try rows(.tasks), fields = try rows(.fields)
        let expectedTasks = try Self.inputs.reduce(0) { try $0 + Self.expectedCount("tasks", in: $1) + Self.expectedCount("otherTasks", in: $1) }
        let expectedFields = try Self.inputs.reduce(0) { try $0 + Self.expectedCount("fields", in: $1) }
        #expect(expectedTasks > 0 && tasks.count == expectedTasks)
        #expect(expectedFields > 0 && fields.count == expectedFields)
        // Every amount in 元 is a plain number, and equals the amount as printed times the unit.
        for task in tasks where task["amount"] != "" {
            let yuan = try #require(task["amount_yuan"].flatMap { Decimal(string: $0) })
            let printed = try #require(task["amount"].flatMap { Decimal(string: $0.replacingOccurrences(of: ",", with: "")) })
            #expect(yuan == printed * (task["amount_unit"] == "万元" ? 10_000 : 1), "\(task["name"] ?? "")")
        }
    }

    /// The seeds' own values, taken apart: the examples of the issue, as the real forms print them.
    @Test func seedValuesAreTakenApart() throws {
        let rows = try rows(.indicators)
        func parts(of value: String) -> [String]? {
            rows.first { $0["period_value"] == value }.map { [$0["period_operator"] ?? "", $0["period_number"] ?? "", $0["period_unit"] ?? ""] }
        }
        #expect(parts(of: "≥95%") == ["≥", "95", "%"])
        #expect(parts(of: "≤2万元/场") == ["≤", "2", "万元/场"])
        #expect(parts(of: "12次") == ["'=", "12", "次"])
        #expect(parts(of: "≥1万人次") == ["≥", "1", "万人次"])
        #expect(parts(of: "显著提升") == ["", "", ""])
        let compound = try #require(rows.first { $0["period_value"]?.hasPrefix("劳务派遣人员≤9万元/人/年") == true })
        #expect(compound["period_operator"] == "" && compound["period_number"] == "" && compound["period_unit"] == "")
        // Every number cell is a plain number a spreadsheet reads as one.
        for row in rows {
            for key in ["period_number", "annual_number", "year", "form", "line"] where row[key] != "" {
                #expect(row[key].flatMap { Double($0) } != nil, "\(key) = \(row[key] ?? "")")
            }
        }
    }
}
