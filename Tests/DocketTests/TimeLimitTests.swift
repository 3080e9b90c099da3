import Testing
@testable import DocketExtract
@testable import DocketModel

@Suite struct TimeLimitTests {
    @Test func aDeadlineInThePastStopsExtractionWithADiagnostic() throws {
        var text = ""
        for i in 1...200 { text += "（\(i)）要抓好第\(i)项工作。\n" }
        let doc = try Fixtures.document(text)
        let x = Extractor().extract(doc, referenceDate: nil, deadline: ContinuousClock.now - .seconds(1))
        #expect(x.diagnostics.contains { $0.id == "extract.timeout" && $0.severity == .error })
        let y = Extractor().extract(doc, referenceDate: nil, deadline: ContinuousClock.now + .seconds(600))
        #expect(!y.diagnostics.contains { $0.id == "extract.timeout" })
        #expect(y.tasks.count == 200)
    }
}
