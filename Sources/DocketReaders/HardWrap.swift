import DocketModel

/// Joins the lines of hard-wrapped text back into paragraphs.
///
/// Text copied out of a PDF (a red-headed file, a scanned notice run through OCR) or saved from an e-mail
/// client breaks every paragraph into lines of one width: about 38 ideographs on a page of 公文, each line
/// full but the last. Read line by line, an item would be cut into pieces that each look like a paragraph,
/// so the plain-text and Markdown readers first ask ``reflow(_:)`` whether the text is wrapped so, and if it
/// is, read the joined text instead (its positions then refer to the joined text, as an HTML file's refer to
/// the text built from its elements); `DocumentBuilder` asks the same of a run of plain paragraphs of a Word
/// file or a web page.
///
/// A text is taken as wrapped when at least one line in seven ends within three ideographs of one width near
/// the top of its lines, and most of those full lines end inside a sentence. A full line is then joined to the
/// line after it, except where the line ends a sentence and the next opens an item (一、 （二） 3. 第四 一是) or
/// an indented paragraph, or the next opens a Markdown block (# | >); rows of a table (cells apart by tabs, bars
/// or a gap of two spaces) stay as they are. Page numbers printed between the pages (- 3 -, 第 3 页) are dropped
/// where they interrupt a paragraph.
public enum HardWrap {
    /// The outcome of a reflow: the joined text and the width (in half-width columns) it was wrapped at.
    public struct Result: Sendable, Equatable {
        /// The text with wrapped lines joined.
        public var text: String
        /// The wrap width found, in columns (an ideograph takes two).
        public var width: Int
        /// How many line breaks were removed.
        public var joins: Int
    }

    /// Fewest lines a wrapped text must have at the wrap width before it is taken as wrapped.
    static let minimumFullLines = 5
    /// The narrowest wrap width considered, in columns (15 ideographs).
    static let minimumWidth = 30
    /// How far short of the wrap width a full line may end, in columns: a wide character that did not fit,
    /// or a line of digits and letters set narrower.
    static let slack = 6

    /// The joined text, or nil when the text is not hard-wrapped (most texts: one paragraph per line).
    public static func reflow(_ text: String) -> Result? {
        // One pass over the text measures its lines; most texts stop here.
        guard let width = wrapWidth(measures(text)) else { return nil }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { Line(String($0)) }
        // Whether an indent can mark a paragraph: fewer than half of the lines are set in.
        let nonBlank = lines.filter { !$0.isBlank }
        let indents = nonBlank.filter(\.isIndented).count * 2 < nonBlank.count
        var out = String.UnicodeScalarView()
        var joins = 0
        var i = 0
        while i < lines.count {
            let line = lines[i]
            out.append(contentsOf: line.raw.unicodeScalars)
            if line.width >= width - slack, !line.isBlank, !line.isTableRow {
                // The line it goes on in: the next, or the one after a page number (and the blank lines around it).
                var k = i + 1
                while k < lines.count, lines[k].isBlank || lines[k].isPageNumber { k += 1 }
                if k > i + 1, !lines[(i + 1)..<k].contains(where: \.isPageNumber) { k = i + 1 }
                if k < lines.count, joinable(line, lines[k], indents: indents) {
                    while let last = out.last, last == " " || last == "\t" || last == "\u{3000}" { out.removeLast() }
                    let continuation = lines[k].trimmed
                    if let last = out.last, let first = continuation.unicodeScalars.first, isNarrowWord(last), isNarrowWord(first) {
                        out.append(" ")
                    }
                    // The continuation, trimmed of its indent, is appended next and may itself go on.
                    lines[k] = Line(continuation)
                    joins += 1
                    i = k
                    continue
                }
            }
            if i + 1 < lines.count { out.append("\n") }
            i += 1
        }
        // The width reported is that of the widest full line (the window the lines were matched in may reach past it).
        let widest = lines.map(\.width).filter { $0 <= width + 1 }.max() ?? width
        return joins > 0 ? Result(text: String(out), width: widest, joins: joins) : nil
    }

    /// The text a reader reads: joined when it is hard-wrapped, with a note that says so (positions then refer
    /// to the joined text); otherwise as it was.
    static func joined(_ text: String, path: String) -> (String, [Diagnostic]) {
        guard let r = reflow(text) else { return (text, []) }
        let note = Diagnostic(id: "read.reflowed", severity: .note, file: path,
                              message: "lines wrapped at about \(r.width / 2) characters were joined into paragraphs (\(r.joins) line breaks removed); positions refer to the joined text")
        return (r.text, [note])
    }

    /// The width the text is wrapped at, or nil when it is not wrapped.
    ///
    /// The wrap width is found at the top of the lines, the widest twentieth left out (a long title, a table
    /// row): within the slack of that width, the width the most lines end at. A text is wrapped there when at
    /// least one line in seven ends at it and at least half of those end inside a sentence: in a text of one
    /// paragraph per line the few lines at the top are whole paragraphs, which end with 。
    static func wrapWidth(_ lines: [Measure]) -> Int? {
        let widths = lines.filter { !$0.isBlank && !$0.isTableRow }.map(\.width).sorted()
        guard !widths.isEmpty else { return nil }
        let top = widths[widths.count - 1 - widths.count / 20]
        func fullLines(_ w: Int) -> Int { widths.reduce(0) { $0 + ($1 >= w - slack && $1 <= w + 1 ? 1 : 0) } }
        // Near the top, the width that most lines end at (the widest of equals).
        var w = top
        for c in (top - slack)...(top + slack) where fullLines(c) >= fullLines(w) { w = c }
        guard w >= minimumWidth else { return nil }
        let full = lines.filter { !$0.isBlank && !$0.isTableRow && $0.width >= w - slack && $0.width <= w + 1 }
        guard full.count >= minimumFullLines, full.count * 7 >= widths.count else { return nil }
        let open = full.filter { !$0.endsSentence }.count
        return open * 2 >= full.count ? w : nil
    }

    /// What the wrap width is found from: a line's width and how it ends.
    struct Measure: Sendable {
        /// Columns: two for a wide character (ideograph, full-width form), one for the others; tabs and trailing
        /// white space left out.
        var width = 0
        /// Holds nothing but white space.
        var isBlank = true
        /// A row of a table copied as text: cells kept apart by tabs, bars or a gap of two spaces. It is never joined.
        var isTableRow = false
        /// Ends with the mark of a sentence's or a clause list's end (。！？；：), closing quotes and brackets aside.
        var endsSentence = false
    }

    /// Measures every line of a text in one pass over its UTF-8 (lines end at \n, \r\n or \r).
    static func measures(_ text: String) -> [Measure] {
        var text = text
        return text.withUTF8 { measures(utf8: $0) }
    }

    private static let sentenceEnds = Set("。！？；：!?;:".unicodeScalars.map(\.value))

    private static func measures(utf8 b: UnsafeBufferPointer<UInt8>) -> [Measure] {
        var out: [Measure] = []
        var m = Measure()
        var trailing = 0, bars = 0
        var last: UInt32 = 0x20
        func close() {
            m.width -= trailing
            m.isTableRow = m.isTableRow || bars >= 2
            m.endsSentence = sentenceEnds.contains(last)
            out.append(m)
            m = Measure(); trailing = 0; bars = 0; last = 0x20
        }
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            // The scalar at i, decoded only as far as the checks need it.
            var v = UInt32(c)
            var len = 1
            if c >= 0xF0, i + 3 < n {
                v = (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F); len = 4
            } else if c >= 0xE0, i + 2 < n {
                v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F); len = 3
            } else if c >= 0xC0, i + 1 < n {
                v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F); len = 2
            }
            i += len
            if v == 0x0A || v == 0x0D {
                if v == 0x0D, i < n, b[i] == 0x0A { i += 1 }
                close()
                continue
            }
            if v == 0x09 { m.isTableRow = true; continue }
            let w = v >= 0x1100 && isWide(v) ? 2 : 1
            m.width += w
            if v <= 0x20 || v == 0x3000 || v == 0xA0 { trailing += w; continue }
            // A gap of two columns inside the line parts the columns of a table set with spaces.
            if trailing >= 2, !m.isBlank { m.isTableRow = true }
            trailing = 0
            m.isBlank = false
            if v == 0x7C || v == 0xFF5C { bars += 1 }
            switch v {
            case 0x201D, 0x2019, 0xFF09, 0x29, 0x300D, 0x300F: break   // ” ’ ） ) 」 』
            default: last = v
            }
        }
        close()
        return out
    }

    /// Two columns for a wide character: an ideograph, kana, hangul, a full-width form, the ideographic space,
    /// and the dashes, quotes and ellipsis that Chinese type sets full width.
    static func isWide(_ s: Unicode.Scalar) -> Bool { isWide(s.value) }

    private static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        return v <= 0x115F || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) || (0x2014...0x2026).contains(v)
    }

    /// Whether a full line goes on in the next one.
    static func joinable(_ line: Line, _ next: Line, indents: Bool) -> Bool {
        if next.isBlank || next.opensBlock || next.isTableRow { return false }
        // A line that ends a sentence or a unit note, then one that opens an item or (where paragraphs are indented
        // and their continuations are not) one set in.
        if line.endsSentence || line.endsBracket, next.opensItem || (indents && next.isIndented) { return false }
        return true
    }

    /// A Latin letter: two of them meeting at a joint were two words on two lines (digits were one number).
    private static func isNarrowWord(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && s.properties.isAlphabetic
    }

    /// One line of the text, measured.
    struct Line: Sendable {
        let raw: String
        let trimmed: String

        init(_ raw: String) {
            self.raw = raw
            var t = Substring(raw)
            while let f = t.first, f.isWhitespace { t.removeFirst() }
            while let l = t.last, l.isWhitespace { t.removeLast() }
            self.trimmed = String(t)
            self.measure = HardWrap.measures(raw).first ?? Measure()
        }

        /// The line's width and how it ends.
        let measure: Measure
        var width: Int { measure.width }
        var isBlank: Bool { measure.isBlank }
        var isTableRow: Bool { measure.isTableRow }
        var endsSentence: Bool { measure.endsSentence }

        /// Ends with a closing bracket: the unit note that closes an item (（商务部负责）).
        var endsBracket: Bool {
            guard let last = trimmed.unicodeScalars.last else { return false }
            return last == ")" || last == "）"
        }

        /// Set in from the margin (two spaces or an ideographic space).
        var isIndented: Bool {
            let s = raw.unicodeScalars.prefix(2)
            return s.first == "\u{3000}" || (s.count == 2 && s.allSatisfy { $0 == " " }) || s.first == "\t"
        }

        /// Opens an enumerated item: 一、 （二） (3) 4. 5、 第六 一是 ● and the like.
        var opensItem: Bool {
            let s = Array(SourceText(trimmed).normalized.prefix(8))
            guard let first = s.first else { return false }
            if "●■◆▲►•·-*".unicodeScalars.contains(first) { return true }
            var i = 0
            if first == "(" { i = 1 }
            let numeralStart = i
            while i < s.count, Self.numerals.contains(s[i]) || ("0"..."9").contains(s[i]) { i += 1 }
            guard i > numeralStart, i < s.count else {
                return first == "第" && s.count > 2 && Self.numerals.contains(s[1])
            }
            if first == "(" { return s[i] == ")" }
            // 1.5亿 is a number, not an item.
            if s[i] == ".", i + 1 < s.count, ("0"..."9").contains(s[i + 1]) { return false }
            return "、.)是要".unicodeScalars.contains(s[i])
        }

        static let numerals = Set("一二三四五六七八九十".unicodeScalars)

        /// Opens a Markdown block (a heading, a table row, a quotation).
        var opensBlock: Bool {
            guard let f = trimmed.unicodeScalars.first else { return false }
            return f == "#" || f == "|" || f == ">"
        }

        /// A page number printed between pages: - 3 -, —3—, 第 3 页, 3/12.
        var isPageNumber: Bool {
            let s = trimmed.unicodeScalars.filter { !$0.properties.isWhitespace }
            guard !s.isEmpty, s.count <= 12 else { return false }
            guard s.contains(where: { ("0"..."9").contains(SourceText.fold($0)) }) else { return false }
            return s.allSatisfy { ("0"..."9").contains(SourceText.fold($0)) || "-—–－/第页共".unicodeScalars.contains($0) }
        }
    }
}
