import Mustache

// Template look-ups by name, so that rendering does not reflect on every value with Mirror (it is slow).

extension DocumentRow: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return name
        case "path": return path
        case "title": return title
        case "kind": return kind
        case "date": return date
        case "issuer": return issuer
        case "number": return number
        case "taskCount": return taskCount
        case "failed": return failed
        default: return nil
        }
    }
}

extension TaskRow: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "text": return text
        case "document": return document
        case "documentTitle": return documentTitle
        case "path": return path
        case "paragraph": return paragraph
        case "spanStart": return spanStart
        case "spanEnd": return spanEnd
        case "marker": return marker
        case "section": return section
        case "lead": return lead
        case "support": return support
        case "leadText": return leadText
        case "supportText": return supportText
        case "hasSupportUnits": return hasSupportUnits
        case "owner": return owner
        case "hasUnits": return hasUnits
        case "deadlineText": return deadlineText
        case "deadlineDate": return deadlineDate
        case "hasDeadline": return hasDeadline
        case "ongoing": return ongoing
        case "status": return status
        case "statusLabel": return statusLabel
        case "done": return done
        case "overdue": return overdue
        case "dueSoon": return dueSoon
        case "needsReview": return needsReview
        case "confidence": return confidence
        case "rules": return rules
        default: return nil
        }
    }
}

extension UnitChecklist: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "unit": return unit
        case "fileName": return fileName
        case "lead": return lead
        case "support": return support
        case "hasSupport": return hasSupport
        case "isHost": return isHost
        case "count": return count
        default: return nil
        }
    }
}

extension DiagnosticRow: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "severity": return severity
        case "file": return file
        case "message": return message
        default: return nil
        }
    }
}

extension Count: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "key": return key
        case "label": return label
        case "count": return count
        default: return nil
        }
    }
}

extension MonthGroup: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "month": return month
        case "tasks": return tasks
        case "count": return count
        default: return nil
        }
    }
}

extension ReportModel: MustacheParent {
    /// The value a template names.
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "asOf": return asOf
        case "documents": return documents
        case "tasks": return tasks
        case "units": return units
        case "statusCounts": return statusCounts
        case "overdue": return overdue
        case "dueSoon": return dueSoon
        case "needsReview": return needsReview
        case "timeline": return timeline
        case "diagnostics": return diagnostics
        case "edges": return edges
        case "documentCount": return documentCount
        case "taskCount": return taskCount
        case "overdueCount": return overdueCount
        case "dueSoonCount": return dueSoonCount
        case "warningCount": return warningCount
        case "errorCount": return errorCount
        case "hasOverdue": return hasOverdue
        case "hasDueSoon": return hasDueSoon
        case "hasReview": return hasReview
        case "hasDiagnostics": return hasDiagnostics
        default: return nil
        }
    }
}

extension HTMLPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "report": return report
        case "css": return css
        case "charts": return charts
        default: return nil
        }
    }
}

extension ChecklistPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "list": return list
        case "asOf": return asOf
        default: return nil
        }
    }
}

extension Charts: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "statusByUnit": return statusByUnit
        case "dueByMonth": return dueByMonth
        default: return nil
        }
    }
}
