import DocketModel
import Foundation

/// Renders the report model into one format.
public protocol ReportWriter {
    /// Renders the report into a sink (a file is written as it renders).
    func write(_ report: ReportModel, into sink: ByteSink) throws
}

extension ReportWriter {
    /// Renders the report into a string.
    public func render(_ report: ReportModel) throws -> String {
        let sink = ByteSink()
        try write(report, into: sink)
        return sink.string
    }
}

/// The values the HTML template sees besides the model.
struct HTMLPage {
    let report: ReportModel
    let css: String
    let charts: Charts
}

/// The Markdown report.
public struct MarkdownWriter: ReportWriter, Sendable {
    let style: StyleSet
    /// Creates a writer with a style.
    public init(style: StyleSet) { self.style = style }
    public func write(_ report: ReportModel, into sink: ByteSink) throws { try style.render(report, template: "report.md", into: sink) }

    /// Renders one unit's checklist into a sink.
    public func checklist(_ list: UnitChecklist, report: ReportModel, into sink: ByteSink) throws {
        try style.render(ChecklistPage(list: list, asOf: report.asOf), template: "checklist.md", into: sink)
    }

    /// Renders one unit's checklist.
    public func checklist(_ list: UnitChecklist, report: ReportModel) throws -> String {
        let sink = ByteSink()
        try checklist(list, report: report, into: sink)
        return sink.string
    }
}

struct ChecklistPage {
    let list: UnitChecklist
    let asOf: String
}

/// The self-contained HTML report: CSS inlined, charts as inline SVG, every text escaped.
public struct HTMLWriter: ReportWriter, Sendable {
    let style: StyleSet
    /// Creates a writer with a style.
    public init(style: StyleSet) { self.style = style }
    public func write(_ report: ReportModel, into sink: ByteSink) throws {
        try style.render(HTMLPage(report: report, css: style.css, charts: Charts(report)), template: "report.html", into: sink)
    }
}
