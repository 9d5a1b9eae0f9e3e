import Testing

/// The reader the CSV tests rely on must itself reject malformed input, or they prove nothing.
@Suite struct CSVStrictReaderTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let records = try CSVStrictReader.records("a,\"b,c\",\"say \"\"hi\"\"\",\"x\r\ny\"\r\n1,,3,4\r\n")
        #expect(records == [["a", "b,c", "say \"hi\"", "x\r\ny"], ["1", "", "3", "4"]])
    }

    @Test(arguments: [
        "a,b\n",            // LF record end
        "a,b\r",            // bare CR
        "a,b",              // no final CRLF
        "a\"b,c\r\n",       // quote inside an unquoted field
        "\"a\"b,c\r\n",     // text after a closing quote
        "\"a,b\r\n",        // unterminated quote
        "a,b\r\nc\r\n",     // ragged
    ])
    func rejectsMalformedInput(_ text: String) {
        #expect(throws: CSVStrictReader.Malformed.self) { try CSVStrictReader.records(text) }
    }
}
