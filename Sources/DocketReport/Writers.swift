import DocketModel
import Foundation

/// Renders the report model into one format.
public protocol ReportWriter {
    /// Renders the report.
    func render(_ report: ReportModel) throws -> String
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
    public func render(_ report: ReportModel) throws -> String { try style.render(report, template: "report.md") }

    /// Renders one unit's checklist.
    public func checklist(_ list: UnitChecklist, report: ReportModel) throws -> String {
        try style.render(ChecklistPage(list: list, asOf: report.asOf), template: "checklist.md")
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
    public func render(_ report: ReportModel) throws -> String {
        try style.render(HTMLPage(report: report, css: style.css, charts: Charts(report)), template: "report.html")
    }
}
