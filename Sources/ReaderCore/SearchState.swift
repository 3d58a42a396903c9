/// The search prompt being typed in the message line.
public struct SearchPrompt: Hashable, Sendable {
    /// True for `?` (search backward).
    public var backward: Bool
    public var text: String = ""
}

/// An active search: the query, the current match, and the count of all matches so far.
///
/// Matches are found by scanning the text folded on the fly from the reading position (see
/// `FoldScan`), so a search or an n/N costs the distance to the match it shows. The count runs
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
    /// The match shown.
    public internal(set) var currentMatch: FoldMatch
    /// Where the count stands, and the end of each match counted (`FoldScanner.key`), in order.
    var counter = FoldScanner(utf8: 0, scalar: 0)
    var countedEnds: [UInt64] = []

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
    public var count: Int? { isCounted ? countedEnds.count : nil }

    /// What is known of the number of matches: at least this many.
    public var knownCount: Int { countedEnds.count + (counter.key < currentMatch.after.key ? 1 : 0) }

    /// The current match's number among all (0-based), once the count has passed it.
    public var current: Int? {
        let key = currentMatch.after.key
        guard counter.key >= key else { return nil }
        var lo = 0
        var hi = countedEnds.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if countedEnds[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < countedEnds.count && countedEnds[lo] == key ? lo : nil
    }

    /// Every match's span, in order. Scans the whole text: for tests and tools.
    public var matches: [Range<Int>] { FoldScan.allMatches(needle, in: text) }

    /// Runs `body` with a scan of the text for the query.
    func scan<R>(_ body: (FoldScan) -> R) -> R {
        FoldScan.with(text, needle, scalarCount: scalarCount, body)
    }

    /// Counts on for about `bytes` bytes of text.
    mutating func countMore(bytes: Int = SearchState.countStep) {
        guard !isCounted else { return }
        var counter = counter
        var ends: [UInt64] = []
        scan { scan in
            let limit = counter.utf8 + bytes
            while let match = scan.next(&counter, limit: limit) { ends.append(match.after.key) }
        }
        self.counter = counter
        countedEnds.append(contentsOf: ends)
    }

    /// The status bar's words for it: "2/5 matches", or "≥5 matches" while the count runs.
    public var summary: String {
        let total = count ?? knownCount
        let ordinal = current.map { "\($0 + 1)/" } ?? ""
        return ordinal + (isCounted ? "" : "≥") + "\(total) match" + (total == 1 ? "" : "es")
    }
}
