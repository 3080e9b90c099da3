import Mustache

// Template look-ups by name, so that rendering does not reflect on every value with Mirror (it is slow).

extension DocumentRow: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "path": return self.path
        case "title": return self.title
        case "kind": return self.kind
        case "date": return self.date
        case "issuer": return self.issuer
        case "number": return self.number
        case "taskCount": return self.taskCount
        case "failed": return self.failed
        default: return nil
        }
    }
}

extension TaskRow: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "text": return self.text
        case "document": return self.document
        case "documentTitle": return self.documentTitle
        case "path": return self.path
        case "paragraph": return self.paragraph
        case "spanStart": return self.spanStart
        case "spanEnd": return self.spanEnd
        case "marker": return self.marker
        case "section": return self.section
        case "lead": return self.lead
        case "support": return self.support
        case "leadText": return self.leadText
        case "supportText": return self.supportText
        case "hasSupportUnits": return self.hasSupportUnits
        case "owner": return self.owner
        case "hasUnits": return self.hasUnits
        case "deadlineText": return self.deadlineText
        case "deadlineDate": return self.deadlineDate
        case "hasDeadline": return self.hasDeadline
        case "ongoing": return self.ongoing
        case "status": return self.status
        case "statusLabel": return self.statusLabel
        case "done": return self.done
        case "overdue": return self.overdue
        case "dueSoon": return self.dueSoon
        case "needsReview": return self.needsReview
        case "confidence": return self.confidence
        case "rules": return self.rules
        default: return nil
        }
    }
}

extension UnitChecklist: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "unit": return self.unit
        case "fileName": return self.fileName
        case "lead": return self.lead
        case "support": return self.support
        case "hasSupport": return self.hasSupport
        case "isHost": return self.isHost
        case "count": return self.count
        default: return nil
        }
    }
}

extension DiagnosticRow: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "severity": return self.severity
        case "file": return self.file
        case "message": return self.message
        default: return nil
        }
    }
}

extension Count: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "key": return self.key
        case "label": return self.label
        case "count": return self.count
        default: return nil
        }
    }
}

extension MonthGroup: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "month": return self.month
        case "tasks": return self.tasks
        case "count": return self.count
        default: return nil
        }
    }
}

extension ReportModel: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "asOf": return self.asOf
        case "documents": return self.documents
        case "tasks": return self.tasks
        case "units": return self.units
        case "statusCounts": return self.statusCounts
        case "overdue": return self.overdue
        case "dueSoon": return self.dueSoon
        case "needsReview": return self.needsReview
        case "timeline": return self.timeline
        case "diagnostics": return self.diagnostics
        case "edges": return self.edges
        case "documentCount": return self.documentCount
        case "taskCount": return self.taskCount
        case "overdueCount": return self.overdueCount
        case "dueSoonCount": return self.dueSoonCount
        case "warningCount": return self.warningCount
        case "errorCount": return self.errorCount
        case "hasOverdue": return self.hasOverdue
        case "hasDueSoon": return self.hasDueSoon
        case "hasReview": return self.hasReview
        case "hasDiagnostics": return self.hasDiagnostics
        default: return nil
        }
    }
}

extension HTMLPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "report": return self.report
        case "css": return self.css
        case "charts": return self.charts
        default: return nil
        }
    }
}

extension ChecklistPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "list": return self.list
        case "asOf": return self.asOf
        default: return nil
        }
    }
}

extension Charts: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "statusByUnit": return self.statusByUnit
        case "dueByMonth": return self.dueByMonth
        default: return nil
        }
    }
}
