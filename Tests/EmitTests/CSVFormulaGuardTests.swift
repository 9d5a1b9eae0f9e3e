import Testing
@testable import Emit

/// The formula-injection guard and the RFC 4180 field spelling, cell by cell.
@Suite struct CSVFormulaGuardTests {
    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("@x", "'@x"), ("-x", "'-x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
        ("＝HYPERLINK(\"x\")", "'＝HYPERLINK(\"x\")"), ("＋1", "'＋1"), ("＠x", "'＠x"), ("－x", "'－x"), ("﹦1", "'﹦1"),
        ("-", "'-"), ("--", "'--"), ("-1,2", "'-1,2"), ("-1.", "'-1."), ("-1e5", "'-1e5"), ("- 1", "'- 1"),
        ("-190000.00", "-190000.00"), ("-1,234.50", "-1,234.50"), ("-5%", "-5%"), ("-123", "-123"), ("－５％", "－５％"),
        ("a=1", "a=1"), (" =1", " =1"), ("≥95%", "≥95%"), ("", ""), ("中文", "中文"),
    ])
    func guards(_ cell: String, _ expected: String) {
        #expect(FormulaGuard.inert(cell) == expected)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a\nb", "\"a\nb\""),
        ("a\rb", "\"a\rb\""), ("\"", "\"\"\"\""), ("中文，全角逗号", "中文，全角逗号"),
    ])
    func quotes(_ text: String, _ expected: String) {
        #expect(CSVRecord.field(text) == expected)
    }

    @Test func recordsEndWithCRLF() {
        #expect(CSVRecord.line(["a", "b\"", "c,d"]) == "a,\"b\"\"\",\"c,d\"\r\n")
    }
}
