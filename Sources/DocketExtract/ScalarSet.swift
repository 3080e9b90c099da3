/// A set of scalars built once, for membership tests in hot loops (a string literal would be decoded on every test).
///
/// Scalars of the Basic Multilingual Plane are looked up in a bitmap (8 KiB), the rest in a set.
struct ScalarSet: Sendable {
    private let bits: [UInt64]
    private let astral: Set<UInt32>

    init(_ s: String) { self.init(s.unicodeScalars.map(\.value)) }

    init<S: Sequence>(_ values: S) where S.Element == UInt32 {
        var b = [UInt64](repeating: 0, count: 1024)
        var a = Set<UInt32>()
        for v in values {
            if v < 0x10000 { b[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { a.insert(v) }
        }
        bits = b
        astral = a
    }

    @inline(__always)
    func contains(_ u: Unicode.Scalar) -> Bool { contains(u.value) }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        v < 0x10000 ? bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : astral.contains(v)
    }
}
/// The scalar sets extraction uses.
enum Scalars {
    static let cjkNumerals = ScalarSet("一二三四五六七八九十百零〇两")
    static let preambleTail = ScalarSet(" :：。")
    static let noteTail = ScalarSet("。;；,， ")
    static let clauseOpeners = ScalarSet("，,、;；。:要并和地")
    static let verbLike = ScalarSet("抓做提加推深开完健强扩优落实保发巩用管取增")
    static let inlineBoundary = ScalarSet("。;；,:!?\n \"“”)")
    /// Characters that make 一是 part of a word (统一是, 唯一是, 同一是…), not an enumeration that follows a title.
    static let beforeYiShi = ScalarSet("统唯同单万之第逐划专合均归择其某另任每")
    static let runOnBoundary = ScalarSet("。;；:：!?！？”\")）")
    /// Bullets that open the items of a newsletter or a list copied from a page (● 8月25日，…; ■ …).
    static let bullets = ScalarSet("●■◆▲►•")
    static let pronouns = ScalarSet("该本我其这此")
    static let functionWords = ScalarSet("的于要对将把被拟都也已并不由")
    static let fieldEnd = ScalarSet(":：。;；\n")
    static let adverbs = ScalarSet("都也均还应亦仍")
    /// Modal verbs that follow the subject of an order (要, 应, 须, 必, 将, 需).
    static let modals = ScalarSet("要应须必将需")
    /// The last character of a word that can stand right before a verb (已, 并, 要, 将, 积极, 主动, 进一步…).
    static let beforeVerb = ScalarSet("已并要将还再均须应极动步时")
    /// Last characters of unit names (部, 委, 局 …, and ) for 各级党委（党组）): a quick filter before the lexicon.
    static let unitEndings = ScalarSet("部委办局厅署院心府团司会组室处科站所队军门位关构行联央社区地校市县省镇乡村)党")
}
