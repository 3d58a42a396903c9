/// Span bookkeeping: sentences, forced spans over tagger spans, trimming, joined organisations.
extension EntityRules {
    /// Whether tokens `a` ≤ `b` are in one sentence: spans are only joined within a sentence (a
    /// headline ending in an acronym and a paragraph opening with the full name stay apart).
    func sameSentence(_ a: Int, _ b: Int, _ sentences: [Sentence]) -> Bool {
        b < sentenceEndOf(a, sentences, Int.max)
    }

    /// End (token index) of the sentence holding token `i`, else `fallback`.
    func sentenceEndOf(_ i: Int, _ sentences: [Sentence], _ fallback: Int) -> Int {
        let s = sentenceIndex(of: i, sentences)
        return s < sentences.count ? sentences[s].tokens.upperBound : fallback
    }

    /// Index of the sentence holding token `i` (`sentences.count` past the last), by binary search.
    func sentenceIndex(of i: Int, _ sentences: [Sentence]) -> Int {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let m = (lo + hi) / 2
            if sentences[m].tokens.upperBound <= i { lo = m + 1 } else { hi = m }
        }
        return lo
    }

    /// Forced spans win; an overlapping tagger ORG grows to cover both (but not over a kind
    /// abbreviated in capitals before a forced name), any other tagger span keeps only its
    /// capitalised part outside the forced one.
    func resolve(_ spans: [Span], _ forced: [Span], _ v: [UInt32], _ tokens: [Token]) -> [Span] {
        guard !forced.isEmpty else { return spans }
        var result: [Span] = []
        result.reserveCapacity(spans.count + forced.count)
        var forcedOut = forced   // sorted by start, disjoint
        var f0 = 0
        for s in spans {
            // Both lists are sorted by start: skip forced spans that end before this one.
            while f0 < forcedOut.count, forcedOut[f0].range.upperBound <= s.range.lowerBound { f0 += 1 }
            var overlapping: [Int] = []
            var f = f0
            while f < forcedOut.count, forcedOut[f].range.lowerBound < s.range.upperBound {
                if forcedOut[f].range.overlaps(s.range) { overlapping.append(f) }
                f += 1
            }
            if overlapping.isEmpty { result.append(s); continue }
            if s.type == .organisation {
                for f in overlapping {
                    // A kind abbreviated in capitals before a forced name stays out ("l'ONG X": the name
                    // is "X"); a lowercase kind noun inside a tagger name is part of it ("Коммунистической
                    // партии Китая" over a forced "Китая").
                    let start = forcedOut[f].range.lowerBound
                    let abbreviatedKind = start > 0 && isAllCapsWord(v, tokens[start - 1]) && isKindNoun(v, tokens[start - 1])
                    let lo = abbreviatedKind ? start : min(start, s.range.lowerBound)
                    let hi = max(forcedOut[f].range.upperBound, s.range.upperBound)
                    forcedOut[f].range = lo..<hi
                }
                continue
            }
            var pieces: [Range<Int>] = [s.range]
            for f in overlapping {
                let fr = forcedOut[f].range
                pieces = pieces.flatMap { p -> [Range<Int>] in
                    guard p.overlaps(fr) else { return [p] }
                    var out: [Range<Int>] = []
                    if p.lowerBound < fr.lowerBound { out.append(p.lowerBound..<fr.lowerBound) }
                    if p.upperBound > fr.upperBound { out.append(fr.upperBound..<p.upperBound) }
                    return out
                }
            }
            for p in pieces where hasCapital(v, tokens[p.lowerBound]) {
                result.append(Span(range: p, type: s.type))
            }
        }
        // Merged forced spans may now overlap each other: keep the first of any overlap.
        forcedOut.sort { $0.range.lowerBound < $1.range.lowerBound }
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [Span] = []
        merged.reserveCapacity(result.count + forcedOut.count)
        var r = 0, lastEnd = -1
        for f in forcedOut where f.range.lowerBound >= lastEnd {
            while r < result.count, result[r].range.upperBound <= f.range.lowerBound { merged.append(result[r]); r += 1 }
            if r < result.count, result[r].range.overlaps(f.range) { continue }
            merged.append(f)
            lastEnd = f.range.upperBound
        }
        while r < result.count {
            if let last = merged.last, last.range.overlaps(result[r].range) { r += 1; continue }
            merged.append(result[r]); r += 1
        }
        return merged
    }

    func trim(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span? {
        var lo = s.range.lowerBound, hi = s.range.upperBound
        while hi > lo, (tokens[hi - 1].kind != .word && tokens[hi - 1].kind != .number)
                || Self.connectors.contains(lowerHash(v, tokens[hi - 1])) { hi -= 1 }
        guard !s.forced else { return lo < hi ? Span(range: lo..<hi, type: s.type, forced: true) : nil }
        while lo < hi {
            let t = tokens[lo]
            if t.kind != .word && t.kind != .number { lo += 1; continue }
            let c = v[t.span.start]
            let lowercase = classes.of(c) & CharClass.lower != 0
            let elision = t.span.length <= 6 && v[t.span.end - 1] == 0x27
            // The title lookup (a hash of the word) only where its answer matters.
            if elision || (hi - lo > 1 && ((lowercase && s.type != .organisation) || gaz.isLexicon(lowerHash(v, t), .title)
                                           || isAbbreviatedTitle(v, t) || isLeadingFunctionWord(v, t))) { lo += 1; continue }
            break
        }
        guard lo < hi else { return nil }
        // A kind noun abbreviated in capitals, alone ("NGO", "ONG"), names nothing.
        if hi - lo == 1, isAllCapsWord(v, tokens[lo]), isKindNoun(v, tokens[lo]) { return nil }
        // A span without any capital (a tagger slip on a common word) is dropped.
        guard (lo..<hi).contains(where: { hasCapital(v, tokens[$0]) || tokens[$0].kind == .number }) else { return nil }
        return Span(range: lo..<hi, type: s.type, forced: s.forced)
    }

    /// "По Зубкову", "На Кубе": a capitalised Cyrillic preposition, conjunction or adverb opening a
    /// sentence is not part of the name after it (the particles of foreign names are: "Де Голль").
    func isLeadingFunctionWord(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, Script.of(v[t.span.start]) == .cyrillic else { return false }
        let h = lowerHash(v, t)
        return Self.functionWords.contains(h) && !Self.particles.contains(h)
    }

    /// "M.", "Mme.", "Dr.": a title abbreviation with its period, not part of the name after it.
    func isAbbreviatedTitle(_ v: [UInt32], _ t: Token) -> Bool {
        t.kind == .word && t.span.length >= 2 && v[t.span.end - 1] == 0x2E
            && AbbreviationList.shared.kind(of: v, t.span.start..<(t.span.end - 1)) == .title
    }

    /// "chez Sotheby's", "у McDonald's": outside English text an "'s" written against a name has
    /// no possessive to be; it is the end of the name (the tokenizer split it as an English clitic).
    /// In English only when no noun can follow for it to possess: punctuation or a function word
    /// ("Sotheby's will auction", "at Sotheby's.").
    func keepingTrailingS(_ s: Span, _ v: [UInt32], _ tokens: [Token], english: Bool = false) -> Span {
        let t = s.range.upperBound
        guard t < tokens.count, s.range.upperBound > s.range.lowerBound, tokens[t].kind == .word, tokens[t].span.length == 2,
              tokens[t].span.start == tokens[t - 1].span.end, classes.of(v[tokens[t].span.start]) & CharClass.apostrophe != 0,
              v[tokens[t].span.start + 1] == 0x73 else { return s }
        if english {
            guard t + 1 < tokens.count else { return s }
            let next = tokens[t + 1]
            guard next.kind == .punctuation || (next.kind == .word && Self.englishPossessiveStops.contains(lowerHash(v, next))) else { return s }
        }
        var out = s
        out.range = s.range.lowerBound..<(t + 1)
        out.hash = 0
        return out
    }

    /// Words that cannot be what an "'s" possesses (en.txt `possessive-stops`): modals and auxiliaries.
    static let englishPossessiveStops = lookup(WordLists.english.words("possessive-stops").map { hashOf($0) })

    func mergeOrganisations(_ spans: [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(spans.count)
        for s in spans {
            if var last = result.last, last.type == .organisation, s.type == .organisation, s.range.lowerBound > last.range.upperBound,
               s.range.lowerBound - last.range.upperBound <= 2,
               (last.range.upperBound..<s.range.lowerBound).allSatisfy({ Self.connectors.contains(lowerHash(v, tokens[$0])) }),
               // "Microsoft and Google" are two organisations.
               !(last.range.upperBound..<s.range.lowerBound).contains(where: { lowerHash(v, tokens[$0]) == Self.and }),
               sameSentence(last.range.lowerBound, s.range.upperBound - 1, sentences) {
                last.range = last.range.lowerBound..<s.range.upperBound
                last.forced = last.forced || s.forced
                result[result.count - 1] = last
                continue
            }
            // "Association des … du <pays>", "Banque de France": an organisation
            // opening with a head noun keeps the place it is "of".
            if var last = result.last, last.type == .organisation, !last.forced, s.type == .location, s.range.count <= 3,
               s.range.lowerBound == last.range.upperBound + 1,
               Self.frenchDe.contains(lowerHash(v, tokens[last.range.upperBound])),
               classes.isUpper(v[tokens[last.range.lowerBound].span.start]),
               gaz.isLexicon(lowerHash(v, tokens[last.range.lowerBound]), .organisationHead),
               sameSentence(last.range.lowerBound, s.range.upperBound - 1, sentences) {
                last.range = last.range.lowerBound..<s.range.upperBound
                result[result.count - 1] = last
                continue
            }
            result.append(s)
        }
        return result
    }
}
