@testable import Parse
import FormModel
import Foundation
import Testing

/// The review of issue 5: each check on a snippet that trips it and one that must not.
@Suite struct ReviewTests {
    /// A department form around the given rows, with the year, organization and an indicator
    /// that keep ``RequiredFacts`` quiet.
    private func form(_ rows: String, indicators: String = "|产出指标|数量指标|宣传次数|12次|12次") throws -> Form {
        try readForm("""
        # 部门整体预算绩效目标申报表
        (2025年度)
        部门名称|东莞市清溪镇平安法治办公室
        \(rows)
        绩效指标|一级指标|二级指标|三级指标|实施周期指标值|年度指标值
        \(indicators)
        """)
    }

    private func findings(_ form: Form, _ code: Diagnostic.Code) -> [Diagnostic] {
        form.diagnostics.filter { $0.code == code }
    }

    private func budget(basic: String, income: String) -> String {
        """
        预算整体情况|部门预算支出|预算金额(万元)|收入来源|预算金额(万元)
        |基本支出|\(basic)|财政拨款|\(income)
        |项目支出|153.15|其他资金|0.00
        |事业发展性支出|预算金额(万元)|按预算级次划分|预算金额(万元)
        |财政专项资金|0.00|市本级使用资金|
        |其他事业发展性支出|26.71|拟用于对下转移支付资金|0.00
        """
    }

    // MARK: Budget

    @Test func budgetWithinRoundingPasses() throws {
        // Seed 001: 45.89 + 153.15 + 26.71 = 225.75 against 225.74.
        #expect(findings(try form(budget(basic: "45.89", income: "225.74")), .budgetMismatch).isEmpty)
    }

    @Test func budgetThatDoesNotBalanceIsAWarningOnTheIncomeLine() throws {
        let form = try form(budget(basic: "1,045.89", income: "225.74"))
        let found = findings(form, .budgetMismatch)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.line == 5)
        #expect(found.first?.message.contains("come to 1225.75") == true)
        #expect(found.first?.message.contains("difference 1000.01") == true)
    }

    @Test func budgetWithABlankLineIsNotChecked() throws {
        #expect(findings(try form(budget(basic: "", income: "999")), .budgetMismatch).isEmpty)
    }

    /// The exact reading of printed amounts is `PrintedNumber`'s: the same numbers, the same
    /// refusals, and the same text for any sum, on random values.
    @Test func fixedPointAgreesWithDecimal() {
        let pieces = ["0", "1", "2", "5", "9", "0", "7", ".", ",", " ", "a", "-", "１", "\t"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12)).map { _ in pieces.randomElement()! }.joined()
            switch FixedPoint.reading(text) {
            case .number(let number):
                #expect(PrintedNumber.value(text) == Decimal(sign: .plus, exponent: -number.decimals, significand: Decimal(number.units)), "\(text)")
            case .notANumber:
                #expect(PrintedNumber.value(text) == nil, "\(text)")
            case .unknown:
                break
            }
            let number = FixedPoint(units: Int64.random(in: -10_000_000_000_000...10_000_000_000_000) / Int64([1, 10, 1000, 100_000].randomElement()!),
                                    decimals: Int.random(in: 0...6))
            let value = Decimal(sign: number.units < 0 ? .minus : .plus, exponent: -number.decimals, significand: Decimal(number.units.magnitude))
            #expect(number.text == PrintedNumber.text(value), "\(number)")
        }
        for (units, decimals) in [(0, 2), (0, 0), (-1, 6), (100, 2), (1, 2)] {
            let number = FixedPoint(units: Int64(units), decimals: decimals)
            #expect(number.text == PrintedNumber.text(Decimal(sign: units < 0 ? .minus : .plus, exponent: -decimals, significand: Decimal(units.magnitude))))
        }
    }

    // MARK: Task total

    private let taskTable = """
    年度主要任务|任务名称|主要内容|年度预算金额(万元)
    |行政诉讼律师费|律师费用|27
    |购买社会工作专业化服务经费|社工|31.5
    |金额合计|*|
    """

    @Test func taskTotalMismatchNamesBothSums() throws {
        let form = try form(taskTable.replacingOccurrences(of: "|金额合计|*|", with: "|金额合计|*|48.5"))
        let found = findings(form, .sumMismatch)
        #expect(found.map(\.line) == [7])
        #expect(found.first?.message == "the task amounts add up to 58.5万元, but \"金额合计\" is \"48.5\" (difference 10)")
    }

    @Test func taskTotalThatAddsUpOrIsBlankIsQuiet() throws {
        #expect(findings(try form(taskTable.replacingOccurrences(of: "|金额合计|*|", with: "|金额合计|*|58.5")), .sumMismatch).isEmpty)
        #expect(findings(try form(taskTable), .sumMismatch).isEmpty)
    }

    // MARK: Rates

    @Test func bareOneAndAboveHundredOnRates() throws {
        let form = try form("", indicators: """
        |效益指标|社会效益指标|刑罚执行与社区矫正衔接率|100%|1
        ||可持续影响指标|社区矫正工作人员培训率(%)|≥1|100%
        |||群众满意度|120%|120%
        |||投资增长率|≥120%|≥120%
        |||受理件数|1|1
        """)
        let found = findings(form, .suspiciousRate)
        #expect(found.map(\.line) == [6, 7, 8, 8])
        #expect(found[0].message.contains("\"刑罚执行与社区矫正衔接率\" is a rate, but its annual value is \"1\""))
        #expect(found[2].message.contains("above 100%"))
        // The bare 1 is one finding, not also a value mismatch.
        #expect(findings(form, .valueMismatch).isEmpty)
    }

    /// The byte screen never clears a value the full reading flags: values built at random
    /// from digits, points, signs, units, full-width forms and a combining mark.
    @Test func rateScreenClearsOnlyValuesTheFullReadingPasses() {
        let pieces = ["0", "1", "0", "1", "2", "9", "5", "0", ".", ".", ",", "%", "%", "≥", "≤", ">", " ", "　", "１", "０",
                      "％", "．", "次", "万", "O", "l", "a", "\u{301}", "\u{600}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let value = (0..<Int.random(in: 1...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if RateValue.readsAsBareOne(value) { #expect(RateValueScreen.mayBeBareOne(value), "\(value)") }
            if RateValue.readPercentageAboveHundred(in: value) != nil {
                #expect(RateValueScreen.mayHoldPercentageAboveHundred(value), "\(value)")
            }
        }
        for value in ["1", "≥1", "1.0", "１", "0１", "101%", "≥120%", "100.5%", "1000%", "0101%"] {
            #expect(RateValue.isBareOne(value) == RateValue.readsAsBareOne(value))
            #expect(RateValue.percentageAboveHundred(in: value) == RateValue.readPercentageAboveHundred(in: value))
        }
    }

    // MARK: Period against annual

    @Test(arguments: [
        ("≥95%", "≥9.5%"), ("100%", "1"), ("≥90%", ">90%"), ("≥1O次", "≥10次"), ("95%", "95"), ("12次", "12"),
        ("≥0.95", "≥95%"), ("9,5%", "9.5%"), ("l00%", "100%"),
    ])
    func ocrLikeDifferences(period: String, annual: String) throws {
        #expect(OCRLikeDifference(period, annual) != nil)
    }

    @Test(arguments: [
        ("≥2000万条", "≥1500万条"), ("≥95%", "≥96%"), ("≥90%", "≤90%"), ("良好", "优秀"), ("12次", "12次"),
        ("≥3个", "≥30个"), ("", "1"), ("2人", "2人次以上"),
    ])
    func legitimateDifferences(period: String, annual: String) throws {
        #expect(OCRLikeDifference(period, annual) == nil)
    }

    @Test func valueMismatchNamesTheIndicatorAndWhatChanged() throws {
        let form = try form("", indicators: "|产出指标|质量指标|系统正常运行率|≥95%|≥9.5%")
        let found = findings(form, .valueMismatch)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("\"≥95%\"") == true)
        #expect(found.first?.message.contains("a decimal point moved or dropped") == true)
    }

    // MARK: Categories

    @Test func misplacedLevel2IsReportedOncePerPairing() throws {
        let form = try form("", indicators: """
        |产出指标|社会效益指标|甲|1次|1次
        |||乙|2次|2次
        |效益指标|社会效益指标|丙|3次|3次
        """)
        let found = findings(form, .misplacedCategory)
        #expect(found.map(\.line) == [6])
        #expect(found.first?.message == "level-2 category \"社会效益指标\" belongs under \"效益指标\", not under \"产出指标\"")
    }

    @Test func unknownCategoriesOnAHandBuiltForm() {
        let rows = [IndicatorRow(level1: "其他指标", level2: "奇怪指标", level3: "甲", periodValue: "1次", annualValue: "1次", line: 9)]
        let built = Form(kind: .departmentApplication, title: "t", year: 2025, organization: "o", approver: nil, fields: [],
                         goals: [], tasks: [], otherTasks: [], indicators: rows, indicatorLayout: .single, opinion: nil,
                         notes: [], diagnostics: [], line: 1)
        #expect(CategoryPlacement.findings(in: built).map(\.code) == [.unknownCategory, .unknownCategory])
    }

    // MARK: Required facts

    @Test func missingYearOrganizationAndIndicatorsAreWarnings() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        基本信息|财政供养人员数|15|下属二级单位数|0
        """)
        let found = findings(form, .missingField)
        #expect(found.map(\.severity) == [.warning, .warning, .warning])
        #expect(found.allSatisfy { $0.line == 1 })
    }

    @Test func aFormWithNothingInItIsAnError() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        """)
        #expect(findings(form, .missingField).map(\.severity) == [.error])
    }

    // MARK: Messages

    @Test func messagesHaveNoSpaceNextToChineseOutsideQuotes() throws {
        let form = try form(budget(basic: "1,045.89", income: "225.74") + "\n" + taskTable.replacingOccurrences(of: "|金额合计|*|", with: "|金额合计|*|48.5"),
                            indicators: "|产出指标|社会效益指标|甲率|100%|1\n|||乙|≥95%|≥9.5%")
        let review = form.diagnostics.filter { $0.severity >= .warning }
        #expect(review.count >= 4)
        for finding in review {
            let scalars = Array(finding.message.unicodeScalars)
            for (i, s) in scalars.enumerated() where s == " " {
                let around = [i > 0 ? scalars[i - 1] : " ", i + 1 < scalars.count ? scalars[i + 1] : " "]
                #expect(!around.contains { CellCleaner.isWide($0) }, "stray space in \(finding.message)")
            }
        }
    }
}

/// The review on the four seeds: what `check` must report, and nothing it must not.
@Suite struct SeedReviewTests {
    private func review(_ name: String) throws -> [Diagnostic] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples").appendingPathComponent(name)
        let document = try FormReader.read([UInt8](Data(contentsOf: url)), source: name)
        return document.allDiagnostics.filter { $0.severity >= .warning }
    }

    @Test func wangniudunTotalAndBareOnes() throws {
        let found = try review("004_cebfb29710e73f43.txt")
        #expect(found.map(\.code) == [.sumMismatch, .suspiciousRate, .suspiciousRate])
        #expect(found.map(\.line) == [20, 54, 58])
        #expect(found[0].message.contains("123.1") && found[0].message.contains("96.1"))
        #expect(found[1].message.contains("衔接率"))
        #expect(found[2].message.contains("培训率(%)"))
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func guangzhouHasNoYear() throws {
        let found = try review("002_e824d98165fafc8b.txt")
        #expect(found.map(\.code) == [.missingField])
        #expect(found.first?.message.contains("year") == true)
    }

    @Test func nanchengAndQingxiAreClean() throws {
        #expect(try review("000_4d982f054f2c05a6.txt").isEmpty)
        #expect(try review("001_c889fea231715124.txt").isEmpty)
    }
}
