import ArgumentParser

/// The `formpress` command: converts OCR text of budget performance-target forms.
struct Formpress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formpress",
        abstract: "Turns OCR text of budget performance-target forms (绩效目标申报表/批复表) into clean data.",
        discussion: """
            Reads tab-separated, markdown-table or HTML-table OCR output in UTF-8, GB18030 or UTF-16.
            Exit status: 0 success, 1 findings (check, or --strict), 2 bad usage, input or output.
            """,
        version: "0.1.0",
        subcommands: [Convert.self, Check.self]
    )
}
