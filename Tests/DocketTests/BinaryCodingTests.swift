import Foundation
import Testing
@testable import DocketExtract
@testable import DocketLedger
@testable import DocketModel

/// The binary form the ledger caches facts in.
@Suite struct BinaryCodingTests {
    struct Sample: Codable, Equatable {
        var text: String
        var count: Int
        var ratio: Double
        var flag: Bool
        var day: Day?
        var note: String?
        var list: [String]
        var nested: [[Int8]]
        var big: UInt64
        var small: Int16
    }

    /// Encodes keys in one order and decodes them in another (a hand-written Codable may).
    struct Reordered: Codable, Equatable {
        var a: String
        var b: Int
        enum K: String, CodingKey { case a, b }
        init(a: String, b: Int) { self.a = a; self.b = b }
        init(from d: any Decoder) throws {
            let c = try d.container(keyedBy: K.self)
            b = try c.decode(Int.self, forKey: .b)
            a = try c.decode(String.self, forKey: .a)
        }
        func encode(to e: any Encoder) throws {
            var c = e.container(keyedBy: K.self)
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)
        }
    }

    func json<T: Encodable>(_ v: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: try e.encode(v), as: UTF8.self)
    }

    @Test func valuesRoundTrip() throws {
        let samples = [
            Sample(text: "任务\u{0}\n\"引号\"", count: -123_456_789, ratio: 0.65, flag: true, day: Day(year: 2025, month: 12, day: 31),
                   note: nil, list: ["", "甲"], nested: [[], [-128, 127]], big: UInt64(Int64.max), small: -32768),
            Sample(text: "", count: Int.min, ratio: -.infinity, flag: false, day: nil, note: "备注", list: [], nested: [], big: 0, small: 0),
        ]
        for s in samples { #expect(try BinaryCoding.decode(Sample.self, from: try BinaryCoding.encode(s)) == s) }
        let r = Reordered(a: "甲", b: 7)
        #expect(try BinaryCoding.decode(Reordered.self, from: try BinaryCoding.encode(r)) == r, "keys asked out of order are found")
        #expect(throws: (any Error).self) { try BinaryCoding.encode(Sample(text: "", count: 0, ratio: 0, flag: true, day: nil, note: nil,
                                                                          list: [], nested: [], big: .max, small: 0)) }
    }

    @Test func badBytesThrowAndNeverCrash() throws {
        let good = try BinaryCoding.encode(Reordered(a: "任务清单", b: 300))
        #expect(throws: (any Error).self) { try BinaryCoding.decode(Reordered.self, from: Array("{\"a\":1}".utf8)) }
        for n in 0..<good.count {
            #expect(throws: (any Error).self, "truncated at \(n)") { try BinaryCoding.decode(Reordered.self, from: Array(good[0..<n])) }
        }
        // Every single-byte change either decodes to some value or throws.
        for i in BinaryCoding.magic.count..<good.count {
            for v: UInt8 in [0, 0x7F, 0x80, 0xFF] {
                var bad = good
                bad[i] = v
                _ = try? BinaryCoding.decode(Reordered.self, from: bad)
            }
        }
        #expect(throws: (any Error).self) { try BinaryCoding.decode(Sample.self, from: good) }
    }

    /// Reads the corpus from ../shared.
    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
    func corpusFactsRoundTripAndOldJSONRowsStillRead() throws {
        let dir = Fixtures.sharedPath("corpus/docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count > 10)
        for n in names {
            let doc = try Fixtures.document(try String(contentsOfFile: dir + "/" + n, encoding: .utf8), name: n)
            let x = Extractor().extract(doc)
            let binary = try BinaryCoding.encode(x)
            let back = try BinaryCoding.decode(DocumentExtraction.self, from: binary)
            #expect(try json(back) == json(x), "\(n) round-trips")
            let legacy = Ledger.StoredFacts(json: try json(x), binary: nil)
            #expect(try json(try legacy.decode()) == json(x), "\(n): a v1 row (JSON) still decodes")
        }
    }
}
