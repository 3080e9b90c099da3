import DocketModel
import Foundation

/// Finds the document facts: title, number, date, year, issuer and kind.
struct DocumentInfoFinder {
    let lex: Lexicon
    let units: UnitParser

    func find(_ doc: SourceDocument, referenceDate: Day?) -> (DocumentFacts, titleBlocks: Int) {
        let t = doc.text.normalized
        let blocks = doc.blocks
        func text(_ b: Block) -> String { doc.text.normalizedString(b.range) }

        // Title: the first short lines before the body, joined when split over two lines.
        // A web page saved as Word opens with its metadata table (索引号, 标题, 成文日期…): read it, then skip it.
        var meta: [String: String] = [:]
        var bodyStart = 0
        while bodyStart < blocks.count, blocks[bodyStart].kind == .tableRow {
            let cells = blocks[bodyStart].cells.map { doc.text.string($0) }
            var k = 0
            while k + 1 < cells.count {
                let label = cells[k].filter { !$0.isWhitespace && $0 != "：" && $0 != ":" }
                meta[label] = cells[k + 1].trimmingCharacters(in: .whitespaces)
                k += 2
            }
            bodyStart += 1
        }
        // A copied web page opens with its toolbar and breadcrumb (下载 打印 全屏; 首页 > 政务信息 > 宁夏要闻): skipped.
        var previous = ""
        while bodyStart < blocks.count, bodyStart < 40 {
            let s = text(blocks[bodyStart]).trimmingCharacters(in: .whitespaces)
            let bare = s.trimmingCharacters(in: CharacterSet(charactersIn: "【】[]:：>|·/ "))
            // (您当前的位置: 首页 > 新闻中心 > 图片新闻: a breadcrumb under its label.)
            let label = s.firstIndex(where: { $0 == ":" || $0 == "：" }).map { s[..<$0].trimmingCharacters(in: .whitespaces) }
            // (返 回, 打 印: a button's word set letter-spaced.)
            let isChrome = bare.isEmpty || lex.webChrome.contains(bare) || (s.count <= 6 && (s.hasSuffix(":") || s.hasSuffix("：")) && !s.includes("各位"))
                || bare.count <= 8 && bare.includes(" ") && lex.webChrome.contains(bare.filter { $0 != " " && $0 != "\u{3000}" })
                || label.map { lex.webChrome.contains($0) && s.includes(">") } ?? false
                // (关怀版 无障碍 无障碍; 【字体：大 中 小】 打印 关闭: a toolbar of several words, in brackets or not.)
                || s.includes(" ") && s.split(whereSeparator: { " 【】[]|:".contains($0) }).allSatisfy { lex.webChrome.contains(String($0)) }
                // (首页 > 政务公开 > 通知公告: a breadcrumb without its label.)
                || Self.isBreadcrumb(s, chrome: lex.webChrome)
                || (previous == ">" && s.count <= 10 && !s.includes("。")) || (s == previous && s.count <= 10)
            guard isChrome else { break }
            previous = s
            bodyStart += 1
        }
        var titleParts: [String] = []
        var titleBlocks = bodyStart
        for b in blocks.dropFirst(bodyStart).prefix(5) {
            let s = text(b)
            // 某区人民政府文件 / 某政发〔2023〕2号 / 某区人民政府关于…的通知: a red-headed file's masthead and number stand
            // above its title.
            // (某县十八届人大 / 五次会议文件(十一) / 关于…的报告: a session's document label too.)
            let sessionLabel = s.includes("会议文件") || s.count <= 16 && blocks.dropFirst(titleBlocks + 1).first.map { text($0).includes("会议文件") } == true
            if titleParts.isEmpty, titleBlocks - bodyStart < 2, s.count <= 30,
               isNumber(s) || sessionLabel || s.hasSuffix("文件") && s.count > 4 && units.looksLikeUnit(String(s.dropLast(2))) {
                titleBlocks += 1
                continue
            }
            guard titleParts.count < 3, titleBlocks - bodyStart < 5 else { break }
            let labelled = s.hasPrefix("标题:") || s.hasPrefix("标题：")
            // (A 关于 title that reaches its document type may be long: 某区人民政府关于印发《…分解和责任分工方案》的通知.)
            let whole = s.count <= 80 && s.includes("关于") && Self.titleTypes.contains { s.hasSuffix($0) }
            let isShort = (s.count <= 40 || labelled && s.count <= 100 || whole) && !s.includes("。") && !s.hasSuffix(":") && !s.hasSuffix("：")
            if !isShort || Markers.leading(t, b.range.start, b.range.end) != nil || isNumber(s) || containsFullDate(s) { break }
            if titleParts.count == 1, b.kind != .heading, s.count < 4 { break }
            titleParts.append(doc.text.string(b.range))
            titleBlocks += 1
            // A next line joins only when the title so far does not read as complete: a second line, and a third
            // when a 关于 title reaches its document type only there (…关于山西、安徽省 / 四起…事故 / 调查处理情况的通报).
            guard titleParts.count <= 2, let next = blocks.dropFirst(titleBlocks).first else { break }
            let n = text(next)
            let nextShort = n.hasAtMost(30) && !n.includes("。") && !n.includes(",") && !n.hasSuffix(":") && !isNumber(n)
                && Markers.leading(t, next.range.start, next.range.end) == nil && !containsFullDate(n)
            guard nextShort else { break }
            let sofar = titleParts.joined()
            if titleParts.count == 1, endsOpen(s, next: n) { continue }
            if titleParts.count == 1, let third = blocks.dropFirst(titleBlocks + 1).first, sofar.includes("关于"),
               !Self.titleTypes.contains(where: { sofar.hasSuffix($0) || n.hasSuffix($0) }),
               text(third).count <= 30, Self.titleTypes.contains(where: { text(third).hasSuffix($0) }) { continue }
            if titleParts.count == 2, sofar.includes("关于"), !Self.titleTypes.contains(where: { sofar.hasSuffix($0) }),
               Self.titleTypes.contains(where: { n.hasSuffix($0) }) { continue }
            break
        }
        var title = titleParts.joined()
        // A page's record table names the title (标题 | …; 文件名称 | …).
        if title.isEmpty, let t = ["标题", "文件名称", "文件标题", "名称"].lazy.compactMap({ meta[$0] }).first(where: { !$0.isEmpty }) { title = t }
        if title.isEmpty, let first = blocks.dropFirst(bodyStart).first {
            title = Self.leadTitle(doc.text.string(first.range))
        }
        // A saved web page labels its title line (标题: 某局2024年工作总结), however long: the label is not part of it.
        for label in ["标题:", "标题："] where title.hasPrefix(label) {
            title = String(title.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }

        // Document number: 国办发〔2018〕128号
        var number: String?
        for b in blocks.dropFirst(bodyStart).prefix(8) {
            let s = doc.text.string(b.range)
            if let n = findNumber(s) { number = n; break }
        }
        if number == nil, let n = meta["发文字号"] ?? meta["文号"], !n.isEmpty { number = n }

        // Date: a signature line, a full date near the top, or M月D日 with the year from the text.
        var date: Day?
        var source: String?
        // Minutes that label the meeting's time (时间：2025年3月12日; 会议时间：…): the day the meeting was held.
        for b in blocks.dropFirst(bodyStart).prefix(12) where b.range.length <= 40 && (t[b.range.start] == "时" || t[b.range.start] == "会") {
            let s = text(b)
            guard s.hasPrefix("时间") || s.hasPrefix("会议时间"),
                  let colon = s.firstIndex(where: { $0 == "：" || $0 == ":" }), s.distance(from: s.startIndex, to: colon) <= 4 else { continue }
            let value = Array(String(s[s.index(after: colon)...]).unicodeScalars)
            if let m = TimeFinder.fullDates.find(value, in: 0..<value.count).first(where: { $0.hasYear && $0.text.hasSuffix("日") }), let d = m.date {
                date = d; source = "meeting"; break
            }
        }
        // A block that is only a date (a signature or issue date), anywhere after the title; or a date
        // that closes the last block (…强化刚性兑现。 某某局 2024年12月18日).
        for b in blocks.dropFirst(max(1, titleBlocks)) where date == nil && b.range.length <= 24 && t[b.range.end - 1] != "。" {
            let s = text(b).trimmingCharacters(in: CharacterSet(charactersIn: " ()（）\u{00A0}"))
            guard s.hasAtMost(16), s.hasSuffix("日") else { continue }
            if let d = fullDate(s, whole: true) { date = d; source = "signature"; break }
        }
        // A bulletin's masthead (某县人民政府督查室    2022年8月19日): the unit that issues it and the day, set apart by
        // spaces, near the top.
        var mastheadUnit: String?
        if date == nil {
            for b in blocks.prefix(10) where b.range.length > 4 && b.range.length <= 48 && t[b.range.end - 1] == "日" {
                let s = text(b).trimmingCharacters(in: CharacterSet(charactersIn: " \u{00A0}"))
                guard let gap = s.lastIndex(of: " ") else { continue }
                let head = s[..<gap].trimmingCharacters(in: CharacterSet(charactersIn: " \u{00A0}"))
                if head.count >= 3, head.count <= 30, units.looksLikeUnit(head), let d = fullDate(String(s[s.index(after: gap)...]), whole: true) {
                    date = d; source = "signature"; mastheadUnit = head; break
                }
            }
        }
        // The last block up to a web page's footer (…平潭综合实验区管委会2015年5月25日 来源：中国平潭 附件下载): where a
        // signature that closes the text is read, for its date and its unit.
        let closing: String? = blocks.last.map { last in
            var end = last.range.end
            if let (p, _) = lex.trailers.firstMatch(t, in: max(last.range.start, last.range.end - 40)..<last.range.end) { end = p }
            return doc.text.normalizedString(SourceRange(start: last.range.start, end: end)).trimmingCharacters(in: CharacterSet(charactersIn: " \u{00A0}"))
        }
        if date == nil, let s = closing {
            if s.hasSuffix("日") {
                let tail = String(s.suffix(12))
                if let d = fullDate(tail, whole: false) { date = d; source = "signature" }
            }
        }
        // A run-on web copy: the signature sits before the annexes (…平潭综合实验区管委会 2015年3月19日 附件1…).
        if date == nil, let (d, _) = Self.signatureBeforeAnnex(t, blocks: blocks) { date = d; source = "signature" }
        // A speech's date line near the top: ——2026年1月28日在云南省第十四届人民代表大会第四次会议上.
        if date == nil {
            for b in blocks.dropFirst(bodyStart).prefix(24) {
                let s = text(b)
                // (——2025年1月3日在某县第十八届 / 人民代表大会第五次会议上: the line may break before 会议上.)
                guard s.count <= 60, s.includes("会议上") || s.hasPrefix("——") || s.hasPrefix("--"), !s.includes("。") else { continue }
                let bs = Array(s.unicodeScalars)
                if let m = TimeFinder.fullDates.find(bs, in: 0..<bs.count).first(where: { $0.hasYear && $0.text.hasSuffix("日") }), let d = m.date {
                    date = d; source = "text"; break
                }
            }
        }
        // A run-on web copy of a forwarding notice: …请认真贯彻执行。某管委会2015年10月20日某实验区关于…的方案…: the
        // signature inside the text dates it (the run-on block is cut right after it, or not yet cut).
        if date == nil {
            outer: for b in blocks.dropFirst(bodyStart) where b.range.length > 12 {
                for d in (b.range.start + 8)..<max(b.range.start + 8, b.range.end) where t[d] == "日" {
                    // Inside the block, or closing a block the run-on line was cut after (then more blocks follow).
                    let start = d == b.range.end - 1
                        ? (b.range.end < t.count - 1 && b.range.length > 30 ? Segmenter.signatureDateEnding(t, at: d, in: b.range) : nil)
                        : Segmenter.signatureInside(t, endingAt: d, in: b.range)
                    if let start, let day = fullDate(doc.text.normalizedString(SourceRange(start: start, end: d + 1)), whole: true) {
                        date = day; source = "signature"; break outer
                    }
                }
            }
        }
        // A publication stamp of a web page: 发布时间: 2023-01-05 11:39
        if date == nil {
            for b in blocks.prefix(6) {
                let s = text(b)
                // (作者:某某 来源:城建办 时间:2021-09-18: a page's byline with its time.)
                let byline = (s.includes("时间:") || s.includes("时间：")) && (s.includes("来源") || s.includes("作者"))
                guard s.includes("发布时间") || s.includes("发布日期") || s.includes("成文日期") || byline else { continue }
                // (2019年11月12日下午，县长某某主持召开…常务会议: a meeting's news is dated by the day it was held.)
                if let d = Self.isoDate(in: s) {
                    date = d
                    source = "published"
                    if let held = Self.heldOn(t, blocks: blocks.dropFirst(bodyStart).prefix(4), near: d, datelineOnly: true) { date = held; source = "meeting" }
                    break
                }
            }
        }
        // Minutes signed on the day they were printed (…办公室 2021年8月16日印) are dated by the day their lead says the
        // meeting was held (8月13日下午，…主持召开局长办公会).
        if let d = date, source == "signature", title.hasSuffix("纪要"),
           let held = Self.heldOn(t, blocks: blocks.dropFirst(bodyStart).prefix(4), near: d, datelineOnly: true), held <= d,
           d.ordinal - held.ordinal <= 60 {
            date = held
            source = "meeting"
        }
        let firstYear = firstYearMentioned(t, blocks: blocks)
        if date == nil {
            for b in blocks.prefix(4) {
                // (A row of a task table holds deadlines, not the day of the document: 1 | 完成… | 市水利局 | 2025年6月30日.)
                if b.kind == .tableRow, b.cells.filter({ $0.length > 0 }).count > 2 { continue }
                let r = b.range.start..<min(b.range.end, b.range.start + 200)
                let ms = TimeFinder(year: firstYear, documentDate: nil, calendar: .weekendsOnly).find(t, in: r)
                if let m = ms.first(where: { $0.text.hasSuffix("日") && $0.date != nil }) {
                    date = m.date
                    source = m.hasYear ? "text" : "text-year"
                    // 5月13日，某部召开…座谈会，…2021年5月14日在…座谈会上的重要讲话 in a file dated 2022-05-14: the first
                    // year the text names may be of an event it recalls; the file's date says which year the day is in.
                    if !m.hasYear, let d = date, let named = Self.dateInName(doc.baseName) {
                        let y = (d.month, d.day) <= (named.month, named.day) ? named.year : named.year - 1
                        date = Day(year: y, month: d.month, day: d.day) ?? d
                        break
                    }
                    // 中共中央政治局12月9日召开会议，分析研究2025年经济工作: late in a year, the year a meeting plans
                    // for is the next one.
                    if !m.hasYear, let d = date, d.month >= 10, firstYearIsPlanned(t, blocks: blocks), let e = Day(year: d.year - 1, month: d.month, day: d.day) {
                        date = e
                    }
                    // 1月7日，某镇召开2024年工作总结暨2025年工作谋划部署会: early in a year, a meeting that sums up one
                    // year and plans the next is held in the next.
                    if !m.hasYear, let d = date, d.month <= 3, firstYearIsReviewedBeforeTheNext(t, blocks: blocks), let e = Day(year: d.year + 1, month: d.month, day: d.day) {
                        date = e
                    }
                    break
                }
            }
        }
        if date == nil, let m = meta["成文日期"], let d = fullDate(m, whole: true) { date = d; source = "signature" }
        if date == nil, let d = Self.dateInName(doc.baseName) {
            // A news item filed under its day of broadcast says on which day the meeting was held (座谈会6日在京召开).
            date = Self.heldOn(t, blocks: blocks.dropFirst(bodyStart).prefix(3), near: d) ?? d
            source = "file-name"
        }
        if date == nil, let d = referenceDate { date = d; source = "reference-date" }

        var headingYears: [Int] = []
        for b in blocks where b.range.length <= 40 && Markers.leading(t, b.range.start, b.range.end) != nil || b.kind == .heading {
            var i = b.range.start
            while i + 4 < b.range.end {
                if let y = Markers.year(t, at: i, end: b.range.end) { headingYears.append(y) }
                i += 1
            }
        }
        let year = yearOfDocument(date: date, source: source, title: title, number: number, firstYear: firstYear, headingYears: headingYears)

        // Issuer: the text before 关于 in the title, or the line above a signature date.
        var issuer: String?
        // (某管委会印发某区2016年度旅游工作要点的通知, without 关于: the office that issues what it prints.)
        if let r = title.find("关于") ?? ["印发", "转发", "批转"].lazy.compactMap({ title.find($0) }).first, r.lowerBound != title.startIndex {
            var head = String(title[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            // 国务院办公厅转发国家地震局关于…: the office that forwards the report issues the notice.
            for verb in ["转发", "批转", "印发"] {
                if let v = head.find(verb), v.lowerBound != head.startIndex { head = String(head[..<v.lowerBound]); break }
            }
            // 国务院办公厅关于…, not a headline that mentions 关于 (习近平…强调 深入贯彻党中央关于…).
            let parts = units.splitList(head)
            if head.count <= 30, !parts.isEmpty, parts.allSatisfy({ units.looksLikeUnit($0) || units.looksLikeAddressee($0) }) { issuer = head }
        }
        if issuer == nil, let m = meta["发文机关"], !m.isEmpty { issuer = m }
        // 平潭综合实验区苏平片区管理局2023年度工作计划: the unit before the year a title opens its subject with.
        if issuer == nil {
            // Full-width digits read as digits (２０２３年).
            let cs = title.unicodeScalars.map { u in (0xFF10...0xFF19).contains(u.value) ? Unicode.Scalar(u.value - 0xFEE0) ?? u : u }
            if let k = cs.indices.first(where: { Markers.year(cs, at: $0, end: cs.count) != nil }), k >= 3 {
                let u = ScalarStrings.make(cs[..<k])
                if u.count <= 30, units.looksLikeUnit(u) { issuer = u }
            }
        }
        // A web page's metadata line: 发布机构: 平潭县人民代表大会常务委员会.
        if issuer == nil {
            for b in blocks.prefix(6) {
                let s = text(b)
                guard s.hasPrefix("发布机构") || s.hasPrefix("发文机关"), let c = s.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
                let v = s[s.index(after: c)...].trimmingCharacters(in: .whitespaces)
                // (中国平潭 is the web site, not an office.)
                if !v.isEmpty, v.count <= 30, units.looksLikeUnit(v) { issuer = v }
                break
            }
        }
        // 岚综管综〔2015〕66号平潭综合实验区管委会关于…的通知 in a run-on copy: the unit between the number and 关于.
        if issuer == nil, let n = number {
            let body = doc.text.normalizedString(SourceRange(start: 0, end: min(t.count, 3000)))
            if let r = body.find(n), let k = body[r.upperBound...].find("关于") {
                var u = String(body[r.upperBound..<k.lowerBound]).trimmingCharacters(in: .whitespaces)
                // (…206号某管委会印发关于…的工作方案的通知: the office that forwards issues it.)
                for w in ["印发", "转发", "批转"] where u.hasSuffix(w) { u = String(u.dropLast(w.count)) }
                if !u.isEmpty, u.count <= 30, units.looksLikeUnit(u) { issuer = u }
            }
        }
        if issuer == nil, source == "signature" || source == "meeting" {
            let tail = Array(blocks.suffix(8))
            if let i = tail.lastIndex(where: { b in text(b).hasSuffix("日") || b.range.end == blocks.last?.range.end }) {
                // …抽查情况表 平潭综合实验区公安局2024年3月18日: the unit right before a date that closes the text.
                // (某局办公室 2021年8月16日印: the day it was printed, said so.)
                var line = i == tail.count - 1 ? closing ?? text(tail[i]) : text(tail[i])
                for printed in ["印发", "印"] where line.hasSuffix("日" + printed) { line = String(line.dropLast(printed.count)); break }
                if let d = Self.trailingDateStart(line) {
                    // (某局办公室 2021年8月16日: the unit set apart from its date by a space.)
                    let before = String(line[..<d]).trimmingCharacters(in: CharacterSet(charactersIn: " \u{00A0}\u{3000}"))
                    let start = before.lastIndex(where: { $0 == "。" || $0 == " " || $0 == "：" || $0 == ":" || $0 == "）" }).map { before.index(after: $0) } ?? before.startIndex
                    let u = String(before[start...]).trimmingCharacters(in: .whitespaces)
                    if !u.isEmpty, u.count <= 30, units.looksLikeUnit(u) { issuer = u }
                }
                if issuer == nil, i > 0, text(tail[i]).hasSuffix("日") {
                    let s = text(tail[i - 1]).trimmingCharacters(in: CharacterSet(charactersIn: " \u{00A0}"))
                    if s.hasAtMost(30), !s.includes("。"), !s.includes(":"), !s.includes("：") { issuer = s }
                }
            }
        }

        if issuer == nil { issuer = mastheadUnit }

        var kind = DocumentKind.other
        // A meeting's report (…工作总结会议) is minutes, whatever the meeting was about.
        // (…三中全会在京开幕, …会议在北京举行: the news of a meeting too.)
        // (征求对经济工作的意见和建议 中共中央召开党外人士座谈会 习近平主持…: a headline's phrase that convenes a meeting.)
        let meetingNews = title.includes("会") && (["召开", "举行", "开幕", "闭幕"].contains(where: { title.hasSuffix($0) })
            || title.includes(" ") && title.split(separator: " ").contains { p in
                (p.hasSuffix("会") || p.hasSuffix("会议")) && (p.contains("召开") || p.contains("举行")) })
        var kindTitle = title.hasSuffix("会议") || title.hasSuffix("会") || meetingNews ? "会议" : title
        // 关于印发2022年《政府工作报告》重点任务责任落实分工的通知; 2019年县政府工作报告三季度完成情况通报: a document the
        // title names is what this one is about; the kind words after it say what this one is (not a bare 通知:
        // 关于印发《…行动计划》的通知 is the plan).
        for cited in ["》", "政府工作报告"] {
            guard let r = kindTitle.range(of: cited, options: .backwards) else { continue }
            let rest = String(kindTitle[r.upperBound...])
            if lex.kindWords.words.contains(where: { $0 != "通知" && rest.includes($0) }) { kindTitle = rest; break }
        }
        for w in lex.kindWords.words where kindTitle.includes(w) {
            if let k = lex.kindWords.value(w).flatMap(DocumentKind.init(rawValue:)) { kind = k; break }
        }
        // 各位代表：现在，我代表国务院，向大会报告政府工作…: a government work report without its title line.
        if kind == .other, blocks.prefix(6).contains(where: { b in
            guard (b.range.start..<max(b.range.start, b.range.end - 2)).contains(where: { t[$0] == "我" && t[$0 + 1] == "代" && t[$0 + 2] == "表" }) else { return false }
            let s = text(b)
            return s.includes("报告") && (s.includes("大会") || s.includes("政府工作"))
        }) { kind = .report }
        if kind == .other, let first = blocks.first, text(first).includes("会议") { kind = .minutes }
        // 长江水利委员会研究部署…工作 / 12月22日，…组织召开会议，研究部署…: the news of a meeting.
        if kind == .other, blocks.dropFirst(bodyStart).prefix(4).contains(where: { b in
            let s = text(b)
            guard let k = s.find("召开") else { return false }
            return s.distance(from: s.startIndex, to: k.lowerBound) <= 60 && s[k.upperBound...].prefix(24).contains("会")
        }) { kind = .minutes }
        // 案由：关于…的建议 主办单位：… 办复内容：…: the reply to a suggestion reports how it is handled.
        if kind == .other, blocks.dropFirst(bodyStart).prefix(12).contains(where: { b in
            // (Cheap test first: 由 within the block's first 16 characters.)
            // (A web copy may run its breadcrumb into the record: 当前位置：首页…QQ空间 事 由：….)
            (b.range.start..<min(b.range.end, b.range.start + 200)).contains { t[$0] == "由" } && Self.isHandlingRecord(text(b))
        }) { kind = .progress }
        // Who chaired and who attended: read in minutes, and in any text that says so (a report of a meeting).
        let meeting = kind == .minutes || kind == .other ? MeetingFinder().find(doc) : (host: nil, attendees: [])
        return (DocumentFacts(title: title, kind: kind, date: date, year: year, issuer: issuer, number: number, dateSource: source,
                              host: meeting.host, attendees: meeting.attendees), titleBlocks)
    }

    /// Whether a paragraph is the record of a suggestion handled: it opens with its subject (案由：, 事 由：) and holds
    /// the reply (办理情况：, 办复内容：, 答复内容：).
    static func isHandlingRecord(_ s: String) -> Bool {
        var head = String(s.prefix(16)).filter { $0 != " " && $0 != "\u{3000}" }
        // 当前位置： 首页…人大议案 关于…的建议 时间：… QQ空间 事 由：…: the record after a page's breadcrumb on its line.
        if !(head.includes("案由") || head.includes("事由")), s.hasPrefix("当前位置"),
           let k = s.prefix(200).range(of: "事 由") ?? s.prefix(200).range(of: "事由") ?? s.prefix(200).range(of: "案 由") ?? s.prefix(200).range(of: "案由") {
            head = String(s[k.lowerBound...].prefix(16)).filter { $0 != " " && $0 != "\u{3000}" }
        }
        guard head.includes("案由") || head.includes("事由") else { return false }
        return ["办理情况", "办复内容", "答复内容", "办理结果"].contains { s.includes($0) }
    }

    /// Whether the first title line leaves the title open (ends in a word that needs more: 关于, 的, 深化…).
    /// The words a document's title ends with: its type (通知, 意见, 通报…).
    /// A web page's breadcrumb without a label: items apart by > (or » ›), the first a word of the page's chrome
    /// (首页 > 政务公开 > 通知公告).
    static func isBreadcrumb(_ s: String, chrome: Set<String>) -> Bool {
        let items = s.split(whereSeparator: { $0 == ">" || $0 == "»" || $0 == "›" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count >= 2, let first = items.first, s.count <= 80, !s.includes("。") else { return false }
        return chrome.contains(first)
    }

    static let titleTypes = ["通知", "意见", "方案", "报告", "决定", "通报", "函", "纪要", "办法", "规定", "要点", "措施", "批复", "计划"]

    private func endsOpen(_ s: String, next: String) -> Bool {
        if s.hasSuffix("关于") || s.hasSuffix("的") || s.hasSuffix("和") || s.hasSuffix("支持") { return true }
        // 某旗人民政府办公室 / 关于印发…的通知: the issuing office on a line of its own opens the title.
        if next.hasPrefix("关于"), !s.includes("关于"), s.count <= 30, units.looksLikeUnit(s) { return true }
        // 国务院关于做好当前和今后一个时期 / 促进就业工作的若干意见: a 关于 title goes on to its document type.
        let types = Self.titleTypes
        if s.includes("关于") && !types.contains(where: { s.hasSuffix($0) }) && types.contains(where: { next.hasSuffix($0) }) { return true }
        // 某区管理局 / 2022年工作总结及2023年工作计划; 某县2025年重点工作任务 / 分工方案: a title broken before it
        // reaches its document type goes on to the line that ends with one.
        // (平潭县第十八届人大第四次会议 / 代表建议意见办理情况公开内容: a session's name above the record of what it asked.)
        if s.hasSuffix("会议"), lex.kindWords.words.contains(where: { lex.kindWords.value($0) == "progress" && next.includes($0) }) { return true }
        let ends = types + ["总结", "情况", "清单", "台账", "规划", "细则"]
        if !ends.contains(where: { s.hasSuffix($0) }), !s.hasSuffix("会议"), !s.hasSuffix("会"), ends.contains(where: { next.hasSuffix($0) }) { return true }
        if s.hasSuffix("会议") || s.hasSuffix("通知") || s.hasSuffix("意见") || s.hasSuffix("方案") || s.hasSuffix("报告") || s.hasSuffix("纪要") { return false }
        return ["的通知", "的意见", "的报告", "方案", "措施的通知", "通报", "纪要", "的函", "的决定"].contains { next.hasSuffix($0) }
    }

    /// A title from a news-style opening: the first clause that is not only a date, without 召开/举行.
    static func leadTitle(_ s: String) -> String {
        let clauses = s.split(whereSeparator: { "。，,；;".contains($0) }).map(String.init)
        var pick = clauses.first ?? s
        // (2020年7月1日上午，…: a date with the time of day too.)
        var when = clauses.first ?? ""
        for part in ["上午", "下午", "晚上", "晚", "中午", "早上"] where when.hasSuffix(part) { when = String(when.dropLast(part.count)); break }
        if when.count <= 12, when.hasSuffix("日") || when.hasSuffix("月"), clauses.count > 1 { pick = clauses[1] }
        // 为回顾上半年工作成果，明确…方向，7月25日，某中心召开…总结会: a lead that opens with its purpose names the
        // meeting in the clause that convenes it.
        if pick.hasPrefix("为"), let convened = clauses.prefix(6).first(where: { $0.includes("召开") || $0.includes("举行") }) { pick = convened }
        // 县长某某主持召开2025年第五期重点项目会商会; 某镇召开“2024年工作总结暨2025年工作谋划部署会”: the meeting
        // convened names the text.
        // (中共中央政治局召开会议 分析研究…: a headline's phrases after a bare 会议 name no meeting.)
        if let r = pick.find("召开") {
            let raw = pick[r.upperBound...].trimmingCharacters(in: .whitespaces)
            let quoted = raw.hasPrefix("“") && raw.hasSuffix("”")
            let meeting = raw.trimmingCharacters(in: CharacterSet(charactersIn: "“”\""))
            if meeting.count >= 4, quoted || !meeting.contains(" "), meeting.hasSuffix("会") || meeting.hasSuffix("会议") { return String(meeting.prefix(60)) }
        }
        for verb in ["在北京召开", "在北京举行", "在京召开", "召开", "举行"] {
            if let r = pick.find(verb) { pick = String(pick[..<r.lowerBound]); break }
        }
        // (…第四十三次周例会在市党政综合楼召开: where the meeting sat is no part of its name.)
        if let r = pick.find("在", backwards: true), case let head = String(pick[..<r.lowerBound]), head.hasSuffix("会") || head.hasSuffix("会议"),
           head.count >= 4 {
            pick = head
        }
        return String(pick.prefix(60))
    }

    private func isNumber(_ s: String) -> Bool { findNumber(s) != nil && s.count <= 24 }

    /// A full date (2018年12月29日, 二〇一八年十二月二十九日) in a short text; with `whole`, the text must be only the date.
    private func fullDate(_ s: String, whole: Bool) -> Day? {
        let bs = Array(s.unicodeScalars)
        let f = TimeFinder.fullDates
        if let m = f.find(bs, in: 0..<bs.count).last(where: { $0.hasYear && $0.text.hasSuffix("日") }), let d = m.date,
           !whole || m.range.length >= bs.count - 1, m.range.end >= bs.count - 1 {
            return d
        }
        return whole ? Self.chineseDate(s) : nil
    }

    /// The first YYYY-MM-DD in a text.
    static func isoDate(in s: String) -> Day? {
        let u = Array(s.unicodeScalars)
        var i = 0
        while i + 10 <= u.count {
            if u[i + 4] == "-", u[i + 7] == "-", let d = Day(iso: ScalarStrings.make(u[i..<(i + 10)])) { return d }
            i += 1
        }
        return nil
    }

    private func containsFullDate(_ s: String) -> Bool {
        let t = Array(s.unicodeScalars)
        let f = TimeFinder.fullDates
        return f.find(t, in: 0..<t.count).contains { $0.hasYear && $0.text.hasSuffix("日") }
    }

    private func findNumber(_ s: String) -> String? {
        for (open, close) in [("〔", "〕"), ("[", "]"), ("［", "］"), ("(", ")")] {
            var from = s.startIndex
            while let o = s[from...].find(open), let c = s[o.upperBound...].find(close) {
                from = c.upperBound
                let year = s[o.upperBound..<c.lowerBound]
                guard year.count == 4, Int(year) != nil, let h = s[c.upperBound...].find("号") else { continue }
                let num = s[c.upperBound..<h.lowerBound]
                guard !num.isEmpty, num.count <= 5, num.allSatisfy(\.isNumber) else { continue }
                var start = o.lowerBound
                while start > s.startIndex {
                    let p = s.index(before: start)
                    if s[p].isLetter && s[p] != "，" { start = p } else { break }
                }
                // 《…的通知》（国办发〔2022〕8号）: the number of a text cited is not this one's.
                if start > s.startIndex, "(（".contains(s[s.index(before: start)]) { continue }
                return String(s[start..<h.upperBound])
            }
        }
        return nil
    }

    /// Whether the first year the text names is the year of the work it plans (研究部署2025年…, 做好2025年…).
    /// Where a full date (2024年3月18日) that ends a line begins, if one does.
    static func trailingDateStart(_ s: String) -> String.Index? {
        guard s.hasSuffix("日") else { return nil }
        let chars = Array(s)
        var k = chars.count - 1
        var sawYear = false
        while k > 0 {
            let c = chars[k - 1]
            if c == "年" { sawYear = true }
            if c.isNumber || c == "年" || c == "月" || c == "〇" || "一二三四五六七八九十".contains(c) { k -= 1 } else { break }
        }
        guard sawYear, k < chars.count - 4 else { return nil }
        return s.index(s.startIndex, offsetBy: k)
    }

    private func firstYearIsPlanned(_ t: [Unicode.Scalar], blocks: [Block]) -> Bool {
        guard let i = firstYearPosition(t, blocks: blocks) else { return false }
        let before = ScalarStrings.make(t[max(0, i - 4)..<i])
        if ["研究", "部署", "安排", "谋划", "做好", "抓好"].contains(where: { before.hasSuffix($0) }) { return true }
        // 讨论了《…领导小组2024年工作要点》: the year a plan is named after.
        let after = ScalarStrings.make(t[min(t.count, i + 5)..<min(t.count, i + 11)])
        return ["工作要点", "工作计划", "重点工作", "工作安排", "度工作要点", "度工作计划"].contains { after.hasPrefix($0) }
    }

    /// Whether the first year the text names is one summed up (2024年工作总结) with the next year named soon after it.
    private func firstYearIsReviewedBeforeTheNext(_ t: [Unicode.Scalar], blocks: [Block]) -> Bool {
        guard let i = firstYearPosition(t, blocks: blocks), let y = Markers.readNumber(t, i, i + 4) else { return false }
        let after = ScalarStrings.make(t[min(t.count, i + 5)..<min(t.count, i + 12)])
        guard ["工作总结", "度工作总结", "总结"].contains(where: { after.hasPrefix($0) }) else { return false }
        return ScalarStrings.make(t[min(t.count, i + 5)..<min(t.count, i + 40)]).includes("\(y + 1)年")
    }

    private func firstYearMentioned(_ t: [Unicode.Scalar], blocks: [Block]) -> Int? {
        firstYearPosition(t, blocks: blocks).flatMap { Markers.readNumber(t, $0, $0 + 4) }
    }

    private func firstYearPosition(_ t: [Unicode.Scalar], blocks: [Block]) -> Int? {
        for b in blocks {
            var i = b.range.start
            while i + 4 < b.range.end {
                if Markers.year(t, at: i, end: b.range.end) != nil, i == b.range.start || !Markers.isDigit(t[i - 1]) {
                    return i
                }
                i += 1
            }
        }
        return nil
    }

    private func yearOfDocument(date: Day?, source: String?, title: String, number: String?, firstYear: Int?, headingYears: [Int]) -> Int? {
        if let d = date, source == "signature" || source == "meeting" || source == "text" || source == "text-year" || source == "published" || source == "file-name" { return d.year }
        let tt = Array(title.unicodeScalars)
        var years: [Int] = []
        var i = 0
        while i + 4 < tt.count {
            // (…规划和2035年远景目标纲要: the horizon of a vision is no year of the document.)
            if let y = Markers.readNumber(tt, i, i + 4), (1990...2100).contains(y), tt[i + 4] == "年",
               !(i + 6 < tt.count && tt[i + 5] == "远" && tt[i + 6] == "景") { years.append(y) }
            i += 1
        }
        if let y = years.max() { return y }
        if let d = date { return d.year }
        // No date: the year of the document number (国办发〔2018〕123号) is the year it was issued, not a target year
        // the text names (到2022年).
        if let n = number.map({ Array($0.unicodeScalars) }), let k = n.firstIndex(where: { $0 == "〔" || $0 == "[" || $0 == "［" || $0 == "(" || $0 == "（" }), k + 5 <= n.count,
           let y = Markers.readNumber(n, k + 1, k + 5), (1990...2100).contains(y) {
            return y
        }
        // No date: the latest year the headings name (一、2024年工作回顾 … 三、2025年政府工作任务).
        if let y = headingYears.max() { return y }
        return firstYear
    }

    /// A full date right before 附件 (…管委会 2015年3月19日 附件1…): the signature of a text whose annexes follow it on
    /// the same line. Returns the date and where the annexes begin.
    static func signatureBeforeAnnex(_ t: [Unicode.Scalar], blocks: [Block]) -> (Day, Int)? {
        // A cheap scan for 日 附件 first; the date is read only there. (The run-on line may already be cut between the
        // signature and the annex, so the scan reads the text, not one block.)
        guard let first = blocks.first?.range.start, let last = blocks.last?.range.end else { return nil }
        var k = first + 1
        while k + 1 < last {
            defer { k += 1 }
            guard t[k] == "附", t[k + 1] == "件" else { continue }
            var e = k
            while e > first, t[e - 1] == " " || t[e - 1] == "\u{00A0}" { e -= 1 }
            // (…2018年11月19日（此件公开发布）附件…: the publication note stands between the date and the annex.)
            if let open = Segmenter.publicationNote(endingAt: e, t, lower: first) {
                e = open
                while e > first, t[e - 1] == " " || t[e - 1] == "\u{00A0}" { e -= 1 }
            }
            guard e > first, t[e - 1] == "日" else { continue }
            let window = max(first, e - 16)..<e
            if let m = TimeFinder.fullDates.find(t, in: window).last, m.hasYear, m.range.end == e, let d = m.date {
                return (d, k)
            }
        }
        return nil
    }

    /// The day a news lead says a meeting was held (…6日在京召开, …9日上午举行, 5月13日，某部召开…), in the month of
    /// `near` or the one before when the day is later than `near`'s; a month it names falls in `near`'s year or the one before,
    /// and a full date (2019年11月12日下午，…) is taken as written when it is not after `near`. With `datelineOnly`, only a
    /// day that opens a block counts.
    static func heldOn(_ t: [Unicode.Scalar], blocks: ArraySlice<Block>, near: Day, datelineOnly: Bool = false) -> Day? {
        for b in blocks {
            var i = b.range.start
            while i < b.range.end - 1 {
                guard Markers.isDigit(t[i]), i == b.range.start || !Markers.isDigit(t[i - 1]) else { i += 1; continue }
                // 5月13日，水利部召开…: a month before the day names it.
                var month: Int?
                var year: Int?
                var opensBlock = i == b.range.start
                if i > b.range.start, t[i - 1] == "月" {
                    var k = i - 1
                    while k > b.range.start, i - 1 - k < 2, Markers.isDigit(t[k - 1]) { k -= 1 }
                    // (2019年11月12日下午，…主持召开: a year before the month names it.)
                    var y = k
                    if k > b.range.start, t[k - 1] == "年" {
                        y = k - 1
                        while y > b.range.start, k - 1 - y < 4, Markers.isDigit(t[y - 1]) { y -= 1 }
                        if k - 1 - y == 4, y == b.range.start || !Markers.isDigit(t[y - 1]) { year = Markers.readNumber(t, y, k - 1) } else { y = k }
                    }
                    guard k < i - 1, y < k || k == b.range.start || !Markers.isDigit(t[k - 1]) && t[k - 1] != "年",
                          let mm = Markers.readNumber(t, k, i - 1), (1...12).contains(mm) else { i += 1; continue }
                    month = mm
                    opensBlock = y == b.range.start
                }
                var j = i
                while j < b.range.end, j - i < 2, Markers.isDigit(t[j]) { j += 1 }
                guard j < b.range.end, t[j] == "日", let n = Markers.readNumber(t, i, j), (1...31).contains(n) else { i = j; continue }
                // (会议决定，于12月10日召开…; 将于…召开: a meeting to be held dates nothing.)
                let lead = ScalarStrings.make(t[max(b.range.start, i - 8)..<i])
                if ["定", "将", "拟", "要"].contains(where: { lead.includes($0) }) { i = j + 1; continue }
                let window = String(String.UnicodeScalarView(t[(j + 1)..<min(b.range.end, j + 24)]))
                // (12月22日，针对…，某委员会以视频方式组织召开会议: a day that opens the lead is its dateline.)
                let setApart = window.hasPrefix("，") || window.hasPrefix(",") || window.hasPrefix("上午") || window.hasPrefix("下午")
                // (…明确下半年工作重点，7月21日，我处召开…总结会: a day that opens a clause of the lead, then the meeting.)
                var dateline = opensBlock && setApart
                if datelineOnly, !dateline, setApart, ["召开", "举行"].contains(where: { window.contains($0) }) {
                    // The clause opens right before the date: its month and year, if any, are read back from the day.
                    var k = i
                    while k > b.range.start, Markers.isDigit(t[k - 1]) || t[k - 1] == "月" || t[k - 1] == "年" { k -= 1 }
                    dateline = k > b.range.start && "，,。".unicodeScalars.contains(t[k - 1])
                }
                // (With `datelineOnly`, only a day that opens a block: a page's later text recalls other meetings.)
                if dateline || !datelineOnly && ["召开", "举行", "主持召开"].contains(where: { window.contains($0) }),
                   // (17日至18日在北京召开: a meeting held over days takes its last.)
                   !window.hasPrefix("前"), !window.hasPrefix("起"), !window.hasPrefix("至"), !window.hasPrefix("—"), !window.hasPrefix("-"), !window.hasPrefix("、") {
                    // (A day after the one the text is dated by is no day it was held on.)
                    if let year, let month {
                        if let d = Day(year: year, month: month, day: n), d <= near { return d }
                        i = j + 1
                        continue
                    }
                    if let month { return Day(year: month <= near.month ? near.year : near.year - 1, month: month, day: n) }
                    let (y, m) = n <= near.day ? (near.year, near.month) : (near.month == 1 ? (near.year - 1, 12) : (near.year, near.month - 1))
                    return Day(year: y, month: m, day: n)
                }
                i = j + 1
            }
        }
        return nil
    }

    static func dateInName(_ name: String) -> Day? {
        let digits = Array(name.unicodeScalars)
        var i = 0
        while i + 8 <= digits.count {
            if digits[i..<(i + 8)].allSatisfy(Markers.isDigit), i + 8 == digits.count || !Markers.isDigit(digits[i + 8]), i == 0 || !Markers.isDigit(digits[i - 1]) {
                let s = ScalarStrings.make(digits[i..<(i + 8)])
                if let y = Int(s.prefix(4)), let m = Int(s.dropFirst(4).prefix(2)), let d = Int(s.suffix(2)), let day = Day(year: y, month: m, day: d) {
                    return day
                }
            }
            i += 1
        }
        return nil
    }

    /// 二〇一八年十一月七日
    static func chineseDate(_ s: String) -> Day? {
        guard let y = s.find("年"), let m = s.find("月"), let d = s.find("日") else { return nil }
        // The year digit by digit, as TimeFinder reads it (also O for 〇 and 两 for 二); a numeral that is no digit (十)
        // is no year.
        let yearText = s[..<y.lowerBound].unicodeScalars
        var year = 0
        for u in yearText {
            let variant: Int? = u == "O" ? 0 : u == "两" ? 2 : nil
            guard let digit = variant ?? TimeFinder.digitOf[u] ?? (Markers.isDigit(u) ? Int(u.value) - 0x30 : nil) else { return nil }
            year = year * 10 + digit
        }
        guard !yearText.isEmpty,
              let month = ChineseNumerals.read(s[y.upperBound..<m.lowerBound]),
              let day = ChineseNumerals.read(s[m.upperBound..<d.lowerBound]) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
