/// A set of scalars built once, for membership tests in hot loops (a string literal would be decoded on every test).
struct ScalarSet: Sendable {
    private let values: Set<UInt32>

    init(_ s: String) { values = Set(s.unicodeScalars.map(\.value)) }

    func contains(_ u: Unicode.Scalar) -> Bool { values.contains(u.value) }
}

/// The scalar sets extraction uses.
enum Scalars {
    static let cjkNumerals = ScalarSet("一二三四五六七八九十百零〇两")
    static let preambleTail = ScalarSet(" :：。")
    static let noteTail = ScalarSet("。;；,， ")
    static let clauseOpeners = ScalarSet("，,、;；。:要并和地")
    static let verbLike = ScalarSet("抓做提加推深开完健强扩优落实保发巩用管")
    static let inlineBoundary = ScalarSet("。;；,:!?\n \"“”")
    static let runOnBoundary = ScalarSet("。;；:：!?！？”\")）")
    static let pronouns = ScalarSet("该本我其这此")
    static let functionWords = ScalarSet("的于要对将把被拟都也已并不由")
    static let fieldEnd = ScalarSet(":：。;；\n")
    static let adverbs = ScalarSet("都也均还应亦仍")
    /// Last characters of unit names (部, 委, 局 …, and ) for 各级党委（党组）): a quick filter before the lexicon.
    static let unitEndings = ScalarSet("部委办局厅署院心府团司会组室处科站所队军门位关构行联央社区地校市县省镇乡村)党")
}
