import Foundation
import Testing
@testable import DocketExtract
@testable import DocketModel

@Suite struct UnitListTests {
    let units = UnitParser(lexicon: .standard)

    @Test(arguments: [
        ("市发改委、市财政局", ["市发改委", "市财政局"]),
        ("市发改委和市财政局", ["市发改委", "市财政局"]),
        ("各级党委和政府", ["各级党委和政府"]),
        ("财政、发展改革等部门", ["财政部门", "发展改革部门"]),
        ("各省、自治区、直辖市人民政府", ["各省、自治区、直辖市人民政府"]),
        ("人力资源社会保障部等有关部门和单位", ["人力资源社会保障部"]),
        ("海关总署等", ["海关总署"]),
        ("国务院、最高人民检察院党组", ["国务院党组", "最高人民检察院党组"]),
        ("管委会、区党工委", ["管委会", "区党工委"]),
        ("财政、发展改革、组织部门", ["财政部门", "发展改革部门", "组织部门"]),
        ("财政和医保部门", ["财政部门", "医保部门"]),
        ("医保、医疗、医药主管部门", ["医保主管部门", "医疗主管部门", "医药主管部门"]),
        ("同级财政、税务部门", ["同级财政部门", "税务部门"]),
        ("宣传部门、组织部门", ["宣传部门", "组织部门"]),
    ])
    func splitsListsAsTheGuideSays(_ input: String, _ expected: [String]) {
        #expect(units.splitList(input) == expected)
    }

    @Test func phrasesThatAreNoUnitNames() {
        // A permission, a choice, a duty or encouragement after a word of manner is no name; a unit with its role
        // in brackets is the unit; a single-character variant of its suffix stays.
        // A list of things joined by 、 (安置小区一期项目、妇幼保健院) and a word that points back (以上责任单位) are
        // no names either; 、 inside brackets or after 各 joins parts of one name.
        for s in ["各地可以指定部门或机构", "积极支持工会", "人民银行某县支行负责协调各银行业金融机构", "负责组织相关部门",
                  "安置小区一期项目、妇幼保健院", "以上责任单位", "上述部门", "设立财经委员会", "当前正处"] {
            #expect(!units.looksLikeAddressee(s), "\(s)")
            #expect(!units.looksLikeUnit(s), "\(s)")
        }
        #expect(units.looksLikeUnit("人民银行某县支行"))
        #expect(units.looksLikeUnit("各省、自治区、直辖市人民政府") && units.looksLikeUnit("各县(市、区)政府") && units.looksLikeUnit("某州海关"))
        #expect(units.looksLikeUnit("地方各级人民政府办公厅(室)"))
        #expect(units.splitList("县住建局(住房保障部门)、县民政局") == ["县住建局", "县民政局"])
    }

    @Test func personsAddressedAreNoBody() {
        // 各位领导除负责分管范围外…: 各位 addresses persons.
        for s in ["各位领导", "各位领导除", "各位代表"] { #expect(!units.looksLikeAddressee(s), "\(s)") }
    }

    @Test func aNotesPersonFieldsNameNoUnit() {
        let a = units.parseNote("牵头领导：张某；牵头单位：市水利局；配合单位：市财政局；责任人：李某")
        #expect(a.lead == ["市水利局"])
        #expect(a.support == ["市财政局"])
    }

    @Test func aFieldsListRunsOnPastAComma() {
        // 配合单位：A、B，各区、县级市: the units after the comma are the field's too; a clause that is no list of units
        // (a time) is not, and a field of leads runs on the same way.
        let a = units.parseNote("牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市")
        #expect(a.lead == ["市发展改革委"])
        #expect(a.support == ["市委组织部", "市人力资源和社会保障局", "各区、县级市"])
        let b = units.parseNote("配合单位：市教育局，2025年底前完成")
        #expect(b.support == ["市教育局"] && b.lead.isEmpty && b.responsible.isEmpty)
        let c = units.parseNote("牵头单位：市水利局，市财政局，配合单位：市农业农村局")
        #expect(c.lead == ["市水利局", "市财政局"] && c.support == ["市农业农村局"])
    }

    @Test func collectiveAddresseesNameABodyOfTheirOwn() {
        // After 有关/相关 a collective names a body (有关方面, 相关地区), not data or a matter; a unit followed by the
        // start of the next word (各业务主管部门关(于…)) is no addressee, a unit with its variant in brackets is.
        for s in ["有关方面", "相关地区", "各地区", "各级党委(党组)"] { #expect(units.looksLikeAddressee(s), "\(s)") }
        for s in ["相关可信数据", "有关情况", "各业务主管部门关"] { #expect(!units.looksLikeAddressee(s), "\(s)") }
    }

    @Test func aUnitAfterByEndsWhereItsDutyBegins() {
        // 由X推荐, 由X办成…: the unit acts; a longer phrase that only ends like a unit (…办成公办园) is its duty.
        let a = Array("试点城市由省级有关部门推荐，报国务院同意。".unicodeScalars)
        #expect(units.unitActingAfterBy(a, 0..<a.count) == ["省级有关部门"])
        let b = Array("移交后应当由教育行政部门办成公办园，不得改变用途。".unicodeScalars)
        #expect(units.unitActingAfterBy(b, 0..<b.count) == ["教育行政部门"])
    }

    @Test func aRequestNamesTheUnitsItAsks() {
        // 要求 opens no unit name, yet the units it asks own the duty, also in a later clause.
        let a = Array("区管委会加快推进标准化建设，要求各行业主管部门督促企业完善资料。".unicodeScalars)
        #expect(units.subjects(a, 0..<a.count).lead == ["区管委会", "各行业主管部门"])
        #expect(!units.looksLikeUnit("要求各行业主管部门"))
    }

    @Test func unitsThatTakePartSupport() {
        // 吸收X、Y等部门人员参加: they take part, as support; a body described as 有关部门参与的机制 sets no duty.
        let a = Array("在项目竣工时吸收公安、安全监管等部门人员参加，严格安全评价。".unicodeScalars)
        #expect(units.subjects(a, 0..<a.count).support == ["公安部门", "安全监管部门"])
        let b = Array("各省政府要建立省级政府办公厅牵头、省级有关部门参与的工作机制。".unicodeScalars)
        #expect(units.subjects(b, 0..<b.count).support == [])
    }

    @Test(arguments: [
        ("市交通局6月底前完成道路修复。", ["市交通局"]),
        ("市财政局年底前完成资金拨付，有关单位配合。", ["市财政局"]),
        ("区住建局10个工作日内完成排查。", ["区住建局"]),
        ("县农业农村局2025年12月31日前完成总结。", ["县农业农村局"]),
        ("县农业农村局年内完成改造。", ["县农业农村局"]),
        ("县应急管理局国庆节前完成安全大检查。", ["县应急管理局"]),
        ("县财政局本周内完成资金拨付。", ["县财政局"]),
        ("县水利局汛期前完成水库除险加固。", ["县水利局"]),
    ])
    func aDeadlineBetweenTheUnitAndItsVerbIsNoPartOfTheUnit(_ text: String, _ lead: [String]) {
        // (Also a holiday, a week or a season: 国庆节前, 下周五前, 汛期前.)
        let a = Array(text.unicodeScalars)
        #expect(units.subjects(a, 0..<a.count).lead == lead)
    }

    @Test func aDeadlineBetweenAnOpeningUnitAndItsActionIsNoPartOfTheUnit() {
        let a = Array("县农业农村局6月底前制定实施方案。".unicodeScalars)
        #expect(units.openingUnits(a, 0..<a.count) == ["县农业农村局"])
        let b = Array("县农业农村局制定实施方案。".unicodeScalars)
        #expect(units.openingUnits(b, 0..<b.count) == ["县农业农村局"])
        let c = Array("县农业农村局6月底前报送工作总结。".unicodeScalars)
        #expect(units.openingUnits(c, 0..<c.count) == ["县农业农村局"], "报送 is an action")
    }

    @Test func collectivesOwnAndHelpersSupport() {
        // 乡镇要… addresses every township, as 各地 does; units that assist (共同协助) are support, not owners.
        let a = Array("乡镇要健全完善安全生产目标责任和考核体系。".unicodeScalars)
        #expect(units.subjects(a, 0..<a.count).lead == ["乡镇"])
        let b = Array("行政村党支部、村民委员会共同协助上级政府部门落实监管工作。".unicodeScalars)
        #expect(units.subjects(b, 0..<b.count).lead == [])
        #expect(units.subjects(b, 0..<b.count).support == ["行政村党支部", "村民委员会"])
        #expect(units.openingUnits(b, 0..<b.count) == [])
    }

    @Test func aGluedItemTitleIsCutFromTheAddressee() {
        // Run-on copies glue an item's short title to the unit after it; names that hold 各 or a region word stay.
        #expect(units.droppingGluedTitle("资金保障区财政部门") == "区财政部门")
        #expect(units.droppingGluedTitle("企业标准化各行业主管部门") == "各行业主管部门")
        for name in ["平潭综合实验区管委会", "中央和国家机关各部门", "县级以上地方各级人民政府", "区财政部门"] {
            #expect(units.droppingGluedTitle(name) == name)
        }
    }

    @Test func trimmingScalarsMatchesFoundationOnTheseSets() {
        for s in ["", "　", " ，市水利局、；", "\t市财政局\u{00A0}", "市、", "，，"] {
            #expect(s.trimmingScalars(" ,，、;；:：。") == s.trimmingCharacters(in: CharacterSet(charactersIn: " ,，、;；:：。")))
            #expect(s.trimmingScalars(spaceScalars) == s.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func notesWithRolesAndLabels() {
        let a = units.parseNote("负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区")
        #expect(a.resolved(firstListedLeads: false).lead == ["发展改革委", "粮食和储备局"])
        // (The units a 负责部门 label names are responsible: the first leads where the first-listed leads.)
        #expect(a.resolved(firstListedLeads: true) == (["发展改革委"], ["粮食和储备局"]))
        #expect(units.parseNote("牵头单位：发展改革委、粮食和储备局").resolved(firstListedLeads: true).lead == ["发展改革委", "粮食和储备局"])
        let b = units.parseNote("生态环境部牵头，国家发展改革委、财政部参与").resolved(firstListedLeads: false)
        #expect(b.lead == ["生态环境部"])
        #expect(b.support == ["国家发展改革委", "财政部"])
        let c = units.parseNote("财政部、人力资源社会保障部负责").resolved(firstListedLeads: false)
        #expect(c.lead == ["财政部", "人力资源社会保障部"] && c.support.isEmpty)
        let d = units.parseNote("财政部、人力资源社会保障部负责").resolved(firstListedLeads: true)
        #expect(d.lead == ["财政部"] && d.support == ["人力资源社会保障部"])
    }
}

@Suite struct TimeTests {
    @Test func aSignatureDateInChineseNumerals() {
        // The year is read digit by digit (〇, O, 两 included); a numeral that is no digit (十) makes no year.
        #expect(DocumentInfoFinder.chineseDate("二〇一八年十一月七日")?.iso == "2018-11-07")
        #expect(DocumentInfoFinder.chineseDate("二O一二年九月六日")?.iso == "2012-09-06")
        #expect(DocumentInfoFinder.chineseDate("二十二年十月一日") == nil)
    }

    let finder = TimeFinder(year: 2025, documentDate: Day(year: 2025, month: 9, day: 30), calendar: .standard)

    func date(_ s: String) -> String? {
        let t = Array(s.unicodeScalars)
        return finder.find(t, in: 0..<t.count).compactMap(\.date).max()?.iso
    }

    @Test(arguments: [
        ("年底前完成", "2025-12-31"), ("下半年", "2025-12-31"), ("上半年", "2025-06-30"),
        ("三季度完成", "2025-09-30"), ("第一季度末", "2025-03-31"), ("2026年6月底前", "2026-06-30"),
        ("9月15日前", "2025-09-15"), ("明年", "2026-12-31"), ("到2027年", "2027-12-31"),
        ("2025—2027年", "2027-12-31"), ("“十五五”时期", "2030-12-31"),
        ("2019年1月1日至12月31日", "2019-12-31"),
        ("从2026年1月1日起，实施三年青年见习计划", "2028-12-31"), ("自2026年起用两年时间完成改造", "2027-12-31"),
    ])
    func resolvesPeriodsToTheirLastDay(_ text: String, _ expected: String) {
        #expect(date(text) == expected)
    }

    @Test func holidaysAndWeeksAreCountedFromTheDocument() {
        // The document is dated Tuesday 30 September 2025: the holidays next after it, from the shipped calendar.
        #expect(date("国庆节前完成") == "2025-09-30", "National Day 2025 begins on 1 October")
        #expect(date("春节前完成慰问") == "2026-02-14", "the coming Spring Festival, not this year's")
        #expect(date("元旦前报送") == "2025-12-31")
        #expect(date("“五一”前完成") == "2026-04-30")
        #expect(date("春节前后") == nil, "around a holiday is no time to be done by")
        #expect(date("本周内完成") == "2025-10-05", "this week's Sunday")
        #expect(date("本周五前报送") == "2025-10-03")
        #expect(date("下周三前报送") == "2025-10-08")
        let t = Array("县水利局汛期前完成除险加固".unicodeScalars)
        #expect(finder.find(t, in: 0..<t.count).map(\.text) == ["汛期前"], "a season is a time, without a date")
        let u = Array("组织汛前安全大检查".unicodeScalars)
        #expect(finder.find(u, in: 0..<u.count).isEmpty, "汛前 naming a kind of check is no time")
    }

    @Test func aFiveYearPlanIsATimeOnlyAsAPeriod() {
        #expect(date("到“十五五”末") == "2030-12-31")
        #expect(date("做好“十五五”工作") == "2030-12-31")
        #expect(date("实现今年乃至“十五五”目标任务") == "2030-12-31", "the plan's targets are due by its end")
        #expect(date("制定“十五五”碳达峰实施方案") == nil, "the plan's work, not a time to be done by")
        #expect(date("开展“十五五”规划编制工作") == nil)
        #expect(date("实现“十五五”良好开局") == nil)
    }

    @Test func aBareYearIsNotADeadline() {
        #expect(date("2019年起实施") == nil)
        #expect(date("从2026年起，组织青年参加培训") == nil, "青年 is no span of years")
        #expect(date("从2026年起，三年以上的项目优先") == nil, "三年以上 is a length, not a span from the start")
    }

    @Test func theTurnOfTheYearIsATimeWithoutADate() {
        let t = Array("要做好岁末年初保供稳价工作".unicodeScalars)
        let m = finder.find(t, in: 0..<t.count)
        #expect(m.map(\.text) == ["岁末年初"])
        #expect(m.first?.date == nil, "it spans two years: the deadline stays open rather than taking a scope's date")
        let routine = Array("坚持岁末年初有部署、季度有通报".unicodeScalars)
        #expect(finder.find(routine, in: 0..<routine.count).isEmpty, "a routine's schedule names no time to be done by")
    }

    @Test func workingDaysFollowTheHolidayCalendar() throws {
        let cal = WorkingDayCalendar.standard
        // 2025-10-01..08 is the National Day holiday; Saturday 2025-10-11 is a swapped working day (调休).
        let sat = try #require(Day(year: 2025, month: 10, day: 11))
        #expect(sat.weekday == 6)
        #expect(cal.isWorkingDay(sat))
        #expect(!cal.isWorkingDay(try #require(Day(year: 2025, month: 10, day: 3))))
        // 5 working days after 2025-09-30: 10-09, 10-10, 10-11 (调休), 10-13, 10-14.
        #expect(cal.addingWorkingDays(5, to: try #require(Day(year: 2025, month: 9, day: 30))).iso == "2025-10-14")
        #expect(date("5个工作日内") == "2025-10-14")
    }

    @Test func dayArithmeticRoundTrips() throws {
        let d = try #require(Day(year: 2024, month: 2, day: 29))
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(d.adding(days: 1).iso == "2024-03-01")
        #expect(Day(year: 2025, month: 2, day: 29) == nil)
    }
}

/// Support units named around the verbs of a clause (text written for these tests).
@Suite struct PartnerUnitTests {
    let units = UnitParser(lexicon: .standard)

    func subjects(_ s: String) -> UnitAssignment {
        let t = Array(s.unicodeScalars)
        return units.subjects(t, 0..<t.count)
    }

    @Test func partnersAfterHuitongEndWhereTheDutyBegins() {
        let a = subjects("市水利局要会同有关方面统筹组织开展检查。")
        #expect(a.lead == ["市水利局"])
        #expect(a.support == ["有关方面"], "统筹 begins the duty")
        // 建设 inside 住房城乡建设局 is part of a name, not the duty.
        let b = subjects("市发展改革委要会同市住房城乡建设局、市财政局制定实施细则。")
        #expect(b.support == ["市住房城乡建设局", "市财政局"])
        let c = subjects("市生态环境局会同有关部门组建工作专班和专家组，建立协调机制。")
        #expect(c.support == ["有关部门"], "组建 begins the duty; the 专家组 it forms is no partner")
    }

    @Test func unitsAfterLianheOrPeiheSupport() {
        #expect(subjects("已联合区公安局、区交通局共同制定整治方案。").support == ["区公安局", "区交通局"])
        let p = subjects("进一步配合城关派出所做好摸排工作。")
        #expect(p.support == ["城关派出所"], "\(p)")
        #expect(subjects("由区应急局牵头，区公安局和各街道办事处配合对重点路段开展排查。").support == ["区公安局", "各街道办事处"])
        // 联合 inside a name, or after 由, is no partner verb.
        #expect(subjects("由联合检查办公室对检查组成员进行培训。").support.isEmpty)
        #expect(subjects("积极融入全省数据中心协同创新体系。").support.isEmpty)
        #expect(subjects("配合做好宣传工作。").support.isEmpty, "配合 with no unit after it names none")
        #expect(subjects("要加大统筹协调力度，会同有关部门建立协调机制。").support == ["有关部门"], "会同 opening a clause")
    }
}

@Suite struct RoleWordTests {
    @Test func twoRoleWordsInARowLeaveTheUnitWhole() {
        let a = UnitParser(lexicon: .standard).parseNote("市农业农村局、市工业和信息化局牵头负责").resolved(firstListedLeads: false)
        #expect(a.lead == ["市农业农村局", "市工业和信息化局"])
    }

    @Test func ziyouIsAWordNotAFunctionWord() {
        let units = UnitParser(lexicon: .standard)
        #expect(units.looksLikeUnit("市自由贸易试验区工作领导小组办公室"))
        #expect(!units.looksLikeUnit("由市水利局负责的办公室"))
    }

    @Test func aUnitRightAfterADeadlineOwnsTheDuty() {
        let units = UnitParser(lexicon: .standard)
        let t = Array("2026年起，每年2月底前各区县完成辖区内考核工作，3月底前市卫生健康委完成指标分析工作。".unicodeScalars)
        #expect(units.subjects(t, 0..<t.count).lead == ["各区县", "市卫生健康委"])
        #expect(!units.looksLikeUnit("3月底前市卫生健康委"), "a date is no part of a name")
    }

    @Test func unitsMadeTheBodyInCharge() {
        // 由X作为责任主体负责实施: X leads; a state forest farm (国有防护林场) is a unit.
        let t = Array("由相关乡镇、国有防护林场作为责任主体（业主单位）负责实施。".unicodeScalars.map(SourceText.fold))
        #expect(UnitParser(lexicon: .standard).subjects(t, 0..<t.count).lead == ["相关乡镇", "国有防护林场"])
    }

    @Test func thePersonsWhoMakeUpAGroupOwnNothing() {
        // 成员由相关科室负责人组成: 负责 in 负责人 is a noun, and the units whose heads make up a group are no owners.
        let t = Array("领导小组组长由局长担任，成员由相关科室负责人组成。".unicodeScalars.map(SourceText.fold))
        #expect(UnitParser(lexicon: .standard).subjects(t, 0..<t.count).lead.isEmpty)
    }

    @Test func xiangguanOpensAnAddresseeAsYouguanDoes() {
        let t = Array("相关区县要密切跟踪试点落实情况。".unicodeScalars)
        #expect(UnitParser(lexicon: .standard).subjects(t, 0..<t.count).lead == ["相关区县"])
    }
}

@Suite struct LexiconFingerprintTests {
    @Test func editingAListChangesTheExtractorVersion() throws {
        let source = Fixtures.packageRoot.appendingPathComponent("Sources/DocketExtract/Resources/lexicon")
        let copy = Fixtures.tempDir("lexicon").appendingPathComponent("lexicon")
        try FileManager.default.copyItem(at: source, to: copy)
        #expect(try Lexicon(directory: copy).fingerprint == Lexicon.standard.fingerprint, "the same lists, the same fingerprint")
        #expect(Extractor.version.hasSuffix("+" + Lexicon.standard.fingerprint))
        let verbs = copy.appendingPathComponent("action-verbs.txt")
        try (try String(contentsOf: verbs, encoding: .utf8) + "督办\n").write(to: verbs, atomically: true, encoding: .utf8)
        #expect(try Lexicon(directory: copy).fingerprint != Lexicon.standard.fingerprint, "an added verb changes it")
    }
}
