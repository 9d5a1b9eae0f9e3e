import FormModel
import Testing

/// The indicator table's repairs, each on the smallest snippet that shows it. `|` is a tab.
@Suite struct IndicatorTableTests {
    static let header = "绩效指标|一级指标|二级指标|三级指标|实施周期指标值|年度指标值"

    @Test func blankLevelsContinueTheRowAbove() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        \(Self.header)
        |成本指标|经济成本指标|项目支出数额|≤289万元|≤289万元
        |||政府采购节约率|≥5%|≥5%

        |||三公经费变动率|≤10%|≤10%
        """)
        #expect(form.indicators.map(\.levels) == [
            ["成本指标", "经济成本指标", "项目支出数额", "≤289万元", "≤289万元"],
            ["成本指标", "经济成本指标", "政府采购节约率", "≥5%", "≥5%"],
            ["成本指标", "经济成本指标", "三公经费变动率", "≤10%", "≤10%"],
        ])
    }

    @Test func emptyCategoriesKeepTheirRow() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        \(Self.header)
        |成本指标|经济成本指标|宣传费|≤2万元/场|≤2万元/场
        ||社会成本指标|||
        |效益指标|经济效益|||
        |生态效益||||
        |满意度指标|服务对象满意度|市民满意度|≥90%|≥90%
        """)
        #expect(form.indicators.map(\.levels) == [
            ["成本指标", "经济成本指标", "宣传费", "≤2万元/场", "≤2万元/场"],
            ["成本指标", "社会成本指标", "", "", ""],
            ["效益指标", "经济效益", "", "", ""],
            ["效益指标", "生态效益", "", "", ""],
            ["满意度指标", "服务对象满意度", "市民满意度", "≥90%", "≥90%"],
        ])
    }

    @Test func categoryOnARowOfItsOwnJoinsTheIndicatorsBelow() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        \(Self.header)
        |成本指标|经济成本指标|律师费|≤27万元|≤27万元
        ||社会成本指标|||
        ||效益指标|社会效益指标||
        |||群众法治意识|明显提升|明显提升
        """)
        #expect(form.indicators.map(\.levels) == [
            ["成本指标", "经济成本指标", "律师费", "≤27万元", "≤27万元"],
            ["成本指标", "社会成本指标", "", "", ""],
            ["效益指标", "社会效益指标", "群众法治意识", "明显提升", "明显提升"],
        ])
        #expect(form.codes(.inferredLabel) == [5])
    }

    @Test func levelTwoNameInTheLevelOneColumnIsMoved() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        \(Self.header)
        |产出指标|数量指标|开展宣传活动次数|12次|12次
        |时效指标||宣传与维稳工作开展及时率|100%|100%
        """)
        #expect(form.indicators[1].levels == ["产出指标", "时效指标", "宣传与维稳工作开展及时率", "100%", "100%"])
        #expect(form.codes(.movedCell) == [4])
    }

    @Test func levelOneNameInTheLevelTwoColumnIsMoved() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        \(Self.header)
        ||效益指标|经济效益||
        |社会效益||涉稳舆情处置率（%）|100%|100%
        """)
        #expect(form.indicators.map(\.levels) == [
            ["效益指标", "经济效益", "", "", ""],
            ["效益指标", "社会效益", "涉稳舆情处置率（%）", "100%", "100%"],
        ])
    }

    @Test func rowShiftedLeftIsReadByItsCells() throws {
        let form = try readForm("""
        ## 项目绩效目标批复表
        绩效指标|一级指标|二级指标|三级指标|实施周期指标值|当年度指标值
        满意度指标|服务对象满意度|受惠对象满意率|≥99%|≥99%|
        """)
        #expect(form.indicators.map(\.levels) == [["满意度指标", "服务对象满意度", "受惠对象满意率", "≥99%", "≥99%"]])
        #expect(!form.codes(.movedCell).isEmpty)
    }

    @Test func levelTwoAlsoUsedAsLevelThreeNameStaysLevelThree() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        \(Self.header)
        |满意度指标|服务对象满意度|服务对象满意度|≥98%|≥98%
        """)
        #expect(form.indicators[0].levels == ["满意度指标", "服务对象满意度", "服务对象满意度", "≥98%", "≥98%"])
    }

    @Test func levelsShiftedLeftWithEmptyLevelTwoColumn() throws {
        let form = try readForm("""
        ## 部门整体预算绩效目标申报表
        |一级指标|二级指标|三级指标|实施周期指标值|年度指标值
        产出指标|数量指标||数据更新量|≥2000万条|≥2000万条
        绩效指标||质量指标|系统正常运行率|≥95%|≥95%
        """)
        #expect(form.indicators.map(\.levels) == [
            ["产出指标", "数量指标", "数据更新量", "≥2000万条", "≥2000万条"],
            ["产出指标", "质量指标", "系统正常运行率", "≥95%", "≥95%"],
        ])
    }

    @Test func sideBySideHalvesGiveTheTwoValues() throws {
        let form = try readForm("""
        部门（单位）整体支出绩效目标批复表
        一级指标|二级指标|三级指标|实施周期指标值 (或计划水平)|二级指标|三级指标|年度计划指标值(或计划水平)||
        ||社工完成个案数量|≥3个||社工完成个案数量|≥3个||

        |一级指标|二级指标|三级指标|实施周期指标值(或计划水平)|二级指标|三级指标|年度计划指标值(或 计划水平)
        绩效指标|产出指 标|数量指标|开展教育活动场次|≥10次|数量指标|开展教育活动场次|≥10次
        |质量指标|质量指标|社工服务质量|优|质量指标|社工服务质量|优
        |||普法宣传覆盖率为|>90%||普法宣传覆盖率|>90%
        |||刑罚执行与社区矫正衔接率|100%||刑罚执行与社区矫正衔接率|1
        """)
        #expect(form.indicatorLayout == .sideBySide)
        #expect(form.indicators.map(\.levels) == [
            ["产出指标", "数量指标", "社工完成个案数量", "≥3个", "≥3个"],
            ["产出指标", "数量指标", "开展教育活动场次", "≥10次", "≥10次"],
            ["产出指标", "质量指标", "社工服务质量", "优", "优"],
            ["产出指标", "质量指标", "普法宣传覆盖率为", ">90%", ">90%"],
            ["产出指标", "质量指标", "刑罚执行与社区矫正衔接率", "100%", "1"],
        ])
        #expect(form.indicators[3].annualLevel3 == "普法宣传覆盖率")
        #expect(form.codes(.inferredLabel).contains(3))
        #expect(form.codes(.droppedHeader) == [5])
        #expect(form.codes(.joinedWord).contains(6))
    }

    @Test func costAsLevelTwoStaysUnderTheLevelOneAbove() throws {
        let form = try readForm("""
        部门（单位）整体支出绩效目标批复表
        |一级指标|二级指标|三级指标|实施周期指标值|二级指标|三级指标|年度指标值
        绩效指标|产出指标|数量指标|补贴镇村数|22个|数量指标|补贴镇村数|22个
        ||成本指标|驻村法律顾问工作补贴|18000元/村(社区)||驻村法律顾问工作补贴|18000元/村(社区)
        """)
        #expect(form.indicators[1].levels == ["产出指标", "成本指标", "驻村法律顾问工作补贴", "18000元/村(社区)", "18000元/村(社区)"])
    }

    @Test func fullWidthValuesBecomeHalfWidth() throws {
        let form = try readForm("""
        # 部门整体预算绩效目标申报表
        \(Self.header)
        |产出指标|数量指标|服务人次数|≥５００人次|＞９０％
        """)
        #expect(form.indicators[0].periodValue == "≥500人次")
        #expect(form.indicators[0].annualValue == ">90%")
    }
}
