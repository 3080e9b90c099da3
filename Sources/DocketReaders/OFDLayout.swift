import DocketModel
import DocketXML

/// The text of one page of a fixed-layout document (OFD), put back into reading order.
///
/// A page holds runs of text at positions (often one character per run, as a typesetter wrote them out). Runs
/// whose baselines lie within a third of their size of each other form a line, read left to right; lines are
/// read top to bottom. Where a line stands says how the paragraphs go (``paragraphs(_:)``): a line set in from the
/// left margin opens one, a line that reaches the right margin goes on in the next.
struct OFDLayout {
    /// A run of text and where it starts on the page (millimetres, y downwards), with its size and, where the
    /// file gives its glyphs' positions (DeltaX), where it ends.
    struct Run {
        var x: Double
        var y: Double
        var size: Double
        var text: String
        var end: Double?
    }

    /// The runs of the page, in the order met.
    var runs: [Run] = []

    /// The most runs read from one document, so that a page of a million glyphs cannot stall a batch.
    static let maxRuns = 2_000_000

    /// Reads the text objects of a page's content (layers and page blocks, nested), each text code placed by the
    /// object's boundary and transformation.
    mutating func read(content: XMLElement, runsRead: inout Int) throws {
        func walk(_ e: XMLElement, depth: Int) throws {
            guard depth < 64 else { return }
            for c in e.elements {
                switch c.name {
                case "TextObject": try textObject(c, runsRead: &runsRead)
                case "Layer", "PageBlock", "Content": try walk(c, depth: depth + 1)
                default: break
                }
            }
        }
        try walk(content, depth: 0)
    }

    private mutating func textObject(_ o: XMLElement, runsRead: inout Int) throws {
        let box = Self.numbers(o.attribute("Boundary") ?? "")
        let ox = box.count >= 2 ? box[0] : 0, oy = box.count >= 2 ? box[1] : 0
        let ctm = Self.numbers(o.attribute("CTM") ?? "")
        let size = Double(o.attribute("Size") ?? "") ?? 3.5
        // The size as drawn: a transformation scales it.
        let drawn = ctm.count == 6 ? size * abs(ctm[3] == 0 ? ctm[0] : ctm[3]) : size
        for code in o.elements(named: "TextCode") {
            runsRead += 1
            if runsRead > Self.maxRuns { throw ReadError(id: "read.too-large", "the document holds more than \(Self.maxRuns) runs of text") }
            let text = code.text
            guard !text.isEmpty else { continue }
            let x = Double(code.attribute("X") ?? "") ?? 0, y = Double(code.attribute("Y") ?? "") ?? 0
            let (tx, ty) = ctm.count == 6 ? (ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]) : (x, y)
            // The glyphs' advances (g 3 5.6 is 5.6 three times), scaled as the run is: the last glyph ends a size on.
            let scale = ctm.count == 6 ? abs(ctm[0]) : 1
            let end = Self.deltas(code.attribute("DeltaX")).map { ox + tx + $0 * scale + max(drawn, 0.5) }
            runs.append(Run(x: ox + tx, y: oy + ty, size: max(drawn, 0.5), text: text, end: end))
        }
    }

    /// The sum of a DeltaX list (5.6 5.6 2.8, or g 3 5.6 for three of 5.6); nil when there is none.
    static func deltas(_ s: String?) -> Double? {
        guard let s else { return nil }
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "," })
        var sum = 0.0, i = 0
        while i < tokens.count {
            if tokens[i] == "g", i + 2 < tokens.count, let n = Int(tokens[i + 1]), let d = Double(tokens[i + 2]) {
                sum += Double(min(max(n, 0), 100_000)) * d
                i += 3
            } else {
                sum += Double(tokens[i]) ?? 0
                i += 1
            }
        }
        return sum.isFinite ? sum : nil
    }

    /// Numbers apart by spaces (a box, a matrix).
    static func numbers(_ s: String) -> [Double] {
        s.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
    }

    /// One line of a page as read: its text, and what its place says about the paragraph.
    struct Line {
        var text: String
        /// Set in from the page's left margin by more than a character and a half: it opens a paragraph.
        var indented: Bool
        /// Reaches the right margin (within a character and a half): the paragraph goes on in the next line.
        var full: Bool
        /// Holds a gap of more than two characters (an office and its date on one line): a line of its own.
        var parted: Bool
    }

    /// The advance of a character, in units of its size: an ideograph takes one, a Latin letter or digit half.
    static func advance(_ c: Character) -> Double { c.unicodeScalars.allSatisfy { HardWrap.isWide($0) } ? 1 : 0.5 }

    /// The page's lines in reading order.
    var lines: [Line] {
        guard !runs.isEmpty else { return [] }
        // Lines: runs sorted by baseline, a new line where the baseline moves by more than a third of the size.
        let sorted = runs.enumerated().sorted { ($0.element.y, $0.offset) < ($1.element.y, $1.offset) }.map(\.element)
        var grouped: [[Run]] = []
        for r in sorted {
            if let last = grouped.last?.last, abs(r.y - last.y) <= max(last.size, r.size) / 3 {
                grouped[grouped.count - 1].append(r)
            } else {
                grouped.append([r])
            }
        }
        var measured: [(text: String, left: Double, right: Double, size: Double, parted: Bool)] = []
        for line in grouped {
            let runs = line.sorted { $0.x < $1.x }
            var s = ""
            var end: Double?
            var parted = false
            for r in runs {
                if let e = end, r.x - e > 2 * r.size { s += "  "; parted = true }
                s += r.text
                end = r.end ?? r.x + r.text.reduce(0) { $0 + Self.advance($1) } * r.size
            }
            measured.append((s, runs.first?.x ?? 0, end ?? 0, runs.first?.size ?? 3.5, parted))
        }
        let margin = measured.map(\.left).min() ?? 0
        // The right margin: the right end that the most lines reach (a line drawn wider, a table, is no margin),
        // counted over the sorted ends so that a page of many lines stays cheap.
        let ends = measured.map(\.right).sorted()
        func firstIndex(atLeast v: Double) -> Int {
            var lo = 0, hi = ends.count
            while lo < hi { let mid = (lo + hi) / 2; if ends[mid] < v { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        var right = 0.0, most = 0
        for c in measured {
            let n = firstIndex(atLeast: c.right + 0.25 * c.size + 1e-9) - firstIndex(atLeast: c.right - 1.5 * c.size)
            if n > most || n == most && c.right > right { most = n; right = c.right }
        }
        return measured.map { m in
            Line(text: m.text, indented: m.left - margin > 1.5 * m.size, full: right - m.right <= 1.5 * m.size && !m.parted, parted: m.parted)
        }
    }

    /// Lines joined into paragraphs: a full line goes on in the next unless that one is set in, parted or the
    /// last; every paragraph on a line of the text. Returns the text and the number of joins.
    static func paragraphs(_ lines: [Line]) -> (String, Int) {
        var out: [String] = []
        var joins = 0
        var goesOn = false
        for l in lines {
            if goesOn, !l.indented, !l.parted, let last = out.last {
                out[out.count - 1] = last + l.text
                joins += 1
            } else {
                out.append(l.text)
            }
            goesOn = l.full
        }
        return (out.joined(separator: "\n"), joins)
    }
}
