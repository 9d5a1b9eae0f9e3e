@testable import Emit
import Testing

/// How one field is spelled, including quotes that Swift fuses with the scalar after them.
@Suite struct CSVRecordTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        // A quote followed by a zero-width joiner or a combining mark is one Character with it;
        // found by the fuzzer (Reproducers/fuzz-csv-quote-joined-by-zwj.txt).
        ("a\"\u{200D}b", "\"a\"\"\u{200D}b\""),
        ("\"\u{0301}", "\"\"\"\u{0301}\""),
        ("line\r\nbreak", "\"line\r\nbreak\""),
    ])
    func quotesAndDoublesQuotes(text: String, field: String) {
        #expect(CSVRecord.field(text).unicodeScalars.elementsEqual(field.unicodeScalars))
    }
}
