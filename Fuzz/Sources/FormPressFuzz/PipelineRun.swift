import FormPress

/// One input through every writer, with the invariants each output must hold.
struct PipelineRun {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func checkAll() {
        let document: Document
        do {
            document = try FormReader.read(bytes, source: "fuzz.txt")
        } catch {
            // A refusal is a correct answer for bad input, as long as it can be said in one line.
            Invariant.require(!error.description.isEmpty && !error.description.contains("\n"),
                              "read error is not one line: \(error.description)")
            return
        }
        checkJSON(document)
        checkCSV(document)
        checkXHTML(document)
        checkText(document)
    }

    /// The XHTML is well-formed XML (libxml2, strict) and carries no active content.
    private func checkXHTML(_ document: Document) {
        if let problem = XHTMLCheck.problem(in: Array(XHTMLWriter.render(document).utf8)) {
            Invariant.fail("XHTML: \(problem)")
        }
    }

    /// The text copy reads back without a crash, and its own text copy reads back too.
    private func checkText(_ document: Document) {
        let text = TextWriter.render(document)
        guard let again = try? FormReader.read(Array(text.utf8), source: "fuzz.txt") else { return }
        _ = TextWriter.render(again)
    }

    /// The JSON is one valid document.
    private func checkJSON(_ document: Document) {
        let json = JSONWriter.render(document)
        Invariant.require(JSONCheck.isValid(json), "JSON output does not parse")
        _ = JSONWriter.render([document, document])
    }

    /// Every CSV table reads back, strictly, to the cells of the model.
    private func checkCSV(_ document: Document) {
        for table in [CSVTable.indicators, .tasks, .fields] {
            for options in [CSVOptions(), CSVOptions(header: .en, byteOrderMark: false)] {
                guard let bytes = try? CSVWriter.render([document], table: table, options: options) else {
                    Invariant.fail("UTF-8 CSV \(table) cannot be written")
                }
                if let problem = CSVReadBack.problem(bytes, table: table, documents: [document], options: options) {
                    Invariant.fail(problem)
                }
            }
            // GB18030 may refuse a character; it must then say so, never crash.
            _ = try? CSVWriter.render([document], table: table, options: CSVOptions(encoding: .gb18030))
        }
    }
}
