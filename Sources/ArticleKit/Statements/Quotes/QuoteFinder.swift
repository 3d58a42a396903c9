/// Runs the quotation finders and keeps one reading of each passage: a quotation inside
/// reported content belongs to it; of two overlapping candidates the more trusted wins.
struct QuoteFinder {
    func find(_ doc: StatementDocument) -> [QuoteCandidate] {
        // All the readings in one array, grown once.
        var all = ReportedSpeechFinder().find(doc)
        let attributed = AttributionFinder().find(doc), direct = DirectQuoteFinder().find(doc), dialogue = DialogueFinder().find(doc)
        all.reserveCapacity(all.count + attributed.count + direct.count + dialogue.count)
        all += attributed
        all += direct
        all += dialogue
        // One candidate per quotation pair: the most trusted reading.
        var bestForPair = [Int](repeating: -1, count: doc.pairs.count)
        for (index, candidate) in all.enumerated() {
            guard let pair = candidate.pair else { continue }
            if bestForPair[pair] >= 0, all[bestForPair[pair]].origin <= candidate.origin { continue }
            bestForPair[pair] = index
        }
        var order: [Int] = []
        order.reserveCapacity(all.count)
        for index in all.indices where all[index].pair == nil || bestForPair[all[index].pair!] == index { order.append(index) }
        // Most trusted first, then longer first, so that reported content keeps what it contains.
        // (Sorted in place: `sorted` would copy the list first.)
        order.sort {
            let a = all[$0], b = all[$1]
            let ra = rank(a), rb = rank(b)
            if ra != rb { return ra < rb }
            if a.content.length != b.content.length { return a.content.length > b.content.length }
            return a.content.start < b.content.start
        }
        // Accepted quotes never overlap, so marking the tokens they cover keeps this linear:
        // candidates overlap one another only a few times over.
        var accepted: [QuoteCandidate] = []
        accepted.reserveCapacity(order.count)
        var covered = [Bool](repeating: false, count: doc.tokens.count + 1)
        for index in order {
            let candidate = all[index]
            let span = doc.tokens(of: candidate.content)
            if covered[span].contains(true) { continue }
            for t in span { covered[t] = true }
            accepted.append(candidate)
        }
        accepted.sort { $0.content.start < $1.content.start }
        return accepted
    }

    /// Reported clauses with a verb first (they contain the quotations inside them), then
    /// cued quotations, bare English clauses, attributions, and quotations without a cue.
    private func rank(_ c: QuoteCandidate) -> Int {
        switch c.origin {
        case .indirectVerb: return 0
        case .directCued: return 1
        case .dialogue: return 2
        case .indirectBare: return 3
        case .attribution: return 4
        case .directUncued: return 5
        }
    }
}
