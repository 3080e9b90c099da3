import DocketModel

/// A later task that reports on an earlier one.
public struct FollowUp: Sendable, Hashable {
    /// The later task (in a progress notice or a later meeting).
    public var from: String
    /// The earlier task it reports on.
    public var to: String
    /// How alike the two are, 0…1.
    public var score: Double
    /// Whether another earlier task was nearly as alike, so that the link needs a person's review.
    public var ambiguous: Bool
    /// The runner-up, when ambiguous.
    public var alternative: String?
}

/// Links tasks met again in later documents to the tasks they report on.
///
/// Texts are compared by their first sentence (the task's name: 完成城区第二水厂扩建工程主体建设) with
/// character-bigram Dice, helped by shared units. A progress notice names an item by a short title of its own
/// (城区供水管网改造一期工程招标) for a task that minutes may word around its units under a heading that gives the
/// topic (一、关于城区供水管网改造问题 / 由县水利局牵头，…完成一期工程招标): a notice's item is also compared by how much
/// of its title the earlier task's heading and name hold. Candidates come from an index of bigrams, so a ledger of
/// thousands of documents is not compared pair by pair. A link is made only to an earlier document.
public enum FollowUpLinker {
    /// The least score for a link from a progress notice, and from any other later document.
    public static let progressThreshold = 0.6
    public static let otherThreshold = 0.8
    /// Two candidates closer than this make the link ambiguous.
    public static let margin = 0.05

    struct Item {
        var id: String
        var doc: Int
        /// The bigrams of the task's key, sorted, for Dice by merging.
        var sorted: [UInt64]
        /// The bigrams of its whole first sentence and of the heading it is under (its topic), sorted; worked out only
        /// where a batch holds progress notices, and only for the tasks of other documents (empty otherwise).
        var topic: [UInt64]
        /// The numbers of its units (lead and support), sorted: compared by merging, not by hashing names.
        var units: [Int32]
    }

    /// The task's name: its first clause of eight characters or more (whole: its first sentence), at most `limit`
    /// characters, without spaces, commas and quotes.
    static func key(_ text: String, whole: Bool = false, limit: Int = 40) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for u in text.unicodeScalars {
            let f = SourceText.fold(u)
            if f == "。" || f == ";" || f == "；" || (!whole && f == "," && out.count >= 8) { break }
            if SourceText.isSpace(f) || f == "," || f == "“" || f == "”" { continue }
            out.append(f)
            if out.count >= limit { break }
        }
        return out
    }

    static func grams(_ k: [Unicode.Scalar]) -> [UInt64] {
        guard k.count >= 2 else { return k.map { UInt64($0.value) } }
        return (0..<(k.count - 1)).map { UInt64(k[$0].value) << 32 | UInt64(k[$0 + 1].value) }
    }

    /// The numbers of a task's units (lead and support), distinct and sorted; a unit not yet numbered gets the next.
    static func numbers(_ t: TaskFact, in unitNumbers: inout [String: Int32]) -> [Int32] {
        var units: [Int32] = []
        for u in t.lead + t.support {
            let n = unitNumbers[u] ?? Int32(unitNumbers.count)
            unitNumbers[u] = n
            units.append(n)
        }
        return Array(Set(units)).sorted()
    }

    /// Whether two sorted lists of unit numbers share one.
    static func sharesAny(_ a: [Int32], _ b: [Int32]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// The bigrams of a task's heading and whole first sentence, sorted: its topic and its name, which minutes may put
    /// after the units (一、关于城区供水管网改造问题 / 由县水利局牵头，…，于10月底前完成一期工程招标。).
    static func topic(_ t: TaskFact) -> [UInt64] {
        (grams(key(t.text, whole: true, limit: DocumentDigest.linkLength)) + (t.section.last.map { grams(key($0)) } ?? [])).sorted()
    }

    /// How much of a multiset of bigrams another holds, each given sorted: the shared count over the first's size.
    static func held(_ a: [UInt64], in b: [UInt64]) -> Double {
        a.isEmpty ? 0 : Double(shared(a, b)) / Double(a.count)
    }

    /// How many bigrams two multisets share, each given sorted: counted by merging.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return common
    }

    /// The earlier items (numbers below `bound`) that share enough of a key's rarest bigrams to be compared.
    ///
    /// Candidates come through the key's rarest bigrams only (at most 6, each in at most 64 earlier tasks), so the
    /// work per task is bounded however large the ledger grows; with four rare bigrams or more, two must be shared.
    static func shortlist(_ key: [UInt64], in index: GramIndex, earlierThan bound: Int32) -> [Int] {
        var rare: [(UInt64, Int, ArraySlice<Int32>)] = []
        var last: UInt64?
        for g in key where g != last {
            last = g
            let list = index.items(with: g)
            guard !list.isEmpty else { continue }
            // The number of earlier items with this bigram: the list is ascending, so binary-search the bound.
            var lo = list.startIndex, hi = list.endIndex
            while lo < hi { let m = (lo + hi) / 2; if list[m] < bound { lo = m + 1 } else { hi = m } }
            let n = lo - list.startIndex
            if n > 0 && n <= 64 { rare.append((g, n, list[list.startIndex..<lo])) }
        }
        rare.sort { ($0.1, $0.0) < ($1.1, $1.0) }
        if rare.count > 6 { rare.removeLast(rare.count - 6) }
        // The candidates and how many of the rare bigrams each shares: the lists merged and counted in runs.
        var all: [Int32] = []
        for (_, _, list) in rare { all.append(contentsOf: list) }
        all.sort()
        let need = rare.count >= 4 ? 2 : 1
        var out: [Int] = []
        var k = 0
        while k < all.count {
            var e = k + 1
            while e < all.count && all[e] == all[k] { e += 1 }
            if e - k >= need { out.append(Int(all[k])) }
            k = e
        }
        return out
    }

    /// Dice over two multisets of bigrams, each given sorted: twice the shared count over the total.
    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(shared(a, b)) / Double(a.count + b.count)
    }

    /// Links the tasks of documents given in time order (earliest first).
    ///
    /// Each task is looked up among the tasks of earlier documents only. The index of bigrams is built once for
    /// all tasks (item numbers ascending, so "earlier" is a prefix of each list), and the look-ups run in parallel.
    /// `only` names the documents (by position) whose tasks are looked up (a batch linked to a ledger's archive);
    /// nil, every document's. A task's link does not depend on which others are looked up.
    public static func link(_ docs: [DocumentExtraction], only: Set<Int>? = nil) -> [FollowUp] {
        if let only { return link(docs, looking: only) }
        var items: [Item] = []
        var starts: [Int] = []
        var unitNumbers: [String: Int32] = [:]
        for (d, x) in docs.enumerated() {
            starts.append(items.count)
            for t in x.tasks {
                items.append(Item(id: t.id, doc: d, sorted: grams(key(t.text)).sorted(), topic: [], units: numbers(t, in: &unitNumbers)))
            }
        }
        let index = GramIndex(items.map(\.sorted))
        // Where a batch holds progress notices, their titles also find the tasks of other documents by heading and
        // whole first sentence (worked out in parallel, only then); a notice's own items are found by their titles,
        // through the first index.
        let progress = docs.map { $0.document.kind == .progress }
        var topics: GramIndex?
        if progress.contains(true) {
            let frozen = items, frozenStarts = starts
            let lists = Parallel.map(frozen.count, chunk: 512) { i -> [UInt64] in
                let d = frozen[i].doc
                guard !progress[d] else { return [] }
                return topic(docs[d].tasks[i - frozenStarts[d]])
            }
            for i in items.indices { items[i].topic = lists[i] }
            topics = GramIndex(lists)
        }
        let thresholds = docs.map { $0.document.kind == .progress ? progressThreshold : otherThreshold }
        let frozenItems = items, frozenIndex = index, frozenTopics = topics, frozenStarts = starts
        let found = Parallel.map(items.count, chunk: 256) { i -> FollowUp? in
            guard frozenItems[i].doc > 0 else { return nil }
            return best(for: i, items: frozenItems, index: frozenIndex, topics: frozenTopics, earlierThan: frozenStarts[frozenItems[i].doc],
                        threshold: thresholds[frozenItems[i].doc], byTitle: progress[frozenItems[i].doc])
        }
        return found.compactMap { $0 }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// ``link(_:only:)`` for the tasks of a few documents among many (a batch against a ledger's archive): what it
    /// finds, found with a fraction of the work.
    ///
    /// Items are numbered as there, but only the looked-up tasks and their candidates are made into items. The
    /// indexes keep only the bigrams of the looked-up keys (all that their look-ups ask for, each with every item
    /// that holds it, so that every shortlist is the same), worked out in parallel without storing any other
    /// bigram; units are numbered over the items made, which tells shared units as numbering them all does.
    static func link(_ docs: [DocumentExtraction], looking only: Set<Int>) -> [FollowUp] {
        var firsts: [Int] = []
        var owners: [Int32] = []
        for (d, x) in docs.enumerated() {
            firsts.append(owners.count)
            owners.append(contentsOf: repeatElement(Int32(d), count: x.tasks.count))
        }
        let starts = firsts, owner = owners
        let progress = docs.map { $0.document.kind == .progress }
        func task(_ i: Int) -> TaskFact { docs[Int(owner[i])].tasks[i - starts[Int(owner[i])]] }
        let asked = only.sorted().filter { $0 < docs.count }.flatMap { d in starts[d]..<(starts[d] + docs[d].tasks.count) }
        let wanted = WantedGrams(asked.flatMap { grams(key(task($0).text)) })
        let index = GramIndex(Parallel.map(owner.count, chunk: 1024) { i -> [UInt64] in
            let d = Int(owner[i])
            return grams(key(docs[d].tasks[i - starts[d]].text)).filter(wanted.contains).sorted()
        })
        var topics: GramIndex?
        let byTitle = asked.contains { progress[Int(owner[$0])] }
        if byTitle {
            topics = GramIndex(Parallel.map(owner.count, chunk: 1024) { i -> [UInt64] in
                let d = Int(owner[i])
                guard !progress[d] else { return [] }
                return topic(docs[d].tasks[i - starts[d]]).filter(wanted.contains)
            })
        }
        // The items: placeholders, but for the looked-up tasks and every candidate they shortlist.
        var items = owner.map { Item(id: "", doc: Int($0), sorted: [], topic: [], units: []) }
        var made = Set<Int>()
        var unitNumbers: [String: Int32] = [:]
        func make(_ i: Int) {
            guard made.insert(i).inserted else { return }
            let t = task(i)
            items[i].id = t.id
            items[i].sorted = grams(key(t.text)).sorted()
            items[i].units = numbers(t, in: &unitNumbers)
            if byTitle && !progress[items[i].doc] { items[i].topic = topic(t) }
        }
        for i in asked {
            make(i)
            let d = items[i].doc
            guard d > 0 else { continue }
            let bound = Int32(starts[d])
            var candidates = shortlist(items[i].sorted, in: index, earlierThan: bound)
            if progress[d], let topics { candidates += shortlist(items[i].sorted, in: topics, earlierThan: bound) }
            for j in candidates { make(j) }
        }
        let frozenItems = items, frozenIndex = index, frozenTopics = topics
        let found = Parallel.map(asked.count, chunk: 16) { k -> FollowUp? in
            let i = asked[k], d = frozenItems[i].doc
            guard d > 0 else { return nil }
            return best(for: i, items: frozenItems, index: frozenIndex, topics: frozenTopics, earlierThan: starts[d],
                        threshold: progress[d] ? progressThreshold : otherThreshold, byTitle: progress[d])
        }
        return found.compactMap { $0 }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// The earlier task (item number below `limit`) that item `i` follows up, if any scores above the threshold.
    static func best(for i: Int, items: [Item], index: GramIndex, topics: GramIndex? = nil, earlierThan limit: Int,
                     threshold: Double, byTitle: Bool = false) -> FollowUp? {
        var candidates = shortlist(items[i].sorted, in: index, earlierThan: Int32(limit))
        // (A notice's title is also looked up among the earlier tasks' headings and whole first sentences.)
        if byTitle, let topics { candidates = Array(Set(candidates + shortlist(items[i].sorted, in: topics, earlierThan: Int32(limit)))).sorted() }
        var scored: [(Double, Int)] = []
        for j in candidates {
            var s = dice(items[i].sorted, items[j].sorted)
            // (A notice's title of five characters or more, nearly all held by the task's heading and name.)
            if byTitle, items[i].sorted.count >= 4 { s = max(s, 0.9 * held(items[i].sorted, in: items[j].topic)) }
            if sharesAny(items[i].units, items[j].units) { s = min(1, s + 0.1) }
            if s >= threshold { scored.append((s, j)) }
        }
        scored.sort { ($0.0, items[$1.1].id) > ($1.0, items[$0.1].id) }
        guard let best = scored.first else { return nil }
        let second = scored.dropFirst().first
        let ambiguous = second.map { best.0 - $0.0 < margin } ?? false
        return FollowUp(from: items[i].id, to: items[best.1].id, score: (best.0 * 1000).rounded() / 1000,
                        ambiguous: ambiguous, alternative: ambiguous ? second.map { items[$0.1].id } : nil)
    }
}

/// A set of bigrams that answers "no" for most others without hashing into a `Set`: a 65,536-bit map of their
/// hashes (8 KiB, in the cache) is looked at first.
struct WantedGrams: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private let set: Set<UInt64>

    init(_ grams: [UInt64]) {
        set = Set(grams)
        for g in set { let h = Self.hash(g); bits[h >> 6] |= 1 << UInt64(h & 63) }
    }

    @inline(__always) static func hash(_ g: UInt64) -> Int { Int(truncatingIfNeeded: (g &* 0x9E37_79B9_7F4A_7C15) >> 48) }

    func contains(_ g: UInt64) -> Bool {
        let h = Self.hash(g)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0 && set.contains(g)
    }
}
