import Testing
@testable import Emit

/// The operator/number/unit parse of indicator values, on the spellings the forms use.
@Suite struct IndicatorValueTests {
    /// A value and the parts it must give: comparison, number and unit.
    @Test(arguments: [
        ("≥95%", "≥", "95", "%"),
        ("≤2万元/场", "≤", "2", "万元/场"),
        ("不低于90%", "≥", "90", "%"),
        ("不少于3次", "≥", "3", "次"),
        ("大于等于98%", "≥", "98", "%"),
        ("至少2人", "≥", "2", "人"),
        ("12次", "=", "12", "次"),
        ("0次", "=", "0", "次"),
        ("100%", "=", "100", "%"),
        ("1", "=", "1", ""),
        ("≥1万人次", "≥", "1", "万人次"),
        ("≥2000万条", "≥", "2000", "万条"),
        ("10.5万元/人/年", "=", "10.5", "万元/人/年"),
        ("119277元/人/年", "=", "119277", "元/人/年"),
        ("18000元/村(社区)", "=", "18000", "元/村(社区)"),
        ("≥10,000次", "≥", "10000", "次"),
        ("1,234.50元", "=", "1234.50", "元"),
        (">90%", ">", "90", "%"),
        ("<9万元/人/年", "<", "9", "万元/人/年"),
        ("不高于10%", "≤", "10", "%"),
        ("不超过289万元", "≤", "289", "万元"),
        ("不多于5人", "≤", "5", "人"),
        ("低于5%", "<", "5", "%"),
        ("大于0", ">", "0", ""),
        ("高于80%", ">", "80", "%"),
        ("超过3天", ">", "3", "天"),
        ("小于2%", "<", "2", "%"),
        ("少于3次", "<", "3", "次"),
        ("=100%", "=", "100", "%"),
        ("≥ 95 %", "≥", "95", "%"),
        ("＞＝９５％", "≥", "95", "%"),
        (">=95%", "≥", "95", "%"),
        ("≧80%", "≥", "80", "%"),
        ("90%以上", "≥", "90", "%"),
        ("≥90%以上", "≥", "90", "%"),
        ("5人以下", "≤", "5", "人"),
        ("3个工作日以内", "≤", "3", "个工作日"),
        ("-5%", "=", "-5", "%"),
        ("≥-1.5%", "≥", "-1.5", "%"),
    ])
    func takesApart(_ text: String, _ comparison: String, _ number: String, _ unit: String) throws {
        let value = try #require(IndicatorValue(parsing: text))
        #expect(value.comparison.rawValue == comparison)
        #expect(value.number == number)
        #expect(value.unit == unit)
    }

    /// Values that are not one comparison, one number and one unit give no parts: no guessing.
    @Test(arguments: [
        "显著提升",
        "",
        "是",
        "≤项目立项/预算批复数",
        "劳务派遣人员≤9万元/人/年，社工≤119277元/人/年",
        "月均≥15单",
        "90%-95%",
        "90%~95%",
        "1-2次",
        "≥95%（2025年）",
        "1,2次",
        "约100人",
        "≥90%以下",
        "按合同约定完成全部建设内容",
        "$\\geq$ 95%",
        ".5",
        "≥",
    ])
    func givesNoPartsFor(_ text: String) {
        #expect(IndicatorValue(parsing: text) == nil)
    }
}
