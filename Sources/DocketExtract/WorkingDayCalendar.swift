import DocketModel
import Foundation

/// The official PRC working-day calendar: weekends, public holidays and swapped working days (调休).
public struct WorkingDayCalendar: Sendable {
    private var holidays: Set<Int> = []
    private var workdays: Set<Int> = []
    /// The first day of each public holiday, by its name in the list (Spring Festival, National Day…), ascending.
    private var firstDays: [String: [Day]] = [:]

    /// A calendar from explicit holiday and swapped-working-day lists, and the first day of each named holiday.
    public init(holidays: [Day], workdays: [Day], firstDays: [String: [Day]] = [:]) {
        self.holidays = Set(holidays.map(\.ordinal))
        self.workdays = Set(workdays.map(\.ordinal))
        self.firstDays = firstDays.mapValues { $0.sorted() }
    }

    /// The first day of the next holiday of that name that begins on or after `day` (春节前 in a notice of
    /// September: the coming Spring Festival), if the calendar lists it.
    public func nextHoliday(named name: String, onOrAfter day: Day) -> Day? {
        firstDays[name]?.first { $0 >= day }
    }

    /// A calendar of weekends only, for reading dates where working days do not matter.
    public static let weekendsOnly = WorkingDayCalendar(holidays: [], workdays: [])

    /// The calendar shipped with Docket (`Resources/lexicon/holidays.tsv`); weekends only if it is missing.
    public static let standard: WorkingDayCalendar = {
        guard let base = Bundle.module.resourceURL,
              let text = try? String(contentsOf: base.appendingPathComponent("lexicon/holidays.tsv"), encoding: .utf8) else {
            return WorkingDayCalendar(holidays: [], workdays: [])
        }
        return parse(text)
    }()

    /// Parses `YYYY-MM-DD<TAB>holiday|workday<TAB>name` lines (a holiday's days in a row make one holiday).
    public static func parse(_ text: String) -> WorkingDayCalendar {
        var h: [Day] = [], w: [Day] = []
        var firsts: [String: [Day]] = [:]
        var last: [String: Day] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t")
            guard parts.count >= 2, let d = Day(iso: String(parts[0])) else { continue }
            if parts[1].hasPrefix("holiday") {
                h.append(d)
                if parts.count >= 3 {
                    let name = String(parts[2])
                    // (A day more than a week after the last of that name opens the next year's holiday.)
                    if last[name].map({ d.ordinal - $0.ordinal > 7 }) ?? true { firsts[name, default: []].append(d) }
                    last[name] = d
                }
            } else if parts[1].hasPrefix("workday") { w.append(d) }
        }
        return WorkingDayCalendar(holidays: h, workdays: w, firstDays: firsts)
    }

    /// Whether a day is a working day.
    public func isWorkingDay(_ d: Day) -> Bool {
        let o = d.ordinal
        if workdays.contains(o) { return true }
        if holidays.contains(o) { return false }
        return d.weekday <= 5
    }

    /// The day `n` working days after `d` (d itself not counted).
    public func addingWorkingDays(_ n: Int, to d: Day) -> Day {
        var cur = d
        var left = n
        while left > 0 {
            cur = cur.adding(days: 1)
            if isWorkingDay(cur) { left -= 1 }
        }
        return cur
    }

    /// The number of working days after `from` up to and including `to` (0 when `to` is not later).
    public func workingDays(from: Day, to: Day) -> Int {
        guard to > from else { return 0 }
        var n = 0
        var cur = from
        while cur < to {
            cur = cur.adding(days: 1)
            if isWorkingDay(cur) { n += 1 }
        }
        return n
    }
}
