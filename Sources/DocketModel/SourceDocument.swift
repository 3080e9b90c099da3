/// A document as a reader produced it: its text, its blocks, and where it came from.
public struct SourceDocument: Sendable {
    /// The path of the file, as given to the reader.
    public var path: String
    /// The format the reader recognised (txt, md, html, docx).
    public var format: String
    /// The document's text; every range refers to it.
    public var text: SourceText
    /// The blocks in reading order.
    public var blocks: [Block]

    /// Creates a document.
    public init(path: String, format: String, text: SourceText, blocks: [Block]) {
        self.path = path
        self.format = format
        self.text = text
        self.blocks = blocks
    }

    /// The file name without its folders.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The file name without folders and without its last extension.
    public var baseName: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

extension SourceDocument {
    /// Splits a text into one paragraph block per non-blank line, trimming white space.
    public static func lineBlocks(_ text: SourceText) -> [Block] {
        var blocks: [Block] = []
        var lineStart = 0
        let n = text.count
        var i = 0
        while i <= n {
            if i == n || text.original[i] == "\n" || text.original[i] == "\r" || text.original[i] == "\u{2028}" {
                var s = lineStart, e = i
                while s < e, text.normalized[s].properties.isWhitespace { s += 1 }
                while e > s, text.normalized[e - 1].properties.isWhitespace { e -= 1 }
                if e > s {
                    blocks.append(Block(kind: .paragraph, range: SourceRange(start: s, end: e),
                                        origin: BlockOrigin(paragraph: blocks.count + 1)))
                }
                lineStart = i + 1
            }
            i += 1
        }
        return blocks
    }
}
