/// An index from character bigrams to the tasks that hold them: for each bigram, the ascending list of task numbers.
///
/// Built once for every task of a ledger (millions of bigram occurrences at ten thousand documents), it is an open
/// addressing table from bigram to a slice of one postings array, so that building and looking up hash no
/// `Dictionary` keys and allocate no array per bigram. The table grows with the distinct bigrams (kept at most half
/// full), not with their occurrences, so that it stays small enough for the cache.
struct GramIndex: Sendable {
    private var keys: [UInt64] = []
    /// For the bigram in a slot, where its postings start and end in `postings`.
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var used: [Bool] = []
    private var mask = 0
    private var count = 0
    private var postings: [Int32] = []

    /// Builds the index over the bigrams of each item (each list sorted; repeats are indexed once per item).
    init(_ items: [[UInt64]]) {
        allocate(1 << 12)
        // First pass: count each bigram's items (in `ends`), then turn the counts into offsets.
        for grams in items {
            var last: UInt64?
            for g in grams where g != last {
                last = g
                var s = slot(g)
                if !used[s] {
                    if (count + 1) * 2 > mask + 1 { grow(); s = slot(g) }
                    used[s] = true
                    keys[s] = g
                    count += 1
                }
                ends[s] += 1
            }
        }
        var offset: Int32 = 0
        for s in 0...mask where used[s] {
            starts[s] = offset
            offset += ends[s]
            ends[s] = starts[s]
        }
        // Second pass: fill the postings in item order, so that each list is ascending.
        postings = Array(repeating: 0, count: Int(offset))
        for (i, grams) in items.enumerated() {
            var last: UInt64?
            for g in grams where g != last {
                last = g
                let s = slot(g)
                postings[Int(ends[s])] = Int32(i)
                ends[s] += 1
            }
        }
    }

    private mutating func allocate(_ capacity: Int) {
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        starts = Array(repeating: 0, count: capacity)
        ends = Array(repeating: 0, count: capacity)
        used = Array(repeating: false, count: capacity)
    }

    /// Doubles the table, keeping each bigram's count.
    private mutating func grow() {
        let oldKeys = keys, oldEnds = ends, oldUsed = used
        allocate((mask + 1) * 2)
        for s in oldKeys.indices where oldUsed[s] {
            let t = slot(oldKeys[s])
            used[t] = true
            keys[t] = oldKeys[s]
            ends[t] = oldEnds[s]
        }
    }

    /// The slot of a bigram: where it is, or the free slot where it would go.
    private func slot(_ g: UInt64) -> Int {
        var s = Int(truncatingIfNeeded: (g &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while used[s] && keys[s] != g { s = (s + 1) & mask }
        return s
    }

    /// The ascending task numbers that hold a bigram (empty when none does).
    func items(with g: UInt64) -> ArraySlice<Int32> {
        let s = slot(g)
        return used[s] ? postings[Int(starts[s])..<Int(ends[s])] : []
    }
}
