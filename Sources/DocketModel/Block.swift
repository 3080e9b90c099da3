/// What kind of block a reader found.
public enum BlockKind: String, Sendable, Codable {
    /// A paragraph or one line of plain text.
    case paragraph
    /// A heading the format marks as one (Markdown `#`, HTML `h1`…, Word outline level).
    case heading
    /// An item of a list the format marks as one.
    case listItem
    /// One row of a table; its cells are in `cells`.
    case tableRow
}

/// Where a block came from in the source file, for reports.
public struct BlockOrigin: Hashable, Sendable, Codable {
    /// The paragraph number in the source (1-based), counting the blocks the reader produced.
    public var paragraph: Int
    /// The table number and cell position, when the block is a table row.
    public var table: Int?
    /// The row in its table (1-based).
    public var row: Int?

    /// Creates an origin.
    public init(paragraph: Int, table: Int? = nil, row: Int? = nil) {
        self.paragraph = paragraph
        self.table = table
        self.row = row
    }
}

/// One block of a document: a paragraph, heading, list item or table row.
public struct Block: Sendable {
    /// The kind of block.
    public var kind: BlockKind
    /// The block's text range in the document text, without surrounding white space.
    public var range: SourceRange
    /// The heading or list level the format gives (1 = top), when it gives one.
    public var level: Int?
    /// For table rows: the range of each cell's text, in column order after merged cells are resolved.
    public var cells: [SourceRange]
    /// Where the block came from.
    public var origin: BlockOrigin

    /// Creates a block.
    public init(kind: BlockKind, range: SourceRange, level: Int? = nil, cells: [SourceRange] = [], origin: BlockOrigin) {
        self.kind = kind
        self.range = range
        self.level = level
        self.cells = cells
        self.origin = origin
    }
}
