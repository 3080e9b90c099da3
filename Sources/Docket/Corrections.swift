import DocketModel
import Foundation

/// One correction the secretariat made by hand, keyed by task id.
public struct Correction: Sendable, Equatable {
    public var task: String
    public var text: String?
    public var lead: [String]?
    public var support: [String]?
    public var deadline: String?
    public var status: String?
    /// Drop a false task.
    public var drop = false
    /// Merge this task into another (the other keeps its id).
    public var mergeInto: String?
}

/// Reads `corrections.toml` and applies it to extracted facts, so that corrections survive re-extraction.
///
/// The file is an array of tables; each names the task and the fields to fix:
///
///     [[correction]]
///     task = "sample-division-plan#t3"
///     deadline = "2026-09-30"      # or "ongoing"
///     status = "done"              # done, in_progress, not_started, delayed, or "" to clear
///     lead = ["市水利局"]
///
///     [[correction]]
///     task = "sample-division-plan#t7"
///     drop = true
///
///     [[correction]]
///     task = "sample-progress-notice#t2"
///     merge = "sample-division-plan#t2"
public enum Corrections {
    /// A line of the file that cannot be understood.
    public struct ParseError: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Parses the supported subset of TOML: `[[correction]]` tables with strings, string arrays and booleans.
    public static func parse(_ text: String) throws -> [Correction] {
        var out: [Correction] = []
        var current: [String: TOMLValue]?
        func flush(_ line: Int) throws {
            guard let c = current else { return }
            guard case .string(let task)? = c["task"] else { throw ParseError(line: line, reason: "a [[correction]] has no task = \"…\"") }
            var k = Correction(task: task)
            if case .string(let v)? = c["text"] { k.text = v }
            if case .array(let v)? = c["lead"] { k.lead = v }
            if case .array(let v)? = c["support"] { k.support = v }
            if case .string(let v)? = c["deadline"] { k.deadline = v }
            if case .string(let v)? = c["status"] { k.status = v }
            if case .bool(let v)? = c["drop"] { k.drop = v }
            if case .string(let v)? = c["merge"] { k.mergeInto = v }
            out.append(k)
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "[[correction]]" {
                try flush(n + 1)
                current = [:]
                continue
            }
            guard current != nil else { throw ParseError(line: n + 1, reason: "expected [[correction]] before any key") }
            guard let eq = line.firstIndex(of: "=") else { throw ParseError(line: n + 1, reason: "expected key = value") }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard let v = TOMLValue.parse(value) else { throw ParseError(line: n + 1, reason: "cannot read the value of \(key)") }
            current?[key] = v
        }
        try flush(text.split(separator: "\n", omittingEmptySubsequences: false).count)
        return out
    }

    static func stripComment(_ s: String) -> String {
        var inString = false
        var out = ""
        var escaped = false
        for c in s {
            if c == "\"" && !escaped { inString.toggle() }
            if c == "#" && !inString { break }
            escaped = c == "\\" && !escaped
            out.append(c)
        }
        return out
    }

    /// A warning for each correction that names a task no document of the batch has (a typing slip, or a document
    /// no longer compiled), and for each merge into such a task: nothing is corrected silently wrong, nor silently not.
    public static func unmatched(_ corrections: [Correction], ids: Set<String>, file: String) -> [Diagnostic] {
        corrections.flatMap { c -> [Diagnostic] in
            var out: [Diagnostic] = []
            if !ids.contains(c.task) {
                out.append(Diagnostic(id: "correction.unknown-task", severity: .warning, file: file,
                                      message: "no task \(c.task) in this batch; its correction is not applied"))
            }
            if let target = c.mergeInto, !ids.contains(target) {
                out.append(Diagnostic(id: "correction.unknown-task", severity: .warning, file: file,
                                      message: "no task \(target) in this batch to merge \(c.task) into; the merge is not applied"))
            }
            return out
        }
    }

    /// Applies corrections to a batch's facts; returns the corrected facts and, per task id, the fields corrected.
    public static func apply(_ corrections: [Correction], to extractions: [DocumentExtraction]) -> ([DocumentExtraction], [String: [String]]) {
        let byTask = Dictionary(corrections.map { ($0.task, $0) }, uniquingKeysWith: { _, b in b })
        var marks: [String: [String]] = [:]
        var merged: [String: String] = [:]
        var out = extractions
        // (A merge into a task no document has would lose the task: it is not applied.)
        let ids = Set(extractions.flatMap { $0.tasks.map(\.id) })
        for (di, x) in out.enumerated() {
            var tasks: [TaskFact] = []
            for var t in x.tasks {
                guard let c = byTask[t.id] else { tasks.append(t); continue }
                if c.drop { marks[t.id, default: []].append("dropped"); continue }
                if let target = c.mergeInto, ids.contains(target) { merged[t.id] = target; marks[t.id, default: []].append("merged"); continue }
                if let v = c.text { t.text = v; marks[t.id, default: []].append("text") }
                if let v = c.lead { t.lead = v; marks[t.id, default: []].append("lead") }
                if let v = c.support { t.support = v; marks[t.id, default: []].append("support") }
                if let v = c.deadline {
                    t.deadline = v == "ongoing" ? Deadline(text: "长期", date: nil, ongoing: true, rule: "corrected")
                        : v.isEmpty ? nil : Deadline(text: v, date: Day(iso: v), ongoing: false, rule: "corrected")
                    marks[t.id, default: []].append("deadline")
                }
                if let v = c.status { t.status = TaskStatus(rawValue: v); marks[t.id, default: []].append("status") }
                t.confidence = 1
                t.rules.append("corrected")
                tasks.append(t)
            }
            out[di].tasks = tasks
        }
        // A merged task gives its units to the task it was merged into.
        if !merged.isEmpty {
            var extra: [String: (lead: [String], support: [String])] = [:]
            for x in extractions { for t in x.tasks { if let target = merged[t.id] { extra[target, default: ([], [])].lead += t.lead; extra[target, default: ([], [])].support += t.support } } }
            for di in out.indices {
                for ti in out[di].tasks.indices {
                    guard let e = extra[out[di].tasks[ti].id] else { continue }
                    for u in e.lead where !out[di].tasks[ti].lead.contains(u) { out[di].tasks[ti].lead.append(u) }
                    for u in e.support where !out[di].tasks[ti].support.contains(u) && !out[di].tasks[ti].lead.contains(u) { out[di].tasks[ti].support.append(u) }
                }
            }
        }
        return (out, marks)
    }
}

/// A value of the TOML subset Docket reads.
enum TOMLValue: Equatable {
    case string(String)
    case array([String])
    case bool(Bool)

    static func parse(_ s: String) -> TOMLValue? {
        if s == "true" { return .bool(true) }
        if s == "false" { return .bool(false) }
        if s.hasPrefix("\"") { return string(s).map { .string($0) } }
        if s.hasPrefix("[") && s.hasSuffix("]") {
            let inner = s.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
            if inner.isEmpty { return .array([]) }
            var items: [String] = []
            var cur = ""
            var inString = false
            var escaped = false
            for c in inner {
                if c == "\"" && !escaped { inString.toggle() }
                if c == "," && !inString {
                    guard let v = string(cur.trimmingCharacters(in: .whitespaces)) else { return nil }
                    items.append(v)
                    cur = ""
                } else { cur.append(c) }
                escaped = c == "\\" && !escaped
            }
            if !cur.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let v = string(cur.trimmingCharacters(in: .whitespaces)) else { return nil }
                items.append(v)
            }
            return .array(items)
        }
        return nil
    }

    /// A basic TOML string with \" \\ \n \t escapes.
    static func string(_ s: String) -> String? {
        guard s.count >= 2, s.hasPrefix("\""), s.hasSuffix("\"") else { return nil }
        var out = ""
        var escaped = false
        for c in s.dropFirst().dropLast() {
            if escaped {
                switch c {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return escaped ? nil : out
    }
}
