import FormModel

/// A period value and an annual value that differ only in OCR-like ways (``OCRLikeDifference``).
///
/// Both halves of the indicator table usually print the same target for a one-year budget;
/// when they differ by a look-alike character, a moved decimal point or a lost `%`, one of them
/// is very likely a scanning error. A bare `1` on a rate is reported by ``RateValue`` instead, so
/// that one cell gives one finding.
enum ValueAgreement: ReviewCheck {
    static func findings(in form: Form) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let rows = form.indicators
        // Most rows print one value twice, or leave one half blank, which no OCR-like
        // difference has: that cheap answer comes first, read from the rows in place rather
        // than from a copy of each.
        for i in rows.indices where OCRLikeDifference.mayDiffer(rows[i].periodValue, rows[i].annualValue) {
            let row = rows[i]
            guard let difference = OCRLikeDifference(row.periodValue, row.annualValue), !RateValue.flagsBareOne(row) else { continue }
            let name = row.level3.isEmpty ? (row.annualLevel3 ?? "") : row.level3
            found.append(Diagnostic(.warning, .valueMismatch, line: row.line, column: row.annualColumn,
                "\(quoted(name)): the period value \(quoted(row.periodValue)) and the annual value \(quoted(row.annualValue)) "
                + "differ only as OCR errors do (\(difference.reasons.joined(separator: ", "))); check which one the form means"))
        }
        return found
    }
}
