import DocketModel
import DocketXML

/// A Word document as a typed model: paragraphs with style, outline level and numbering, and tables.
struct WordModel {
    /// A paragraph, its numbering label already rendered.
    struct Paragraph {
        var style: String?
        var outlineLevel: Int?
        var label: String
        var text: String
    }

    /// A table cell after merges are resolved.
    struct Cell {
        var paragraphs: [Paragraph]
        var nested: [Item]
        var gridSpan: Int
        var vMergeContinue: Bool
        var text: String { paragraphs.map { $0.label + $0.text }.joined(separator: "\n") }
    }

    /// A block of the body.
    indirect enum Item {
        case paragraph(Paragraph)
        case table([[Cell]])
    }

    /// A note worth telling the user (footnotes and comments skipped).
    struct Note {
        var id: String
        var message: String
    }

    var items: [Item] = []
    var notes: [Note] = []

    init(package: WordPackage, limits: ReadLimits) throws {
        guard let document = try package.xml("word/document.xml", limits: limits) else {
            throw ReadError(id: "read.docx-corrupt", "word/document.xml is missing")
        }
        let numbering = WordNumbering(try package.xml("word/numbering.xml", limits: limits))
        let styles = WordStyles(try package.xml("word/styles.xml", limits: limits))
        var counters = numbering.makeCounters()
        guard let body = document.first("body") else {
            throw ReadError(id: "read.docx-corrupt", "word/document.xml has no body")
        }
        var sawNotes = false
        func paragraph(_ p: XMLElement) -> Paragraph {
            let pPr = p.first("pPr")
            let style = pPr?.first("pStyle")?.attribute("val")
            var outline = pPr?.first("outlineLvl")?.attribute("val").flatMap { Int($0) }
            if outline == nil, let s = style { outline = styles.outlineLevel(s) }
            var label = ""
            var numPr = pPr?.first("numPr")
            if numPr == nil, let s = style { numPr = styles.numPr(s) }
            if let np = numPr, let numId = np.first("numId")?.attribute("val").flatMap({ Int($0) }), numId != 0 {
                let ilvl = np.first("ilvl")?.attribute("val").flatMap { Int($0) } ?? 0
                label = counters.next(numId: numId, level: ilvl)
            }
            var text = ""
            func runs(_ e: XMLElement) {
                for c in e.elements {
                    switch c.name {
                    case "t": text += c.text
                    case "tab": text += "\t"
                    case "br", "cr": text += "\n"
                    case "delText", "instrText", "footnoteReference", "endnoteReference", "commentReference":
                        if c.name != "delText" && c.name != "instrText" { sawNotes = true }
                    case "pPr", "rPr": break
                    default: runs(c) // r, hyperlink, ins, smartTag, sdt, txbxContent…
                    }
                }
            }
            runs(p)
            return Paragraph(style: style, outlineLevel: outline, label: label, text: text)
        }
        func table(_ t: XMLElement, depth: Int) -> [[Cell]] {
            var rows: [[Cell]] = []
            for tr in t.elements(named: "tr") {
                var row: [Cell] = []
                for tc in tr.elements(named: "tc") {
                    let tcPr = tc.first("tcPr")
                    let span = tcPr?.first("gridSpan")?.attribute("val").flatMap { Int($0) } ?? 1
                    var cont = false
                    if let vm = tcPr?.first("vMerge") { cont = (vm.attribute("val") ?? "continue") != "restart" }
                    var ps: [Paragraph] = []
                    var nested: [Item] = []
                    for c in tc.elements {
                        if c.name == "p" { let x = paragraph(c); ps.append(x); nested.append(.paragraph(x)) }
                        if c.name == "tbl", depth < 32 { nested.append(.table(table(c, depth: depth + 1))) }
                    }
                    row.append(Cell(paragraphs: ps, nested: nested, gridSpan: max(1, min(span, 64)), vMergeContinue: cont))
                }
                rows.append(row)
            }
            return rows
        }
        func walk(_ e: XMLElement) {
            for c in e.elements {
                switch c.name {
                case "p": items.append(.paragraph(paragraph(c)))
                case "tbl": items.append(.table(table(c, depth: 0)))
                case "sdt": if let content = c.first("sdtContent") { walk(content) }
                default: break
                }
            }
        }
        walk(body)
        if sawNotes { notes.append(Note(id: "read.docx-notes-skipped", message: "footnotes, endnotes and comments are skipped")) }
    }

    /// Renders the model into document blocks.
    func render(into b: inout DocumentBuilder) {
        for item in items { Self.render(item, into: &b) }
    }

    private static func render(_ item: Item, into b: inout DocumentBuilder) {
        switch item {
        case .paragraph(let p):
            for (i, line) in (p.label + p.text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let kind: BlockKind = p.outlineLevel != nil && i == 0 ? .heading : .paragraph
                // (A paragraph Word numbers is an item of its own, never the rest of a wrapped line.)
                b.add(kind, String(line), level: p.outlineLevel.map { $0 + 1 }, reflowable: p.label.isEmpty)
            }
        case .table(let rows):
            let isLayout = rows.allSatisfy { $0.count <= 1 } || rows.contains { $0.contains { c in c.nested.contains { if case .table = $0 { return true } else { return false } } } }
            if isLayout {
                for row in rows { for cell in row { for n in cell.nested { render(n, into: &b) } } }
                return
            }
            // Resolve merges: expand gridSpan into columns and carry vMerge values down.
            var above: [String] = []
            b.startTable()
            for (r, row) in rows.enumerated() {
                var cells: [String] = []
                for cell in row {
                    let col = cells.count
                    var text = cell.text
                    if cell.vMergeContinue { text = col < above.count ? above[col] : "" }
                    cells.append(text)
                    if cell.gridSpan > 1 { cells.append(contentsOf: Array(repeating: "", count: cell.gridSpan - 1)) }
                }
                if row.count == 1 && row[0].gridSpan > 1 {
                    b.addTableSection(row[0].text, row: r + 1)
                } else {
                    b.addRow(cells, row: r + 1)
                    above = cells
                }
            }
        }
    }
}

/// The styles part: outline levels and numbering attached to paragraph styles.
struct WordStyles {
    private var outline: [String: Int] = [:]
    private var numbering: [String: XMLElement] = [:]

    init(_ root: XMLElement?) {
        guard let root else { return }
        for s in root.elements(named: "style") {
            guard let id = s.attribute("styleId") else { continue }
            let pPr = s.first("pPr")
            if let o = pPr?.first("outlineLvl")?.attribute("val").flatMap({ Int($0) }), o < 9 { outline[id] = o }
            else if let name = s.first("name")?.attribute("val")?.lowercased(), name.hasPrefix("heading "),
                    let n = Int(name.dropFirst(8)) { outline[id] = n - 1 }
            if let np = pPr?.first("numPr") { numbering[id] = np }
        }
    }

    func outlineLevel(_ style: String) -> Int? { outline[style] }
    func numPr(_ style: String) -> XMLElement? { numbering[style] }
}

/// The numbering part: list definitions and Word's counters (ECMA-376 §17.9).
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var restart: Int?
        var suffix = "tab"
    }

    private var abstractLevels: [Int: [Int: Level]] = [:]
    private var numToAbstract: [Int: Int] = [:]
    private var startOverrides: [Int: [Int: Int]] = [:]

    init(_ root: XMLElement?) {
        guard let root else { return }
        for a in root.elements(named: "abstractNum") {
            guard let id = a.attribute("abstractNumId").flatMap({ Int($0) }) else { continue }
            var levels: [Int: Level] = [:]
            for l in a.elements(named: "lvl") {
                guard let ilvl = l.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                var lv = Level()
                if let s = l.first("start")?.attribute("val").flatMap({ Int($0) }) { lv.start = s }
                if let f = l.first("numFmt")?.attribute("val") { lv.format = f }
                if let t = l.first("lvlText")?.attribute("val") { lv.text = t }
                if let r = l.first("lvlRestart")?.attribute("val").flatMap({ Int($0) }) { lv.restart = r }
                if let s = l.first("suff")?.attribute("val") { lv.suffix = s }
                levels[ilvl] = lv
            }
            abstractLevels[id] = levels
        }
        for n in root.elements(named: "num") {
            guard let id = n.attribute("numId").flatMap({ Int($0) }),
                  let a = n.first("abstractNumId")?.attribute("val").flatMap({ Int($0) }) else { continue }
            numToAbstract[id] = a
            for o in n.elements(named: "lvlOverride") {
                if let l = o.attribute("ilvl").flatMap({ Int($0) }), let s = o.first("startOverride")?.attribute("val").flatMap({ Int($0) }) {
                    startOverrides[id, default: [:]][l] = s
                }
            }
        }
    }

    func makeCounters() -> Counters { Counters(numbering: self) }

    /// The running counters of every list in a document.
    struct Counters {
        let numbering: WordNumbering
        private var values: [Int: [Int: Int]] = [:]

        init(numbering: WordNumbering) { self.numbering = numbering }

        /// Advances the counter of a list level and renders its label.
        mutating func next(numId: Int, level: Int) -> String {
            guard let abs = numbering.numToAbstract[numId], let levels = numbering.abstractLevels[abs],
                  let lv = levels[level] else { return "" }
            var v = values[numId] ?? [:]
            let start = numbering.startOverrides[numId]?[level] ?? lv.start
            v[level] = (v[level] ?? (start - 1)) + 1
            // Deeper levels restart when this level is used, as their lvlRestart says.
            for (deeper, dl) in levels where deeper > level {
                let restarts: Bool
                if let r = dl.restart { restarts = r != 0 && level <= r - 1 } else { restarts = true }
                if restarts { v[deeper] = nil }
            }
            values[numId] = v
            if lv.format == "none" { return "" }
            var label = ""
            var chars = Array(lv.text)
            var i = 0
            while i < chars.count {
                if chars[i] == "%", i + 1 < chars.count, let d = chars[i + 1].wholeNumberValue, d >= 1 {
                    let l = d - 1
                    let value = v[l] ?? (numbering.startOverrides[numId]?[l] ?? levels[l]?.start ?? 1)
                    label += WordNumbering.format(value, levels[l]?.format ?? "decimal")
                    i += 2
                } else {
                    label.append(chars[i])
                    i += 1
                }
            }
            chars.removeAll()
            if lv.suffix == "space" { label += " " }
            return label
        }
    }

    /// Renders a counter value in a Word number format.
    static func format(_ n: Int, _ fmt: String) -> String {
        switch fmt {
        case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting":
            return ChineseNumerals.write(n)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            if (1...20).contains(n), let u = Unicode.Scalar(0x2460 + n - 1) { return String(Character(u)) }
            return String(n)
        case "lowerLetter": return n >= 1 && n <= 26 ? String(Character(Unicode.Scalar(UInt8(96 + n)))) : String(n)
        case "upperLetter": return n >= 1 && n <= 26 ? String(Character(Unicode.Scalar(UInt8(64 + n)))) : String(n)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0) ?? $0) })
        default: return String(n)
        }
    }
}
