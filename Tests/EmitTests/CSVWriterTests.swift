import Foundation
import FormModel
import Testing
@testable import Emit

/// The CSV writer, read back with a strict RFC 4180 reader: every cell must come back as the
/// model holds it, formula-like text made inert with a leading `'` and nothing else changed.
@Suite struct CSVWriterTests {
    /// What each tricky text must look like in the file: inert when it could run as a formula,
    /// else exactly as in the model (a plain negative number stays a number).
    static let expectedCell: [String: String] = [
        "a,b": "a,b", "say \"hi\"": "say \"hi\"", "line1\nline2": "line1\nline2", "crlf\r\nend": "crlf\r\nend",
        "=SUM(A1)": "'=SUM(A1)", "@x": "'@x", "+1": "'+1", "-190000.00": "-190000.00", "-5%": "-5%",
        "\tlead": "'\tlead", "\rlead": "'\rlead", "＝1+1": "'＝1+1", "-": "'-", "'quoted": "'quoted",
        "plain 中文": "plain 中文",
    ]

    private func table(_ table: CSVTable, _ options: CSVOptions = CSVOptions()) throws -> (header: [String], rows: [[String: String]]) {
        let records = try CSVStrictReader.records(utf8WithBOM: CSVWriter.render(CSVFixtures.documents, table: table, options: options))
        let header = try #require(records.first)
        return (header, records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }

    @Test func everyTrickyTextHasAnExpectation() {
        #expect(Set(CSVFixtures.trickyTexts) == Set(Self.expectedCell.keys))
    }

    @Test func indicatorCellsComeBackExactly() throws {
        let (header, rows) = try table(.indicators, CSVOptions(header: .en))
        #expect(header == ["source", "form", "kind", "title", "year", "organization", "project_name", "level1", "level2",
                           "level3", "period_value", "period_operator", "period_number", "period_unit", "annual_value",
                           "annual_operator", "annual_number", "annual_unit", "annual_level3", "line"])
        let model = CSVFixtures.documents.flatMap { $0.forms.flatMap(\.indicators) }
        try #require(rows.count == model.count)
        for (i, text) in CSVFixtures.trickyTexts.enumerated() {
            let row = rows[i]
            #expect(row["level3"] == Self.expectedCell[text])
            #expect(row["period_value"] == Self.expectedCell[text])
            #expect(row["annual_value"] == "≥\(i)0%")
            #expect(row["annual_operator"] == "≥")
            #expect(row["annual_number"] == "\(i)0")
            #expect(row["annual_unit"] == "%")
            #expect(row["source"] == "a,\"1\".txt")
            #expect(row["form"] == "1")
            #expect(row["kind"] == "project-application")
            #expect(row["year"] == "2025")
            #expect(row["organization"] == "东莞市南城街道平安法治办公室, 综合组")
            #expect(row["project_name"] == "平安\"法治\",宣传")
            #expect(row["line"] == String(10 + i))
        }
        // A plain negative number keeps its parts; formula-like text has none.
        #expect(rows[7]["period_number"] == "-190000.00")
        #expect(rows[4]["period_operator"] == "")
        let emptyCategory = rows[15], qualitative = rows[16], approval = rows[17]
        #expect(emptyCategory["level2"] == "社会成本指标" && emptyCategory["level3"] == "" && emptyCategory["period_value"] == "")
        #expect(emptyCategory["year"] == "" && emptyCategory["organization"] == "" && emptyCategory["project_name"] == "")
        #expect(emptyCategory["form"] == "2")
        #expect(qualitative["period_operator"] == "≥" && qualitative["period_number"] == "90" && qualitative["period_unit"] == "%")
        #expect(qualitative["annual_value"] == "显著提升" && qualitative["annual_number"] == "" && qualitative["annual_unit"] == "")
        #expect(qualitative["annual_level3"] == "满意度")
        #expect(approval["source"] == "'=b.txt" && approval["form"] == "1")
        #expect(approval["period_operator"] == "≤" && approval["period_number"] == "289" && approval["period_unit"] == "万元")
        #expect(approval["annual_number"] == "2" && approval["annual_unit"] == "万元/场")
    }

    @Test func theFileHoldsExactlyTheRecords() throws {
        for table in [CSVTable.indicators, .tasks, .fields] {
            let bytes = try CSVWriter.render(CSVFixtures.documents, table: table)
            #expect(try CSVStrictReader.records(utf8WithBOM: bytes) == CSVWriter.records(CSVFixtures.documents, table: table))
        }
    }

    @Test func chineseHeadersByDefault() throws {
        let (header, _) = try table(.indicators)
        #expect(Array(header.prefix(10)) == ["源文件", "表序号", "表类型", "标题", "年度", "单位名称", "项目名称", "一级指标", "二级指标", "三级指标"])
        #expect(header.contains("实施周期数值") && header.contains("年度单位"))
    }

    @Test func tasksCarryTheirAmountInYuan() throws {
        let (_, rows) = try table(.tasks, CSVOptions(header: .en))
        #expect(rows.map { $0["name"] } == ["维稳信访工作经费", "平安文化", "无金额", "其他"])
        #expect(rows.map { $0["amount"] } == ["600,000.00", "10.5", "", "0.00"])
        #expect(rows.map { $0["amount_unit"] } == ["元", "万元", "", "元"])
        #expect(rows.map { $0["amount_yuan"] } == ["600000", "105000", "", "0"])
        #expect(rows.map { $0["section"] } == ["年度重点工作任务", "年度重点工作任务", "年度重点工作任务", "其他需完成的任务"])
        #expect(rows[0]["content"] == "驻京备勤,\n接访" && rows[0]["goal"] == "'=目标" && rows[0]["number"] == "任务1")
        #expect(rows[2]["content"] == "'-" && rows[3]["content"] == "'@备注")
    }

    @Test func fieldsAreOnePairPerRow() throws {
        let (_, rows) = try table(.fields, CSVOptions(header: .en))
        #expect(rows.count == 1 + CSVFixtures.trickyTexts.count)
        #expect(rows[0]["group"] == "基本信息" && rows[0]["label"] == "项目名称" && rows[0]["value"] == "平安\"法治\",宣传")
        for (i, text) in CSVFixtures.trickyTexts.enumerated() {
            #expect(rows[i + 1]["label"] == "标签\(i)")
            #expect(rows[i + 1]["value"] == Self.expectedCell[text])
            #expect(rows[i + 1]["group"] == "")
        }
    }

    @Test func noDocumentsGiveAHeaderOnly() throws {
        let records = try CSVStrictReader.records(utf8WithBOM: CSVWriter.render([], table: .fields))
        #expect(records == [["源文件", "表序号", "表类型", "标题", "年度", "单位名称", "项目名称", "分组", "标签", "值", "源行号"]])
    }

    @Test func byteOrderMarkCanBeLeftOut() throws {
        let bytes = try CSVWriter.render(CSVFixtures.documents, table: .indicators, options: CSVOptions(byteOrderMark: false))
        let withMark = try CSVWriter.render(CSVFixtures.documents, table: .indicators)
        #expect(Array(withMark.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(bytes == Array(withMark.dropFirst(3)))
    }

    @Test func gb18030HoldsTheSameTextWithoutAMark() throws {
        let bytes = try CSVWriter.render(CSVFixtures.documents, table: .indicators, options: CSVOptions(encoding: .gb18030))
        let utf8 = try CSVWriter.render(CSVFixtures.documents, table: .indicators, options: CSVOptions(byteOrderMark: false))
        #expect(Array(bytes.prefix(4)) == [0xD4, 0xB4, 0xCE, 0xC4]) // 源文 in GB18030 (GBK range)
        let decoded = try #require(String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)))
        #expect(decoded == String(decoding: utf8, as: UTF8.self))
        #expect(try CSVStrictReader.records(decoded).count == 19)
    }

    @Test func gb18030RefusesTextItCannotRoundTrip() {
        let form = CSVFixtures.form(indicators: [IndicatorRow(level1: "产出指标", level2: "数量指标", level3: "私用\u{E5E5}",
                                                              periodValue: "", annualValue: "", line: 1)])
        let document = Document(source: "x.txt", encoding: .utf8, forms: [form])
        #expect(throws: CSVWriteError.unencodable("\u{E5E5}")) {
            try CSVWriter.render([document], table: .indicators, options: CSVOptions(encoding: .gb18030))
        }
    }
}
