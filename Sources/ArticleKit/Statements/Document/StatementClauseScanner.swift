/// Sentence boundaries for the statement finders, computed on `StatementToken`s with quoted
/// passages treated as opaque: a reported clause runs to the end of its sentence even when a
/// quotation inside it holds several sentences. (Independent of the pipeline's splitter so the
/// finders do not depend on its choices; both agree on ordinary text.)
struct StatementClauseScanner {
    let lexicon: CueLexicon

    /// Token ranges of sentences, and the sentence of each token.
    func sentences(_ tokens: [StatementToken], _ s: ScalarColumn, quoteEnd: RunStartColumn) -> (ranges: [Range<Int>], sentenceOf: TokenColumn) {
        var ranges: [Range<Int>] = []
        // About one sentence in twenty tokens: reserved, the list seldom grows.
        ranges.reserveCapacity(tokens.count / 20 + 4)
        var start = 0
        var i = 0
        func cut(_ end: Int) {
            if end > start { ranges.append(start..<end) }
            start = end
        }
        while i < tokens.count {
            // Jump over a whole quotation: its inner sentences do not end ours.
            if quoteEnd[i] > i {
                let close = quoteEnd[i]
                i = close + 1
                if i < tokens.count, tokens[i].kind == .lineBreak { cut(i); i += 1; start = i; continue }
                // `… she said that she "works twelve hours a day." Lea Fontaine …`: a period just
                // inside the closing mark, then a capitalised word, ends the sentence. (Not "!" or
                // "?": `"Why not?" Smith asked.` goes on to its cue.)
                if i < tokens.count, close > 0, tokens[close - 1].kind == .punctuation, tokens[close - 1].mark == ".",
                   tokens[i].kind == .word, tokens[i].capitalized {
                    cut(i)
                }
                continue
            }
            let t = tokens[i]
            if t.kind == .lineBreak {
                cut(i)
                i += 1
                start = i
                continue
            }
            if t.kind == .punctuation, t.mark == "." || t.mark == "!" || t.mark == "?" || t.mark == "\u{2026}" {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punctuation, StatementDocument.isMark(tokens[j].mark, in: .sentenceEndRun) { j += 1 }
                if isBoundary(tokens, s, dot: i, next: j) {
                    cut(j)
                    i = j
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        cut(tokens.count)
        // Written once (not zeroed first), through a buffer: on the array, each store checked
        // its uniqueness.
        let sentenceOf = TokenColumn(count: tokens.count) { sentenceOf in
            var t = 0
            for (index, range) in ranges.enumerated() {
                while t < range.lowerBound { sentenceOf.initializeElement(at: t, to: 0); t += 1 }
                while t < range.upperBound { sentenceOf.initializeElement(at: t, to: Int32(index)); t += 1 }
            }
            while t < tokens.count { sentenceOf.initializeElement(at: t, to: 0); t += 1 }
            // Line breaks between sentences belong to the following one.
            var last: Int32 = 0
            for t in 0..<tokens.count {
                if tokens[t].kind == .lineBreak { sentenceOf[t] = last } else { last = sentenceOf[t] }
            }
        }
        return (ranges, sentenceOf)
    }

    private func isBoundary(_ tokens: [StatementToken], _ s: ScalarColumn, dot: Int, next: Int) -> Bool {
        guard next < tokens.count else { return true }
        let following = tokens[next]
        if tokens[dot].mark == "." && dot > 0 {
            let previous = tokens[dot - 1]
            if previous.isWord && previous.end == tokens[dot].start {
                // "M. Dupont", "A. Dupont", "Mr. Smith": an abbreviation or initial, not an end.
                if previous.end - previous.start == 1 && previous.capitalized { return false }
                // The word's key (hashed over its scalars by the tokenizer) extended by the dot:
                // the key of the word and its dot, without hashing the word again.
                let withDot = CueWordKey(value: CueWordKey.mix(previous.key.value, CueWordKey.fold(tokens[dot].mark)))
                if lexicon.abbreviations.contains(withDot) && !(following.kind == .lineBreak) { return false }
            }
        }
        switch following.kind {
        case .lineBreak, .quote, .dash: return true
        case .number: return true
        case .word: return following.capitalized
        case .punctuation: return following.mark == "(" || following.mark == "["
        }
    }
}
