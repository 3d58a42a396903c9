/// Dash-introduced dialogue: a paragraph that opens with a dash (`— Je ne sais pas, dit-il.`,
/// `— Мы готовы, — сказал он. — …`). The line counts when a cue follows its content or when
/// the previous line was dialogue too.
struct DialogueFinder {
    func find(_ doc: StatementDocument) -> [QuoteCandidate] {
        var found: [QuoteCandidate] = []
        var previousWasDialogue = false
        var lineStart = 0
        while lineStart < doc.tokens.count {
            var lineEnd = lineStart
            while lineEnd < doc.tokens.count, doc.tokens[lineEnd].kind != .lineBreak { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard lineStart < lineEnd, doc.tokens[lineStart].kind == .dash, doc.isWord(lineStart + 1) else {
                if lineStart < lineEnd { previousWasDialogue = false }
                continue
            }
            // The content runs to an inner ", —" / "—" followed by a cue, or to the line end.
            var contentEnd = lineEnd
            var cue: Range<Int>?
            var t = lineStart + 1
            while t < lineEnd {
                if doc.quoteEnd[t] > t { t = doc.quoteEnd[t] + 1; continue }
                if doc.tokens[t].kind == .dash || doc.isPunct(t, .comma) {
                    var c = t + 1
                    if c < lineEnd, doc.tokens[c].kind == .dash { c += 1 }
                    if c < lineEnd, let found = doc.cue(at: c) ?? (doc.tokens[c].invertedPronoun != nil ? c..<(c + 1) : nil) {
                        cue = found
                        contentEnd = t
                        break
                    }
                }
                t += 1
            }
            guard cue != nil || previousWasDialogue, let span = doc.contentSpan((lineStart + 1)..<contentEnd),
                  doc.wordCount((lineStart + 1)..<contentEnd) >= 2 else {
                previousWasDialogue = false
                continue
            }
            previousWasDialogue = true
            var site = QuoteCandidate.SpeakerSite.none
            if let cue {
                var after = cue.upperBound
                while after < lineEnd, !doc.isSentencePunct(after), doc.tokens[after].kind != .dash { after += 1 }
                site = doc.tokens[cue.lowerBound].invertedPronoun != nil ? .pronoun(token: cue.lowerBound) : .after(cue.upperBound..<after)
            }
            found.append(QuoteCandidate(content: span, kind: .direct, cue: cue, origin: .dialogue, site: site,
                                        anchor: lineStart + 1, pair: nil))
        }
        return found
    }
}
