/// A value a template shows or walks: text, a number, a flag, a list or an object with named values.
public enum TemplateValue {
    /// Text, escaped when shown with `{{name}}`.
    case text(String)
    /// A whole number.
    case number(Int)
    /// A flag: a section over it renders when it is true.
    case flag(Bool)
    /// A list: a section renders once per element; `name.count` is its length.
    case list(any TemplateList)
    /// An object with named values.
    case object(any TemplateObject)

    /// Whether a section over the value renders: non-empty text and lists, non-zero numbers, true, any object.
    var isTruthy: Bool {
        switch self {
        case .text(let s): return !s.isEmpty
        case .number(let n): return n != 0
        case .flag(let b): return b
        case .list(let l): return l.count > 0
        case .object: return true
        }
    }

    /// A named value inside this one (an object's field, or a list's `count`).
    func child(_ name: TemplateName) -> TemplateValue? {
        switch self {
        case .object(let o): return o.templateValue(name)
        case .list(let l): return name.isCount ? .number(l.count) : nil
        default: return nil
        }
    }
}

/// A name as a template uses it, compiled once: its text and its number among the names the report model's types
/// answer to (-1 for any other), so that a look-up switches over a number instead of comparing strings.
public struct TemplateName: Sendable, Hashable {
    /// The name as written.
    public let text: String
    /// Its place in ``known`` (the generated list), or -1.
    public let code: Int
    /// Whether it is `count` (a list's length).
    let isCount: Bool

    /// The numbers of the known names.
    static let codes: [String: Int] = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($1, $0) })

    /// Compiles a name.
    public init(_ text: String) {
        self.text = text
        code = Self.codes[text] ?? -1
        isCount = text == "count"
    }
}

/// A type whose values a template can name.
public protocol TemplateObject {
    /// The value of a name, or nil when the type has none by that name.
    func templateValue(named name: String) -> TemplateValue?
    /// The value of a compiled name; by default, the value of its text.
    func templateValue(_ name: TemplateName) -> TemplateValue?
}

extension TemplateObject {
    /// The value of a compiled name, looked up by its text.
    public func templateValue(_ name: TemplateName) -> TemplateValue? { templateValue(named: name.text) }
}

/// A list a template can walk.
public protocol TemplateList {
    /// The number of elements.
    var count: Int { get }
    /// One element.
    func element(at i: Int) -> TemplateValue
}

/// A list of objects. Walking it boxes each element once, as the section over it renders: a reference into the array
/// instead (an index beside it) had the row copied, every field of it retained, for each name looked up.
public struct ObjectList<T: TemplateObject>: TemplateList {
    let items: [T]
    /// Creates the list.
    public init(_ items: [T]) { self.items = items }
    public var count: Int { items.count }
    public func element(at i: Int) -> TemplateValue { .object(items[i]) }
}

/// A list of texts.
public struct TextList: TemplateList {
    let items: [String]
    /// Creates the list.
    public init(_ items: [String]) { self.items = items }
    public var count: Int { items.count }
    public func element(at i: Int) -> TemplateValue { .text(items[i]) }
}

extension TemplateValue {
    /// A list of objects.
    static func objects<T: TemplateObject>(_ a: [T]) -> TemplateValue { .list(ObjectList(a)) }
    /// A list of texts.
    static func texts(_ a: [String]) -> TemplateValue { .list(TextList(a)) }
}
