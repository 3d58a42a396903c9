/// The search prompt being typed in the message line.
public struct SearchPrompt: Hashable, Sendable {
    /// True for `?` (search backward).
    public var backward: Bool
    public var text: String = ""
}

/// An active search: the query, the current match, and the count of all matches so far.
///
/// Matches are found by scanning the text folded on the fly from the reading position (see
/// `FoldScan`), skipping the blocks the document's `SearchIndex` rules out once it is built, so a
/// search or an n/N costs the text that can hold the match it shows. The count runs
/// from the start of the text in steps of `countStep` bytes (`Reader` takes one step on Enter and
/// one per `.continueSearch` the terminal sends while no key waits); until it reaches the end the
/// status bar shows "≥N matches".
public struct SearchState: Sendable {
    public let query: String
    public let backward: Bool
    let needle: FoldedNeedle
    /// The searched text (shared with the document, not copied) and its length in scalars.
    let text: String
    let scalarCount: Int
    /// The document's search index, once built.
    var index: SearchIndex?
    /// The match shown.
    public internal(set) var currentMatch: FoldMatch
    /// Where the count stands, and each match counted, in order.
    var counter = FoldScanner(utf8: 0, scalar: 0)
    var counted: [CountedMatch] = []

    /// A counted match, enough to find it again at once: where its first scalar is, and its end
    /// (`FoldScanner.key`, which tells apart matches inside one scalar such as ß for "s").
    struct CountedMatch: Hashable, Sendable {
        let end: UInt64
        let startUTF8: UInt32
        let start: UInt32
    }

    /// Bytes of text one counting step reads.
    public static let countStep = 256 * 1024

    init(query: String, backward: Bool, needle: FoldedNeedle, text: String, scalarCount: Int, current: FoldMatch) {
        self.query = query
        self.backward = backward
        self.needle = needle
        self.text = text
        self.scalarCount = scalarCount
        currentMatch = current
    }

    /// Builds what every search needs once (the fold table), off the main thread if called there.
    public static func prepare() {
        _ = FoldTable.shared
    }

    /// True once every match of the text is counted.
    public var isCounted: Bool { counter.utf8 >= text.utf8.count }

    /// The number of matches, once counted.
    public var count: Int? { isCounted ? counted.count : nil }

    /// What is known of the number of matches: at least this many.
    public var knownCount: Int { counted.count + (counter.key < currentMatch.after.key ? 1 : 0) }

    /// The current match's number among all (0-based), once the count has passed it.
    public var current: Int? {
        let key = currentMatch.after.key
        guard counter.key >= key else { return nil }
        var lo = 0
        var hi = counted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if counted[mid].end < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < counted.count && counted[lo].end == key ? lo : nil
    }

    /// The match `ahead` of the current one (or before it) when the count has passed it: found
    /// again from its counted start rather than by reading the text between (`wrapped` when it
    /// goes round the end). Nil when the count cannot tell yet.
    func countedNeighbour(ahead: Bool) -> (match: FoldMatch, wrapped: Bool)? {
        guard let i = current else { return nil }
        let target: Int
        var wrapped = false
        if ahead {
            if i + 1 < counted.count { target = i + 1 } else if isCounted { target = 0; wrapped = true } else { return nil }
        } else {
            if i > 0 { target = i - 1 } else if isCounted { target = counted.count - 1; wrapped = true } else { return nil }
        }
        let wanted = counted[target]
        let found: FoldMatch? = scan { scan in
            var scanner = scan.safeStart(utf8: Int(wanted.startUTF8), scalar: Int(wanted.start))
            while let match = scan.next(&scanner) {
                if match.after.key == wanted.end { return match }
                if match.after.key > wanted.end { break }
            }
            return nil
        }
        return found.map { ($0, wrapped) }
    }

    /// Every match's span, in order. Scans the whole text: for tests and tools.
    public var matches: [Range<Int>] { FoldScan.allMatches(needle, in: text) }

    /// Runs `body` with a scan of the text for the query.
    func scan<R>(_ body: (FoldScan) -> R) -> R {
        FoldScan.with(text, needle, scalarCount: scalarCount, index: index, body)
    }

    /// Counts on for about `bytes` bytes of text (not counting the blocks the index rules out).
    mutating func countMore(bytes: Int = SearchState.countStep) {
        guard !isCounted else { return }
        var counter = counter
        var found: [CountedMatch] = []
        scan { scan in
            var limit = counter.utf8 + bytes
            if let index = scan.index, let keys = scan.keys {
                // Blocks the index rules out cost nothing: a step reads `bytes` of the others.
                var block = index.block(containing: counter.utf8)
                var admitted = 0
                while block < index.blockCount && admitted < bytes {
                    if index.admits(block, keys) { admitted += index.blockBytes }
                    block += 1
                }
                limit = max(limit, Int(index.starts[block]))
            }
            while let match = scan.next(&counter, limit: limit) {
                found.append(CountedMatch(end: match.after.key, startUTF8: UInt32(match.startUTF8),
                                          start: UInt32(match.range.lowerBound)))
            }
        }
        self.counter = counter
        counted.append(contentsOf: found)
    }

    /// The status bar's words for it: "2/5 matches", or "≥5 matches" while the count runs.
    public var summary: String {
        let total = count ?? knownCount
        let ordinal = current.map { "\($0 + 1)/" } ?? ""
        return ordinal + (isCounted ? "" : "≥") + "\(total) match" + (total == 1 ? "" : "es")
    }
}
