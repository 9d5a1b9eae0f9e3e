import FormPress
import Foundation

/// What a lossless reading must keep of an input: every run of two or more letters, digits and
/// Chinese characters in its cells, once markup, entities and LaTeX are gone, except the column
/// headers and section labels the model carries as structure rather than as text.
///
/// This is the reference scorer's rule (`tools/score`), so that the property and the scorer
/// agree on what "losing text" means.
enum PropertySourceText {
    /// The runs of the input's text, by line, for a document read from `bytes`.
    static func runs(of bytes: [UInt8], decodedAs encoding: SourceEncoding) -> [(line: Int, run: String)] {
        guard let decoded = decode(bytes, encoding) else { return [] }
        // Table tags end cells and tags end words wherever they are, even split over lines.
        let text = replace(tag, in: replace(tableSeparator, in: decoded, with: "\t"), with: " ")
        var runs: [(Int, String)] = []
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            number += 1
            for cell in cells(of: String(line)) {
                let plain = self.plain(cell)
                guard !plain.isEmpty, !isStructural(plain), !isPageNumber(plain) else { continue }
                for run in TextRuns.runs(plain) where !isStructural(run) && !isRunLabel(run) && !isStructuralPieces(run) {
                    runs.append((number, run))
                }
            }
        }
        return runs
    }

    /// Every string of the model (not the reader's diagnostics), folded and without white space.
    static func modelBlob(_ document: Document) -> String {
        var strings: [String] = []
        for form in document.forms {
            strings += [form.title, form.organization ?? "", form.approver ?? "", form.opinion ?? "", form.opinionLabel ?? ""]
            strings += form.year.map { [String($0)] } ?? []
            strings += form.fields.flatMap { [$0.group ?? "", $0.label, $0.value] }
            strings += form.goals.flatMap { [$0.label, $0.text] }
            strings += (form.tasks + form.otherTasks).flatMap { [$0.number ?? "", $0.name, $0.content, $0.goal, $0.amount?.text ?? ""] }
            strings += form.indicators.flatMap { [$0.level1, $0.level2, $0.level3, $0.periodValue, $0.annualValue, $0.annualLevel3 ?? ""] }
            strings += form.notes.map(\.text)
        }
        // A lone `$` is text to the reader and markup to the rule; it is neither letter nor digit.
        return TextRuns.blob(strings).replacingOccurrences(of: "$", with: "")
    }

    static func decode(_ bytes: [UInt8], _ encoding: SourceEncoding) -> String? {
        switch encoding {
        case .utf8: return String(validating: bytes, as: UTF8.self)
        case .utf8WithBOM: return String(validating: bytes.dropFirst(3), as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            let body = bytes.dropFirst(2)
            var units: [UInt16] = []
            var i = body.startIndex
            while i + 1 < body.endIndex {
                let a = UInt16(body[i]), b = UInt16(body[i + 1])
                units.append(encoding == .utf16BigEndian ? a << 8 | b : b << 8 | a)
                i += 2
            }
            return String(decoding: units, as: UTF16.self)
        case .gb18030:
            return String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632))
        }
    }

    /// The cells of a line: pipe-table cells, or the pieces between tabs and table tags.
    static func cells(of line: String) -> [String] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|") {
            return trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "|")).components(separatedBy: "|")
        }
        return split(line, by: tableSeparator)
    }

    /// A cell without tags, entities, LaTeX commands, `$` and heading marks, folded, without spaces.
    static func plain(_ cell: String) -> String {
        var text = replace(tag, in: cell, with: "")
        for (entity, symbol) in entities { text = text.replacingOccurrences(of: entity, with: symbol) }
        for (command, symbol) in latex { text = text.replacingOccurrences(of: command, with: symbol) }
        text = replace(otherCommand, in: text, with: "")
        text = decodeNumericEntities(text)
        text = text.replacingOccurrences(of: "$", with: "")
        text = replace(headingMarks, in: text.trimmingCharacters(in: .whitespaces), with: "")
        return TextRuns.blob([text])
    }

    static func isStructural(_ text: String) -> Bool { matches(structural, text) }

    /// A page-number line (`第1页共2页`, `- 2 -`, `2/5`): the reader drops it and says so.
    static func isPageNumber(_ text: String) -> Bool { matches(pageNumber, text) }

    /// Column-header words run together or cut apart, as a dropped or doubled tab leaves them
    /// (`实施周期指标值年度指标值`, `三级指`): every piece of two or more characters is part of
    /// a structural word.
    /// One stray character (OCR noise, a `%`) may stick to a header cell.
    static func isStructuralPieces(_ run: String) -> Bool {
        let scalars = Array(run.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 40 else { return false }
        // fewest[i]: the fewest stray characters needed to cover the first i scalars.
        var fewest = [0] + Array(repeating: Int.max, count: scalars.count)
        for end in 1...scalars.count {
            if fewest[end - 1] != Int.max { fewest[end] = fewest[end - 1] + 1 }
            for start in 0..<end - 1 where fewest[start] < fewest[end] {
                let piece = String(String.UnicodeScalarView(scalars[start..<end]))
                if structuralWords.contains(where: { $0.contains(piece) }) { fewest[end] = fewest[start] }
            }
        }
        return fewest[scalars.count] <= 1 && fewest[scalars.count] < scalars.count
    }

    /// The structural words the scorer's pattern spells, written out.
    static let structuralWords = [
        "一级绩效指标名称", "二级绩效指标名称", "三级绩效指标名称", "当年度计划指标值(或计划水平)", "实施周期计划指标值(或计划水平)",
        "中期计划指标值", "本年度计划指标值", "任务名称", "主要实施内容", "期望达到的目标(概述)", "拟投入的资金(万元)",
        "年度预算金额(万元)", "部门预算支出", "预算金额(万元)", "收入来源", "事业发展性支出", "按预算级次划分", "预算整体情况",
        "基本信息", "年度绩效指标", "年度重点工作任务", "年度主要任务", "其他需完成的任务(可选填)", "实施周期", "总体绩效目标",
        "批复意见", "一级指标", "二级指标", "三级指标", "一级绩效指标", "实施周期指标值", "当年度指标值", "年度计划指标值",
        "本年度指标值", "中期指标值", "主要内容", "拟投入的资金(元)", "年度预算金额(元)", "总体目标", "期望达到的目标",
    ]

    /// `&#8805;` and `&#x4E2D;` as their characters, as the reader resolves them.
    static func decodeNumericEntities(_ text: String) -> String {
        var out = text
        for match in numericEntity.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(match.range, in: out), let digits = Range(match.range(at: 2), in: out) else { continue }
            let hex = match.range(at: 1).length > 0
            guard let value = UInt32(out[digits], radix: hex ? 16 : 10), value != 0, let scalar = Unicode.Scalar(value) else { continue }
            out.replaceSubrange(whole, with: String(Character(scalar)))
        }
        return out
    }
    static func isRunLabel(_ text: String) -> Bool { matches(runLabel, text) }

    // The scorer's patterns, unchanged.
    private static let tag = try! NSRegularExpression(pattern: #"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>"#)
    private static let tableSeparator = try! NSRegularExpression(pattern: #"\t|</?t[dh][^>]*>|</?tr[^>]*>|</?table[^>]*>"#)
    private static let headingMarks = try! NSRegularExpression(pattern: #"^#+\s*"#)
    private static let structural = try! NSRegularExpression(pattern:
        #"^(一级|二级|三级)(绩效)?指标(名称)?$|^(当?年度|实施周期|中期|本年度)?(计划)?指标值(\(或计划水平\))?$"#
        + #"|^(名称|任务名称|主要(实施)?内容|期望达到的目标(\(概述\))?|拟投入的资金(\((万?元)\))?|年度预算金额(\((万?元)\))?"#
        + #"|部门预算支出|预算金额(\((万?元)\))?|收入来源|事业发展性支出|按预算级次划分|预算整体情况|基本信息"#
        + #"|(年度)?绩效指标|年度重点工作任务|年度主要任务|其他需完成的任务(\(可选填\))?|实施周期|总体(绩效)?目标)$"#
        + #"|^\(?\d{4}年度?\)?$|批复意见$"#)
    private static let pageNumber = try! NSRegularExpression(pattern: #"^(第\d+页(共\d+页)?|-*\d{1,4}-*|\d{1,3}/\d{1,3})$"#)
    private static let otherCommand = try! NSRegularExpression(pattern: #"\\[a-zA-Z]+"#)
    private static let numericEntity = try! NSRegularExpression(pattern: #"&#([xX])?([0-9a-fA-F]{1,8});"#)
    private static let runLabel = try! NSRegularExpression(pattern: #"^(批复单位|预算单位|填报单位|任务\d+)$"#)
    private static let entities = [("&ge;", "≥"), ("&le;", "≤"), ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"),
                                   ("&amp;", "&"), ("&quot;", "\""), ("&times;", "×")]
    private static let latex = [(#"\geqslant"#, "≥"), (#"\leqslant"#, "≤"), (#"\geq"#, "≥"), (#"\leq"#, "≤"), (#"\ge"#, "≥"),
                                (#"\le"#, "≤"), (#"\%"#, "%"), (#"\times"#, "×"), (#"\pm"#, "±"), (#"\sim"#, "~"),
                                (#"\cdot"#, "·"), (#"\neq"#, "≠"), (#"\approx"#, "≈")]

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func replace(_ pattern: NSRegularExpression, in text: String, with replacement: String) -> String {
        pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: replacement)
    }

    private static func split(_ text: String, by pattern: NSRegularExpression) -> [String] {
        var pieces: [String] = []
        var start = text.startIndex
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            pieces.append(String(text[start..<range.lowerBound]))
            start = range.upperBound
        }
        pieces.append(String(text[start...]))
        return pieces
    }
}
