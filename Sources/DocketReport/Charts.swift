/// Inline SVG charts for the HTML report, built from the report model with escaped labels.
struct Charts {
    /// Status counts per unit, as stacked bars.
    let statusByUnit: String
    /// Tasks due per month, as bars.
    let dueByMonth: String

    /// Text escaped for the SVG, as the templates escape it (`< > & " '`).
    static func esc(_ s: String) -> String { ByteSink.escaped(s) }

    /// The width every chart is drawn at (its viewBox), so that charts side by side show text at one size.
    static let width = 360

    /// The status names the legend shows.
    static let labels = ["done": "已完成", "in_progress": "推进中", "not_started": "未启动", "delayed": "滞后", "none": "未报告"]

    static let colors: [(String, String)] = [("done", "#2e7d32"), ("in_progress", "#1565c0"), ("not_started", "#9e9e9e"), ("delayed", "#c62828"), ("none", "#cfd8dc")]

    init(_ r: ReportModel) {
        // Status by unit: the 15 units with most tasks.
        let top = r.units.filter { !$0.isHost }.sorted { ($1.count, $0.unit) < ($0.count, $1.unit) }.prefix(15)
        let maxCount = max(1, top.map(\.count).max() ?? 1)
        var s = ""
        // Both charts are drawn 360 wide, so that their text shows at one size side by side.
        let rowH = 22, labelW = 150, barW = 170
        let h = max(1, top.count) * rowH + 34
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Self.width) \(h)\" role=\"img\" aria-label=\"各单位任务状态\">"
        for (i, u) in top.enumerated() {
            let y = i * rowH + 4
            let label = u.unit.count > 11 ? String(u.unit.prefix(10)) + "…" : u.unit
            s += "<text x=\"\(labelW - 6)\" y=\"\(y + 13)\" text-anchor=\"end\" font-size=\"12\"><title>\(Self.esc(u.unit))</title>\(Self.esc(label))</text>"
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
        // The legend: what each colour stands for.
        let legendY = max(1, top.count) * rowH + 14
        for (k, (key, color)) in Self.colors.enumerated() where !top.isEmpty {
            let x = 8 + k * 70
            s += "<rect x=\"\(x)\" y=\"\(legendY)\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
            s += "<text x=\"\(x + 14)\" y=\"\(legendY + 9)\" font-size=\"11\">\(Self.labels[key] ?? key)</text>"
        }
        s += "</svg>"
        statusByUnit = s
        // Due per month.
        let months = r.timeline
        let mMax = max(1, months.map(\.count).max() ?? 1)
        // Columns share the width (at most 48 each); with many months only every few are labelled.
        let colW = max(8, min(48, (Self.width - 20) / max(1, months.count)))
        let every = max(1, (34 + colW - 1) / colW)
        var m = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Self.width) 180\" role=\"img\" aria-label=\"各月到期任务\">"
        for (i, g) in months.enumerated() {
            let bh = g.count * 120 / mMax
            let x = 10 + i * colW
            let w = max(4, colW - max(2, colW / 5))
            m += "<rect x=\"\(x)\" y=\"\(150 - bh)\" width=\"\(w)\" height=\"\(max(bh, 1))\" fill=\"#1565c0\"><title>\(Self.esc(g.month)): \(g.count)</title></rect>"
            if colW >= 20 { m += "<text x=\"\(x + w / 2)\" y=\"\(146 - bh)\" font-size=\"11\" text-anchor=\"middle\">\(g.count)</text>" }
            if i % every == 0 {
                m += "<text x=\"\(x + w / 2)\" y=\"168\" font-size=\"11\" text-anchor=\"middle\">\(Self.esc(String(g.month.suffix(5))))</text>"
            }
        }
        if months.isEmpty { m += "<text x=\"10\" y=\"20\" font-size=\"12\">（无到期日期）</text>" }
        m += "</svg>"
        dueByMonth = m
    }
}
