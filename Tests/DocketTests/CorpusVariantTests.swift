import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel

/// The corpus (public texts read from ../shared, never copied into the project) rewritten the ways a secretariat's
/// copy of a document differs from another copy of it: blank lines between paragraphs, Windows line ends, half-width
/// punctuation, indented paragraphs, a web page's breadcrumb, toolbar and footer, sections written 一. for 一、,
/// unit notes set on lines of their own or written with labels (（牵头单位：…；配合单位：…）, （责任单位：…）), page
/// numbers between paragraphs. Each rewriting is extracted and scored; it
/// must score as the corpus itself does (within half a point), so that the rules hold for how a text is copied,
/// not only for these copies.
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
struct CorpusVariantTests {
    static func regex(_ pattern: String, _ template: String) -> @Sendable (String) -> String {
        { s in
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return s }
            return re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
        }
    }

    static let variants: [String: @Sendable (String) -> String] = [
        "blank lines": { $0.replacingOccurrences(of: "\n", with: "\n\n") },
        "CRLF": { $0.replacingOccurrences(of: "\n", with: "\r\n") },
        "half-width punctuation": { s in
            String(s.map { c in ["，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"][c] ?? c })
        },
        "indented paragraphs": { $0.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "\u{3000}\u{3000}" + $0 }.joined(separator: "\n") },
        "page chrome": { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return (["首页 > 政务公开 > 通知公告", "【字体：大 中 小】 打印 关闭"] + lines.prefix(1) + lines.dropFirst()
                    + ["【打印本页】【关闭窗口】", "主办单位：某某人民政府办公室 版权所有"]).joined(separator: "\n")
        },
        "sections written 一.": regex("(^|[。；：\\s])([一二三四五六七八九十]+)、", "$1$2."),
        "unit notes on their own lines": regex("(。)(（[^（）\\n]{2,60}(?:牵头|负责|配合)[^（）\\n]{0,40}）)$", "$1\n$2"),
        "unit notes with labels": { s in
            // （A牵头，B、C配合） → （牵头单位：A；配合单位：B、C）; （A、B负责） → （责任单位：A、B）; （A牵头） → （牵头单位：A）.
            guard let note = try? NSRegularExpression(pattern: "（([^（）\\n]{2,120}?(?:牵头|负责|配合|参与))）") else { return s }
            let ns = s as NSString
            var out = "", last = 0
            for m in note.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
                out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                let inner = ns.substring(with: m.range(at: 1))
                func groups(_ p: String) -> [String]? {
                    guard let re = try? NSRegularExpression(pattern: "^" + p + "$"),
                          let g = re.firstMatch(in: inner, range: NSRange(location: 0, length: (inner as NSString).length)) else { return nil }
                    return (1..<g.numberOfRanges).map { (inner as NSString).substring(with: g.range(at: $0)) }
                }
                if let g = groups("([^，,；;]+?)牵头[，,](.+?)(?:配合|参与)") {
                    out += "（牵头单位：\(g[0])；配合单位：\(g[1])）"
                } else if let g = groups("([^，,；;]+?)(?:按职责分工)?负责") {
                    out += "（责任单位：\(g[0])）"
                } else if let g = groups("([^，,；;]+?)牵头") {
                    out += "（牵头单位：\(g[0])）"
                } else {
                    out += ns.substring(with: m.range)
                }
                last = m.range.location + m.range.length
            }
            return out + ns.substring(from: last)
        },
        "unit fields at an item's end": { s in
            // The labelled notes without brackets: …任务。牵头单位：A，配合单位：B。
            guard let labelled = variants["unit notes with labels"],
                  let re = try? NSRegularExpression(pattern: "（((?:牵头单位|责任单位|配合单位)：[^（）\\n]*)）") else { return s }
            let t = labelled(s), ns = t as NSString
            var out = "", last = 0
            for m in re.matches(in: t, range: NSRange(location: 0, length: ns.length)) {
                out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                out += ns.substring(with: m.range(at: 1)).replacingOccurrences(of: "；", with: "，") + "。"
                last = m.range.location + m.range.length
            }
            return out + ns.substring(from: last)
        },
        "page numbers": { s in
            s.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset % 15 == 14 ? $0.element + "\n— \($0.offset / 15 + 2) —" : String($0.element) }.joined(separator: "\n")
        },
    ]

    static func scores(_ rewrite: (String) -> String, name: String) throws -> Evaluation.Scores {
        let docs = Fixtures.sharedPath("corpus/docs")
        let dir = Fixtures.tempDir("docket-variant")
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for n in try FileManager.default.contentsOfDirectory(atPath: docs).sorted() where n.hasSuffix(".txt") {
            let p = dir.appendingPathComponent(n).path
            try rewrite(try String(contentsOfFile: docs + "/" + n, encoding: .utf8)).write(toFile: p, atomically: false, encoding: .utf8)
            paths.append(p)
        }
        var preds: [String: (date: String?, tasks: [Evaluation.PredTask])] = [:]
        for r in Pipeline().process(paths: paths, referenceDate: nil) {
            if let x = r.extraction { preds[x.name] = (x.document.date?.iso, x.tasks.map(Evaluation.PredTask.init)) }
        }
        return Evaluation.score(gold: try Evaluation.loadGold(URL(fileURLWithPath: Fixtures.sharedPath("corpus/gold"))), predictions: preds)
    }

    static let base: Evaluation.Scores? = try? scores({ $0 }, name: "corpus")

    @Test(arguments: variants.keys.sorted())
    func aRewrittenCorpusScoresAsTheCorpus(_ name: String) throws {
        let base = try #require(Self.base)
        let rewrite = try #require(Self.variants[name])
        let s = try Self.scores(rewrite, name: name)
        func pair(_ a: Evaluation.Tally, _ b: Evaluation.Tally) throws -> (Double, Double) {
            (try #require(a.prf?.f1), try #require(b.prf?.f1))
        }
        for (label, (got, want)) in [("task", try pair(s.task, base.task)), ("lead", try pair(s.lead, base.lead)),
                                      ("support", try pair(s.support, base.support)), ("deadline", try pair(s.deadline, base.deadline))] {
            #expect(got >= want - 0.005, "\(name): \(label) F1 \(got) against \(want) for the corpus as it is")
        }
        #expect((s.statusAccuracy ?? 0) >= (base.statusAccuracy ?? 0) - 0.005, "\(name): status accuracy")
        #expect((s.dateAccuracy ?? 0) >= (base.dateAccuracy ?? 0) - 0.005, "\(name): date accuracy")
    }
}
