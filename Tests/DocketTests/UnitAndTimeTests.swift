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
    ])
    func splitsListsAsTheGuideSays(_ input: String, _ expected: [String]) {
        #expect(units.splitList(input) == expected)
    }

    @Test func notesWithRolesAndLabels() {
        let a = units.parseNote("负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区")
        #expect(a.lead == ["发展改革委", "粮食和储备局"])
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
    ])
    func resolvesPeriodsToTheirLastDay(_ text: String, _ expected: String) {
        #expect(date(text) == expected)
    }

    @Test func aBareYearIsNotADeadline() {
        #expect(date("2019年起实施") == nil)
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
