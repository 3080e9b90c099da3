import Dispatch
import Foundation

/// Work spread over the cores with results kept in index order, so that the output never depends on threads.
public enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, run across the cores `chunk` indices at a time; the results in
    /// index order.
    public static func map<T: Sendable>(_ count: Int, chunk: Int = 1, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count)
        let step = max(1, chunk)
        DispatchQueue.concurrentPerform(iterations: (count + step - 1) / step) { c in
            for i in (c * step)..<min(count, (c + 1) * step) { slots.set(i, body(i)) }
        }
        return slots.values.compactMap { $0 }
    }
}

/// One slot per index, written from several threads under a lock.
final class Slots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [T?]
    init(_ count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); values[i] = v; lock.unlock() }
}
