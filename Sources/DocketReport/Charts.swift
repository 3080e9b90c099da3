/// Inline SVG charts for the HTML report, built from the report model with escaped labels.
struct Charts {
    /// Status counts per unit, as stacked bars.
    let statusByUnit: String
    /// Tasks due per month, as bars.
    let dueByMonth: String

    static func esc(_ s: String) -> String {
        var o = ""
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            default: o.append(c)
            }
        }
        return o
    }

    static let colors: [(String, String)] = [("done", "#2e7d32"), ("in_progress", "#1565c0"), ("not_started", "#9e9e9e"), ("delayed", "#c62828"), ("none", "#cfd8dc")]

    init(_ r: ReportModel) {
        // Status by unit: the 15 units with most tasks.
        let top = r.units.filter { !$0.isHost }.sorted { ($1.count, $0.unit) < ($0.count, $1.unit) }.prefix(15)
        let maxCount = max(1, top.map(\.count).max() ?? 1)
        var s = ""
        let rowH = 22, labelW = 220, barW = 420
        let h = max(1, top.count) * rowH + 30
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(labelW + barW + 60) \(h)\" role=\"img\" aria-label=\"各单位任务状态\">"
        for (i, u) in top.enumerated() {
            let y = i * rowH + 4
            s += "<text x=\"\(labelW - 6)\" y=\"\(y + 14)\" text-anchor=\"end\" font-size=\"12\">\(Self.esc(String(u.unit.prefix(16))))</text>"
            var x = labelW
            let all = u.lead + u.support
            for (key, color) in Self.colors {
                let n = all.filter { $0.status == key }.count
                guard n > 0 else { continue }
                let w = n * barW / maxCount
                s += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(w, 1))\" height=\"16\" fill=\"\(color)\"><title>\(Self.esc(u.unit)) \(key): \(n)</title></rect>"
                x += w
            }
            s += "<text x=\"\(x + 4)\" y=\"\(y + 14)\" font-size=\"12\">\(all.count)</text>"
        }
        if top.isEmpty { s += "<text x=\"10\" y=\"20\" font-size=\"12\">（无责任单位）</text>" }
        s += "</svg>"
        statusByUnit = s
        // Due per month.
        let months = r.timeline
        let mMax = max(1, months.map(\.count).max() ?? 1)
        let colW = 36
        let width = max(1, months.count) * colW + 40
        var m = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(width) 170\" role=\"img\" aria-label=\"各月到期任务\">"
        for (i, g) in months.enumerated() {
            let bh = g.count * 120 / mMax
            let x = 20 + i * colW
            m += "<rect x=\"\(x)\" y=\"\(130 - bh)\" width=\"\(colW - 8)\" height=\"\(max(bh, 1))\" fill=\"#1565c0\"><title>\(Self.esc(g.month)): \(g.count)</title></rect>"
            m += "<text x=\"\(x + (colW - 8) / 2)\" y=\"\(126 - bh)\" font-size=\"11\" text-anchor=\"middle\">\(g.count)</text>"
            m += "<text x=\"\(x + (colW - 8) / 2)\" y=\"148\" font-size=\"10\" text-anchor=\"middle\">\(Self.esc(String(g.month.suffix(5))))</text>"
        }
        if months.isEmpty { m += "<text x=\"10\" y=\"20\" font-size=\"12\">（无到期日期）</text>" }
        m += "</svg>"
        dueByMonth = m
    }
}
