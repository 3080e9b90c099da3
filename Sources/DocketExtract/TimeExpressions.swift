import DocketModel

/// A time expression found in the text.
public struct TimeMention: Sendable, Hashable {
    /// Where it is.
    public var range: SourceRange
    /// The text as written.
    public var text: String
    /// The day it ends on, when the year can be known.
    public var date: Day?
    /// Whether the year came from the text itself (2025年6月底) rather than from the document.
    public var hasYear: Bool
}

/// Finds time expressions and resolves them to the last day of the period they name.
public struct TimeFinder: Sendable {
    /// The year a time without its own year belongs to; nil when unknown.
    public var year: Int?
    /// The document's date, for 印发之日起30日内.
    public var documentDate: Day?
    /// The working-day calendar, for X个工作日内.
    public var calendar: WorkingDayCalendar

    /// Creates a finder.
    public init(year: Int?, documentDate: Day?, calendar: WorkingDayCalendar) {
        self.year = year
        self.documentDate = documentDate
        self.calendar = calendar
    }

    private static func digits(_ t: [Unicode.Scalar], _ i: Int, _ end: Int, max: Int) -> (Int, Int)? {
        var j = i
        var v = 0
        while j < end, j - i < max, t[j].value >= 0x30, t[j].value <= 0x39 { v = v * 10 + Int(t[j].value - 0x30); j += 1 }
        return j > i ? (v, j) : nil
    }

    /// A year written digit by digit in Chinese numerals before 年 (二〇一二年): its value and where it ends.
    private static func cnYear(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Int, Int)? {
        guard i + 4 < end, t[i + 4] == "年" else { return nil }
        var v = 0
        for k in i..<(i + 4) {
            guard let d = Self.digitOf[t[k]] else { return nil }
            v = v * 10 + d
        }
        return (v, i + 4)
    }

    /// The digit each Chinese numeral stands for when a number is written digit by digit.
    static let digitOf: [Unicode.Scalar: Int] = ["〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    private static func cnDigits(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Int, Int)? {
        if let d = digits(t, i, end, max: 4) { return d }
        var j = i
        while j < end, j - i < 4, Markers.isCJKNumeral(t[j]) { j += 1 }
        guard j > i, let n = Markers.readNumber(t, i, j) else { return nil }
        return (n, j)
    }

    private static func has(_ t: [Unicode.Scalar], _ i: Int, _ end: Int, _ w: String) -> Bool {
        var k = i
        for u in w.unicodeScalars {
            guard k < end, t[k] == u else { return false }
            k += 1
        }
        return true
    }

    private static func string(_ t: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        ScalarStrings.make(t[a..<b])
    }

    /// The scalars a time expression can start with, besides digits and Chinese numerals.
    static let starters = ScalarSet("年今本全完上下明新同第十岁月○春国元五劳清端中“\"汛入主开")

    /// Times a deadline is set by that no calendar dates (汛前, 主汛期前, 开学前): kept as written, with no date.
    static let seasons: [[Unicode.Scalar]] = ["主汛期前", "汛期前", "入汛前", "汛前", "开学前"].map { Array($0.unicodeScalars) }

    /// The public holidays a deadline may be set by (国庆节前), as written, longest first, with their names in the
    /// calendar's list.
    static let holidayWords: [([Unicode.Scalar], String)] = [
        ("“五一”劳动节", "Labour Day"), ("\"五一\"劳动节", "Labour Day"), ("“五一”", "Labour Day"), ("\"五一\"", "Labour Day"),
        ("五一劳动节", "Labour Day"), ("劳动节", "Labour Day"), ("五一", "Labour Day"),
        ("国庆节", "National Day"), ("国庆", "National Day"), ("春节", "Spring Festival"), ("元旦", "New Year's Day"),
        ("清明节", "Tomb-sweeping Day"), ("端午节", "Dragon Boat Festival"), ("中秋节", "Mid-autumn Festival"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// 国庆节前, 春节前, “五一”前: the day before the holiday that comes next after the document, when the calendar
    /// lists it (the text is kept either way); its end. Not 节后 or 节前后, which say when, not by when.
    func holiday(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (day: Day?, end: Int)? {
        for (w, name) in Self.holidayWords where i + w.count < end && t[i..<(i + w.count)].elementsEqual(w) {
            var k = i + w.count
            if Self.has(t, k, end, "之前") { k += 2 } else if Self.has(t, k, end, "以前") { k += 2 } else if Self.has(t, k, end, "前") { k += 1 } else { return nil }
            if Self.has(t, k, end, "后") { return nil }
            let from = documentDate ?? year.flatMap { Day(year: $0, month: 1, day: 1) }
            return (from.flatMap { calendar.nextHoliday(named: name, onOrAfter: $0) }.map { $0.adding(days: -1) }, k)
        }
        return nil
    }

    /// The days of the week as 周 names them, Monday first (日 and 天 both Sunday).
    static let weekdayNames = Array("一二三四五六日天".unicodeScalars)

    /// 本周内, 本周五前, 下周三前, 下周内: the end of the week named (Sunday) or its day, counted from the document's date.
    func week(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (day: Day?, end: Int)? {
        guard i + 2 < end, t[i] == "本" || t[i] == "下", t[i + 1] == "周" else { return nil }
        var k = i + 2
        var weekday = 7
        if let d = Self.weekdayNames.firstIndex(of: t[k]) {
            weekday = min(7, d + 1)
            k += 1
        }
        guard k < end, t[k] == "前" || t[k] == "内" || t[k] == "末" else { return nil }
        k += 1
        let day = documentDate.map { d in d.adding(days: (t[i] == "下" ? 7 : 0) + weekday - d.weekday) }
        return (day, k)
    }

    static let quarterWords: [(String, Int)] = [("一季度", 3), ("二季度", 6), ("三季度", 9), ("四季度", 12),
                                                ("1季度", 3), ("2季度", 6), ("3季度", 9), ("4季度", 12)]
    static let fiveYearPlans: [(String, Int)] = [("十三五", 2020), ("十四五", 2025), ("十五五", 2030), ("十六五", 2035)]

    /// A finder for dates that carry their own year (signatures, 2018年11月7日): no document year or date.
    public static let fullDates = TimeFinder(year: nil, documentDate: nil, calendar: .weekendsOnly)

    /// Every time expression in a range, left to right.
    public func find(_ t: [Unicode.Scalar], in r: Range<Int>) -> [TimeMention] {
        var out: [TimeMention] = []
        let end = r.upperBound
        var i = r.lowerBound
        var lastYear: Int? = nil
        func add(_ a: Int, _ b: Int, _ d: Day?, _ hasYear: Bool) {
            out.append(TimeMention(range: SourceRange(start: a, end: b), text: Self.string(t, a, b), date: d, hasYear: hasYear))
        }
        while i < end {
            // Most scalars cannot start a time expression: skip them at once.
            if !Self.starters.contains(t[i]) && !Markers.isDigit(t[i]) && !Markers.isCJKNumeral(t[i]) { i += 1; continue }
            // 2025年…, 2025—2027年
            // (二〇一二年九月六日: a year written digit by digit in Chinese numerals.)
            if let (y, j) = Self.digits(t, i, end, max: 4) ?? Self.cnYear(t, i, end), j - i == 4, (1990...2100).contains(y) {
                var k = j
                var yearValue = y
                if k < end, t[k] == "-" || t[k] == "—" || t[k] == "–" || t[k] == "~" || t[k] == "至" || t[k] == "到" {
                    var k2 = k + 1
                    while k2 < end, t[k2] == "—" { k2 += 1 }
                    if let (y2, j2) = Self.digits(t, k2, end, max: 4), j2 - k2 == 4, y2 >= y, j2 < end, t[j2] == "年" {
                        yearValue = y2
                        k = j2
                    }
                }
                // 完成时限2016.7.10, 2017.6.27已开出整改通知书: a date written with dots.
                if k == j, k + 3 < end, t[k] == ".", let (mo, j2) = Self.digits(t, k + 1, end, max: 2), j2 + 1 < end, t[j2] == ".",
                   let (dd, j3) = Self.digits(t, j2 + 1, end, max: 2), j3 >= end || !Markers.isDigit(t[j3]) && t[j3] != ".",
                   let day = Day(year: y, month: mo, day: dd) {
                    add(i, j3, day, true)
                    i = j3
                    continue
                }
                guard k < end, t[k] == "年" else { i = j; continue }
                k += 1
                lastYear = yearValue
                if let m = monthDay(t, k, end, year: yearValue) {
                    add(i, m.end, m.day, true)
                    if let s = Self.span(t, after: m.end, end, startYear: yearValue) { add(s.range.lowerBound, s.range.upperBound, s.day, true) }
                    i = m.end
                    continue
                }
                if let s = Self.span(t, after: k, end, startYear: yearValue) {
                    add(i, k, nil, true)
                    add(s.range.lowerBound, s.range.upperBound, s.day, true)
                    i = k
                    continue
                }
                if Self.has(t, k, end, "上半年") || Self.has(t, k, end, "年中") { add(i, k + 3, Day(year: yearValue, month: 6, day: 30), true); i = k + 3; continue }
                if Self.has(t, k, end, "下半年") { add(i, k + 3, Day(year: yearValue, month: 12, day: 31), true); i = k + 3; continue }
                if let q = Self.quarter(t, k, end) { add(i, q.end, Day.endOfMonth(year: yearValue, month: q.month), true); i = q.end; continue }
                // A bare year is a deadline only when the text says by then (到2025年, 2025年底前, 2025年完成).
                let before = i > r.lowerBound ? t[i - 1] : " "
                var tail = k
                for w in ["年底前", "底前", "年底", "年末", "底", "末"] where Self.has(t, tail, end, w) { tail += w.unicodeScalars.count; break }
                let closes = tail > k || Self.has(t, tail, end, "前") || Self.has(t, tail, end, "以前") || Self.has(t, tail, end, "之前")
                    || Self.has(t, tail, end, "内") || Self.has(t, tail, end, "完成") || Self.has(t, tail, end, "基本") || Self.has(t, tail, end, "全面") || Self.has(t, tail, end, "实现")
                // 做好2015年度的规划设计工作: the work of that year, due by its end.
                if tail == k, k < end, t[k] == "度" { tail = k + 1 }
                if before == "到" || before == "至" || before == "于" || closes || yearValue != y || tail == k + 1 && t[k] == "度" {
                    add(i, tail, Day(year: yearValue, month: 12, day: 31), true)
                } else {
                    // A bare year the text only names (2025年工作, 2019年起): not a time it is due by.
                    out.append(TimeMention(range: SourceRange(start: i, end: k), text: Self.string(t, i, k), date: nil, hasYear: true))
                }
                i = tail
                continue
            }
            // 6月底前, 9月15日前 (the year of the text or the document)
            if let m = monthDay(t, i, end, year: lastYear ?? year) {
                add(i, m.end, m.day, lastYear != nil)
                i = m.end
                continue
            }
            // 1年内 is a duration, not this year.
            let afterDigit = i > r.lowerBound && Markers.isDigit(t[i - 1])
            // 完成全年…目标任务 is due at the year's end; 全年粮食产量 is not a time.
            let wholeYear = Self.has(t, i, end, "全年") && i >= r.lowerBound + 2 && Self.has(t, i - 2, end, "完成全年")
            if !afterDigit, Self.has(t, i, end, "年底") || Self.has(t, i, end, "年内") || Self.has(t, i, end, "年末") || Self.has(t, i, end, "今年") || Self.has(t, i, end, "本年度") || wholeYear {
                let len = Self.has(t, i, end, "本年度") ? 3 : 2
                add(i, i + len, year.flatMap { Day(year: $0, month: 12, day: 31) }, false)
                i += len
                continue
            }
            // 岁末年初 spans the turn of the year: a time, but no date to be done by.
            // (岁末年初有部署、季度有通报: a routine's schedule names no time to be done by.)
            if Self.has(t, i, end, "岁末年初") {
                if !Self.has(t, i + 4, end, "有") { add(i, i + 4, nil, false) }
                i += 4
                continue
            }
            if Self.has(t, i, end, "上半年") { add(i, i + 3, year.flatMap { Day(year: $0, month: 6, day: 30) }, false); i += 3; continue }
            if Self.has(t, i, end, "下半年") { add(i, i + 3, year.flatMap { Day(year: $0, month: 12, day: 31) }, false); i += 3; continue }
            if Self.has(t, i, end, "明年") {
                // 明年上半年, 明年一季度: a part of next year.
                let next = year.map { $0 + 1 }
                if Self.has(t, i + 2, end, "上半年") { add(i, i + 5, next.flatMap { Day(year: $0, month: 6, day: 30) }, false); i += 5; continue }
                if let q = Self.quarter(t, i + 2, end) { add(i, q.end, next.flatMap { Day.endOfMonth(year: $0, month: q.month) }, false); i = q.end; continue }
                add(i, i + 2, next.flatMap { Day(year: $0, month: 12, day: 31) }, false)
                i += 2
                continue
            }
            // 于本月20日前报送: a day of the document's own month.
            if Self.has(t, i, end, "本月"), let (d, j) = Self.digits(t, i + 2, end, max: 2), j < end, t[j] == "日" || t[j] == "号" {
                var k = j + 1
                if Self.has(t, k, end, "前") { k += 1 }
                add(i, k, documentDate.flatMap { Day(year: $0.year, month: $0.month, day: d) }, false)
                i = k
                continue
            }
            // 力争月底前开始打桩, 本月底前: the end of the document's own month (每月底 repeats; 6月底 was read above).
            if Self.has(t, i, end, "月底"), i == r.lowerBound || !(Markers.isDigit(t[i - 1]) || Markers.isCJKNumeral(t[i - 1]) || t[i - 1] == "每" || t[i - 1] == "个") {
                let start = i > r.lowerBound && t[i - 1] == "本" ? i - 1 : i
                add(start, i + 2, documentDate.flatMap { Day.endOfMonth(year: $0.year, month: $0.month) }, false)
                i += 2
                continue
            }
            if let h = holiday(t, i, end) ?? week(t, i, end) {
                add(i, h.end, h.day, false)
                i = h.end
                continue
            }
            // (汛前完成…, 于汛前…: a time to be done by; 汛前安全大检查 names a kind of check.)
            if let w = Self.seasons.first(where: { i + $0.count <= end && t[i..<(i + $0.count)].elementsEqual($0) }) {
                let k = i + w.count
                let byThen = i > r.lowerBound && (t[i - 1] == "于" || t[i - 1] == "在")
                    || k >= end || "，,。；;".unicodeScalars.contains(t[k])
                    || ["完成", "全面", "基本", "做好", "抓好", "落实", "启动", "实施", "推进", "开展", "组织"].contains { Self.has(t, k, end, $0) }
                if byThen { add(i, k, nil, false) }
                i = k
                continue
            }
            // 新的一年: the coming year, which is next year for a document of the last quarter.
            for w in ["新的一年", "新一年"] where Self.has(t, i, end, w) {
                let n = w.unicodeScalars.count
                let y = year.map { $0 + ((documentDate?.month ?? 1) >= 10 ? 1 : 0) }
                add(i, i + n, y.flatMap { Day(year: $0, month: 12, day: 31) }, false)
                i += n
                break
            }
            // 同年第四季度: the year just named.
            if Self.has(t, i, end, "同年") {
                let y = lastYear ?? year
                if let q = Self.quarter(t, i + 2, end) { add(i, q.end, y.flatMap { Day.endOfMonth(year: $0, month: q.month) }, lastYear != nil); i = q.end; continue }
                if Self.has(t, i + 2, end, "底") || Self.has(t, i + 2, end, "年底") { add(i, i + 3, y.flatMap { Day(year: $0, month: 12, day: 31) }, lastYear != nil); i += 3; continue }
            }
            if let q = Self.quarter(t, i, end) {
                add(i, q.end, year.flatMap { Day.endOfMonth(year: $0, month: q.month) }, false)
                i = q.end
                continue
            }
            var matchedPlan = false
            for (w, y) in Self.fiveYearPlans where Self.has(t, i, end, w) {
                // "十五五"时期/期间/末 is a time; "十五五"规划, "十五五"碳达峰实施方案, "十五五"开局 name the plan or
                // its work, not a time to be done by.
                var k = i + 3
                while k < end, t[k] == "”" || t[k] == "\"" || t[k] == "’" { k += 1 }
                if ["时期", "期间", "末", "期末", "内", "以来", "工作", "目标"].contains(where: { Self.has(t, k, end, $0) }) {
                    add(i, i + 3, Day(year: y, month: 12, day: 31), true)
                }
                i += 3
                matchedPlan = true
                break
            }
            if matchedPlan { continue }
            // 30日内, 15个工作日内, counted from the document date
            if let (n, j) = Self.cnDigits(t, i, end), n > 0, n < 1000 {
                var k = j
                if Self.has(t, k, end, "个") { k += 1 }
                // 自收到申请材料之日起3个工作日内: counted from an event, not from the document; a time with no date.
                let from = Self.anchoredToAnEvent(t, before: i, lower: r.lowerBound) ? nil : documentDate
                if Self.has(t, k, end, "工作日内") {
                    add(i, k + 4, from.map { calendar.addingWorkingDays(n, to: $0) }, from != nil)
                    i = k + 4
                    continue
                }
                if Self.has(t, k, end, "日内") || Self.has(t, k, end, "天内") {
                    add(i, k + 2, from.map { $0.adding(days: n) }, from != nil)
                    i = k + 2
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// Whether the clause before a count of days anchors it to an event of the procedure (自收到…之日起, 受理后) rather
    /// than to the document (印发之日起, 本通知下发后).
    static func anchoredToAnEvent(_ t: [Unicode.Scalar], before i: Int, lower: Int) -> Bool {
        // Only a start that the clause names (…之日起, …后) can be an event.
        guard i > lower, t[i - 1] == "起" || t[i - 1] == "后" else { return false }
        var a = i
        while a > lower, i - a < 40, t[a - 1] != "，", t[a - 1] != ",", t[a - 1] != "。", t[a - 1] != ";", t[a - 1] != "；" { a -= 1 }
        let clause = ScalarStrings.make(t[a..<i])
        if ["印发", "下发", "发布", "施行", "本通知", "本意见", "本方案", "本办法"].contains(where: { clause.includes($0) }) { return false }
        return ["收到", "接到", "受理", "申请之日", "发现", "完成后"].contains { clause.includes($0) }
    }

    /// 从2019年1月1日起，实施三年…计划: a span of N years from a start (N from 2 to 10) ends on the last day of
    /// its last year. `after` is just past the start's date; the span must follow 起 in the same sentence.
    static func span(_ t: [Unicode.Scalar], after: Int, _ end: Int, startYear: Int) -> (range: Range<Int>, day: Day?)? {
        guard has(t, after, end, "起") else { return nil }
        var k = after + 1
        while k < end, k - after < 30, t[k] != "。", t[k] != ";", t[k] != "；" {
            if t[k] == "年", k > after + 1, k + 1 < end, !has(t, k + 1, end, "以"), !has(t, k + 1, end, "前"), !has(t, k + 1, end, "来") {
                var a = k
                while a > after + 1, Markers.isCJKNumeral(t[a - 1]) || Markers.isDigit(t[a - 1]) { a -= 1 }
                if a < k, let n = Markers.readNumber(t, a, k) ?? Int(String(String.UnicodeScalarView(t[a..<k]))), (2...10).contains(n) {
                    return (a..<(k + 1), Day(year: startYear + n - 1, month: 12, day: 31))
                }
            }
            k += 1
        }
        return nil
    }

    /// 6月, 6月底, 6月30日 after a year (or alone): the day, and where the expression ends.
    private func monthDay(_ t: [Unicode.Scalar], _ i: Int, _ end: Int, year y: Int?) -> (day: Day?, end: Int)? {
        guard let (m, j) = Self.digits(t, i, end, max: 2) ?? Self.cnMonth(t, i, end), (1...12).contains(m), j < end, t[j] == "月" else { return nil }
        var k = j + 1
        // (九月六日, 十二月二十九日: the day in Chinese numerals too.)
        if let (d, j2) = Self.digits(t, k, end, max: 2) ?? Self.cnMonth(t, k, end), (1...31).contains(d), j2 < end, t[j2] == "日" || t[j2] == "号" {
            k = j2 + 1
            var day = d
            // 12月11日至12日: a range ends on its last day
            if k < end, t[k] == "至" || t[k] == "-" || t[k] == "—", let (d2, j3) = Self.digits(t, k + 1, end, max: 2), j3 < end, t[j3] == "日" {
                day = d2
                k = j3 + 1
            }
            if Self.has(t, k, end, "前") { k += 1 }
            return (y.flatMap { Day(year: $0, month: m, day: day) }, k)
        }
        if Self.has(t, k, end, "底") || Self.has(t, k, end, "末") || Self.has(t, k, end, "前") || Self.has(t, k, end, "份") {
            k += 1
            if Self.has(t, k, end, "前") { k += 1 }
            return (y.flatMap { Day.endOfMonth(year: $0, month: m) }, k)
        }
        return (y.flatMap { Day.endOfMonth(year: $0, month: m) }, k)
    }

    private static func cnMonth(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Int, Int)? {
        var j = i
        while j < end, j - i < 3, Markers.isCJKNumeral(t[j]) { j += 1 }
        guard j > i, let n = Markers.readNumber(t, i, j) else { return nil }
        return (n, j)
    }

    private static func quarter(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (month: Int, end: Int)? {
        var k = i
        if has(t, k, end, "第") { k += 1 }
        for (w, m) in quarterWords where has(t, k, end, w) {
            var e = k + w.unicodeScalars.count
            if has(t, e, end, "末") || has(t, e, end, "度末") { e += has(t, e, end, "末") ? 1 : 2 }
            return (m, e)
        }
        return nil
    }
}
