import DocketModel
import Foundation

/// Scores extracted facts against hand annotations, exactly as `../shared/eval/score.py` does.
///
/// Tasks pair one to one by text similarity (the larger of character-bigram Dice and, where one text
/// contains the other, their length ratio) after normalising; a pair needs similarity ≥ 0.6. Units and
/// deadlines are compared on pairs; those of unpaired tasks count as missed or spurious.
public enum Evaluation {
    /// One gold task.
    public struct GoldTask: Decodable, Sendable {
        public var text: String
        public var lead: [String]?
        public var support: [String]?
        public var deadline: String?
        public var status: String?
    }

    /// One gold file.
    public struct GoldFile: Decodable, Sendable {
        public var document: String?
        public var date: String?
        public var tasks: [GoldTask]
    }

    /// A predicted task, reduced to the fields that are scored.
    public struct PredTask: Sendable {
        public var text: String
        public var lead: [String]
        public var support: [String]
        public var deadline: String?
        public var status: String?

        /// Reduces a task fact to its scored fields.
        public init(_ t: TaskFact) {
            text = t.text
            lead = t.lead
            support = t.support
            deadline = t.deadline.flatMap { $0.ongoing ? "ongoing" : $0.date?.iso }
            status = t.status?.rawValue
        }
    }

    /// Counts of true positives, false positives and false negatives.
    public struct Tally: Sendable {
        public var tp = 0, fp = 0, fn = 0
        mutating func add(_ a: Int, _ b: Int, _ c: Int) { tp += a; fp += b; fn += c }
        /// Precision, recall and F1; nil when there is nothing to count.
        public var prf: (p: Double, r: Double, f1: Double)? {
            guard tp + fp + fn > 0 else { return nil }
            let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
            let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
            return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
    }

    /// The scores of a set of documents.
    public struct Scores: Sendable {
        public var task = Tally(), lead = Tally(), support = Tally(), deadline = Tally()
        public var statusOK = 0, statusN = 0, dateOK = 0, dateN = 0
        public var perDocument: [(name: String, gold: Int, pred: Int, f1: Double?)] = []
        /// The share of gold statuses predicted right.
        public var statusAccuracy: Double? { statusN > 0 ? Double(statusOK) / Double(statusN) : nil }
        /// The share of gold dates predicted right.
        public var dateAccuracy: Double? { dateN > 0 ? Double(dateOK) / Double(dateN) : nil }

        /// The score table as score.py prints it.
        public var table: String {
            func f(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "  n/a" }
            var out = "document                                      gold  pred  task F1\n"
            for d in perDocument {
                let n = String(d.name.prefix(44))
                out += n.padding(toLength: 44, withPad: " ", startingAt: 0) + " " + String(format: "%5d %5d", d.gold, d.pred)
                    + " " + (d.f1.map { String(format: "%8.3f", $0) } ?? "     n/a") + "\n"
            }
            out += "\n"
            for (k, t) in [("task", task), ("lead", lead), ("support", support), ("deadline", deadline)] {
                let s = t.prf
                out += k.padding(toLength: 9, withPad: " ", startingAt: 0) + " P \(f(s?.p))  R \(f(s?.r))  F1 \(f(s?.f1))\n"
            }
            out += "status_accuracy  \(statusAccuracy.map { String(format: "%.3f", $0) } ?? "n/a")\n"
            out += "date_accuracy    \(dateAccuracy.map { String(format: "%.3f", $0) } ?? "n/a")\n"
            return out
        }
    }

    static let cnNum = "一二三四五六七八九十百零〇两"
    static let marker: NSRegularExpression? = try? NSRegularExpression(pattern:
        "^(?:[\(cnNum)]+[是要]|[（(][\(cnNum)0-9]+[)）]|[\(cnNum)]+[、.．]|[0-9]+[、.．)）]|第[\(cnNum)0-9]+[，,、:：]?|首先|其次|再次|最后)\\s*")
    static let unitNote: NSRegularExpression? = try? NSRegularExpression(pattern:
        "[（(][^（）()]*(?:负责|牵头|配合|参与|责任单位|负责部门|分工)[^（）()]*[）)][。；;，,]?$")
    static let edge = Set("，,。；;：:、！!？?\u{201c}\u{201d}\"'\u{2018}\u{2019} \t\r\n")

    static func strip(_ s: String) -> String {
        var c = Array(s)
        while let f = c.first, edge.contains(f) { c.removeFirst() }
        while let l = c.last, edge.contains(l) { c.removeLast() }
        return String(c)
    }

    static func sub(_ re: NSRegularExpression?, _ s: String) -> String {
        guard let re else { return s }
        return re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "")
    }

    /// score.py's `norm_text`.
    public static func normText(_ s: String) -> String {
        var x = s.precomposedStringWithCompatibilityMapping
        x = String(x.filter { !$0.isWhitespace })
        for _ in 0..<2 { x = sub(marker, x) }
        x = strip(x)
        x = sub(unitNote, x)
        return strip(x)
    }

    /// score.py's `norm_unit`.
    public static func normUnit(_ s: String) -> String {
        var x = String(s.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
        x = x.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if x.hasSuffix("等") { x.removeLast() }
        return strip(x)
    }

    /// score.py's `similarity`.
    public static func similarity(_ a: String, _ b: String) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let ua = Array(a.unicodeScalars), ub = Array(b.unicodeScalars)
        var contained = 0.0
        if a.contains(b) || b.contains(a) { contained = Double(min(ua.count, ub.count)) / Double(max(ua.count, ub.count)) }
        func grams(_ u: [Unicode.Scalar]) -> [String] {
            u.count < 2 ? [String(String.UnicodeScalarView(u))] : (0..<(u.count - 1)).map { String(String.UnicodeScalarView(u[$0...($0 + 1)])) }
        }
        let ga = grams(ua), gb = grams(ub)
        var counts: [String: Int] = [:]
        for g in ga { counts[g, default: 0] += 1 }
        var common = 0
        for g in gb where (counts[g] ?? 0) > 0 { counts[g, default: 0] -= 1; common += 1 }
        return max(contained, 2.0 * Double(common) / Double(ga.count + gb.count))
    }

    static func setCounts(_ g: [String]?, _ p: [String]?) -> (Int, Int, Int) {
        let gs = Set((g ?? []).map(normUnit).filter { !$0.isEmpty }), ps = Set((p ?? []).map(normUnit).filter { !$0.isEmpty })
        return (gs.intersection(ps).count, ps.subtracting(gs).count, gs.subtracting(ps).count)
    }

    /// Pairs gold and predicted tasks, best pairs first, one to one.
    public static func pair(_ gold: [GoldTask], _ pred: [PredTask]) -> [(Int, Int)] {
        var cands: [(Double, Int, Int)] = []
        let gn = gold.map { normText($0.text) }, pn = pred.map { normText($0.text) }
        for (gi, g) in gn.enumerated() {
            for (pi, p) in pn.enumerated() {
                let s = similarity(g, p)
                if s >= 0.6 { cands.append((s, gi, pi)) }
            }
        }
        cands.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
        var ug = Set<Int>(), up = Set<Int>(), pairs: [(Int, Int)] = []
        for (_, gi, pi) in cands where !ug.contains(gi) && !up.contains(pi) {
            ug.insert(gi); up.insert(pi); pairs.append((gi, pi))
        }
        return pairs
    }

    /// Scores predictions (by document name) against gold files (by name).
    public static func score(gold: [(name: String, file: GoldFile)], predictions: [String: (date: String?, tasks: [PredTask])]) -> Scores {
        var s = Scores()
        for (name, g) in gold.sorted(by: { $0.name < $1.name }) {
            let pred = predictions[name]
            let pt = pred?.tasks ?? []
            let pairs = pair(g.tasks, pt)
            var t = Tally()
            t.add(pairs.count, pt.count - pairs.count, g.tasks.count - pairs.count)
            s.task.add(t.tp, t.fp, t.fn)
            for (gi, pi) in pairs {
                let gt = g.tasks[gi], p = pt[pi]
                let l = setCounts(gt.lead, p.lead); s.lead.add(l.0, l.1, l.2)
                let u = setCounts(gt.support, p.support); s.support.add(u.0, u.1, u.2)
                let gd = gt.deadline, pd = p.deadline
                s.deadline.add(gd != nil && gd == pd ? 1 : 0, pd != nil && gd != pd ? 1 : 0, gd != nil && gd != pd ? 1 : 0)
                if let st = gt.status { s.statusN += 1; if st == p.status { s.statusOK += 1 } }
            }
            let pg = Set(pairs.map(\.0)), pp = Set(pairs.map(\.1))
            for (gi, gt) in g.tasks.enumerated() where !pg.contains(gi) {
                let l = setCounts(gt.lead, []); s.lead.add(l.0, l.1, l.2)
                let u = setCounts(gt.support, []); s.support.add(u.0, u.1, u.2)
                s.deadline.add(0, 0, gt.deadline != nil ? 1 : 0)
                if gt.status != nil { s.statusN += 1 }
            }
            for (pi, p) in pt.enumerated() where !pp.contains(pi) {
                let l = setCounts([], p.lead); s.lead.add(l.0, l.1, l.2)
                let u = setCounts([], p.support); s.support.add(u.0, u.1, u.2)
                s.deadline.add(0, p.deadline != nil ? 1 : 0, 0)
            }
            if let gd = g.date {
                s.dateN += 1
                if pred?.date == gd { s.dateOK += 1 }
            }
            s.perDocument.append((name, g.tasks.count, pt.count, t.prf?.f1))
        }
        return s
    }

    /// Loads every `NAME.gold.json` in a folder.
    public static func loadGold(_ dir: URL) throws -> [(name: String, file: GoldFile)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        return try names.map { n in
            let data = try Data(contentsOf: dir.appendingPathComponent(n))
            return (String(n.dropLast(".gold.json".count)), try JSONDecoder().decode(GoldFile.self, from: data))
        }
    }
}
