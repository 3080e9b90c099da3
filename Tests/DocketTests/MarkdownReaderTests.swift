import Testing
@testable import DocketModel
@testable import DocketReaders

@Suite struct MarkdownReaderTests {
    @Test func headingsListsTablesAndParagraphs() throws {
        let md = "# 标题\n\n## 一、任务\n\n- 第一项\n  - 子项\n\n| 任务 | 牵头单位 |\n|---|---|\n| 完成建设 | 市水利局 |\n\n正文段落。\n"
        let doc = try Fixtures.document(md, name: "a.md")
        #expect(doc.blocks.map(\.kind) == [.heading, .heading, .listItem, .listItem, .tableRow, .tableRow, .paragraph])
        #expect(doc.text.string(doc.blocks[1].range) == "一、任务")
        #expect(doc.blocks[1].level == 2)
        #expect(doc.blocks[3].level == 2)
        #expect(doc.blocks[5].cells.map { doc.text.string($0) } == ["完成建设", "市水利局"])
    }
}
