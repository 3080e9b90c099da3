import DocketXML
import Foundation

/// The XML report: every fact, its source and the graph, valid against `docket.rng` (checked with libxml2's
/// RELAX NG validator as it is written, for reports up to ``validationLimit``; larger ones stream to the file).
public struct XMLWriter: ReportWriter, Sendable {
    let style: StyleSet
    /// The largest report validated against the schema as it is written.
    public var validationLimit = 8 << 20

    /// Creates a writer with a style (whose schema the output is checked against).
    public init(style: StyleSet) { self.style = style }

    /// An XML report that does not satisfy the schema.
    public struct Invalid: Error, CustomStringConvertible {
        public var messages: [String]
        public var description: String { "the XML report is not valid against docket.rng: " + messages.prefix(5).joined(separator: "; ") }
    }

    /// Writes the report. A report small enough is rendered in memory and validated first; a larger one (a
    /// province's archive) streams into the sink.
    public func write(_ r: ReportModel, into sink: ByteSink) throws {
        // About a kilobyte per task and edge: a bound that keeps validation for every batch of a few meetings.
        if (r.tasks.count + r.edges.count / 4) * 1024 <= validationLimit {
            let memory = ByteSink()
            try emit(r, into: memory)
            let problems = RelaxNG.validate(xml: memory.string, schema: style.schema)
            if !problems.isEmpty { throw Invalid(messages: problems) }
            sink.append(memory.bytes)
        } else {
            try emit(r, into: sink)
        }
    }

    /// Writes the report's XML into a sink, flushing as it goes.
    func emit(_ r: ReportModel, into sink: ByteSink) throws {
        var w = XMLText(sink)
        w.start("docket", [("version", "1"), ("as-of", r.asOf)])
        w.start("documents")
        for d in r.documents {
            var attrs = [("name", d.name), ("path", d.path), ("kind", d.kind), ("tasks", String(d.taskCount))]
            if !d.date.isEmpty { attrs.append(("date", d.date)) }
            if d.failed { attrs.append(("failed", "true")) }
            w.start("document", attrs)
            w.element("title", d.title)
            if !d.issuer.isEmpty { w.element("issuer", d.issuer) }
            if !d.number.isEmpty { w.element("number", d.number) }
            if !d.host.isEmpty { w.element("host", d.host) }
            for a in d.attendees { w.element("attendee", a) }
            w.end()
            try sink.flushIfFull()
        }
        w.end()
        w.start("tasks")
        for t in r.tasks {
            var attrs = [("id", t.id), ("document", t.document), ("status", t.status), ("confidence", t.confidence)]
            if t.overdue { attrs.append(("overdue", "true")) }
            if t.dueSoon { attrs.append(("due-soon", "true")) }
            if t.needsReview { attrs.append(("needs-review", "true")) }
            w.start("task", attrs)
            w.element("text", t.text)
            w.element("source", "", [("path", t.path), ("paragraph", String(t.paragraph)), ("start", String(t.spanStart)), ("end", String(t.spanEnd))])
            for u in t.lead { w.element("lead", u) }
            for u in t.support { w.element("support", u) }
            if t.hasDeadline {
                var a = [("ongoing", t.ongoing ? "true" : "false")]
                if t.deadlineDate.count == 10 { a.append(("date", t.deadlineDate)) }
                w.element("deadline", t.deadlineText, a)
            }
            w.end()
            try sink.flushIfFull()
        }
        w.end()
        for (list, name) in [(r.targets, "target"), (r.problems, "problem")] where !list.isEmpty {
            w.start(name + "s")
            for x in list {
                w.element(name, x.text, [("document", x.document), ("place", x.place)])
                try sink.flushIfFull()
            }
            w.end()
        }
        if !r.metrics.isEmpty {
            w.start("metrics")
            for g in r.metrics {
                for c in g.clauses { w.element("metric", c, [("document", g.document)]) }
                try sink.flushIfFull()
            }
            w.end()
        }
        w.start("graph")
        for e in r.edges {
            w.element("edge", "", [("from", e.from), ("to", e.to), ("kind", e.kind.rawValue)])
            try sink.flushIfFull()
        }
        // Links a person should confirm: the later task may follow up either earlier one.
        for l in r.reviewLinks {
            w.element("edge", "", [("from", l.from), ("to", l.to), ("kind", "may-follow-up")])
            if !l.alternativeId.isEmpty { w.element("edge", "", [("from", l.from), ("to", l.alternativeId), ("kind", "may-follow-up")]) }
        }
        w.end()
        w.start("diagnostics")
        for d in r.diagnostics { w.element("diagnostic", d.message, [("id", d.id), ("severity", d.severity), ("file", d.file)]) }
        w.end()
        w.end()
    }
}
