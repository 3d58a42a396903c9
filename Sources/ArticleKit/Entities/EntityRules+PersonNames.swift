/// Persons' names: parts the tagger split joined again (initials, particles, first names), and
/// places, nationality words or places before a name cut off from it.
extension EntityRules {
    static let particleWords = WordLists.words("name-particles", in: [.french, .russian, .anyLanguage])
    static let particles = lookup(particleWords.map { hashOf($0) })
    static let longestParticle = particleWords.map(\.unicodeScalars.count).max() ?? 0

    static let locatives = lookup(WordLists.words("locatives", in: [.french, .english, .russian]).map { hashOf($0) })
    static let demonymSuffixes = WordEndings(WordLists.english.words("demonym-suffixes"))
    static let placeArticles = lookup(WordLists.words("place-articles", in: [.french, .english]).map { hashOf($0) })

    @inline(__always) func isInitial(_ v: [UInt32], _ t: Token) -> Bool {
        t.kind == .word && t.span.length == 2 && classes.isUpper(v[t.span.start]) && v[t.span.start + 1] == 0x2E
            && AbbreviationList.shared.kind(of: v, t.span.start..<(t.span.start + 1)) != .title // "M." is Monsieur
    }

    /// Joins the parts of one person's name the tagger split: "Marine" "Le" "Pen", "B." "Obama",
    /// a lone first name tagged as a place before a person (first name + a two-word surname).
    /// Whether a token is a known first name (whatever else it may also be).
    func isFirstName(_ v: [UInt32], _ t: Token) -> Bool { gaz.classes(ofToken: v, t.span).contains(.firstName) }

    func joinNameParts(_ spans: [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(spans.count)
        for var s in spans {
            // An initial, or an untagged known first name, right before a person belongs to it.
            if s.type == .person, s.range.lowerBound > 0, result.last.map({ $0.range.upperBound < s.range.lowerBound }) ?? true {
                let before = tokens[s.range.lowerBound - 1]
                if isInitial(v, before) || (before.kind == .word && classes.isUpper(v[before.span.start])
                    && isFirstName(v, before)
                    && !gaz.classes(ofToken: v, before.span).contains(.place)),
                   sameSentence(s.range.lowerBound - 1, s.range.lowerBound, sentences) {
                    s.range = (s.range.lowerBound - 1)..<s.range.upperBound
                } else if s.range.lowerBound > 1, before.kind == .word, classes.isUpper(v[before.span.start]),
                          Self.particles.contains(lowerHash(v, before)),
                          result.last.map({ $0.range.upperBound < s.range.lowerBound - 1 }) ?? true {
                    // "Ahmed Ag Moussa", "Jan Van Dijk": a known first name, a capitalised particle, the surname.
                    let first = tokens[s.range.lowerBound - 2]
                    let classesOfFirst = gaz.classes(ofToken: v, first.span)
                    if first.kind == .word, classes.isUpper(v[first.span.start]), classesOfFirst.contains(.firstName), !classesOfFirst.contains(.place),
                       sameSentence(s.range.lowerBound - 2, s.range.lowerBound, sentences) {
                        s.range = (s.range.lowerBound - 2)..<s.range.upperBound
                    }
                }
            }
            if var last = result.last, !last.forced, !s.forced {
                let gap = last.range.upperBound..<s.range.lowerBound
                let bothPeople = last.type == .person && s.type == .person
                let particlesOnly = gap.count >= 1 && gap.count <= 2
                    && gap.allSatisfy { Self.particles.contains(lowerHash(v, tokens[$0])) }
                let firstNameBefore = gap.isEmpty && s.type == .person && last.range.count == 1
                    && isFirstName(v, tokens[last.range.lowerBound])
                // First name + "Le …"/"De …" surname: a person right before a person whose name opens with a particle.
                let particleName = gap.isEmpty && bothPeople && s.range.count >= 2
                    && Self.particles.contains(lowerHash(v, tokens[s.range.lowerBound]))
                if (bothPeople && particlesOnly) || firstNameBefore || particleName,
                   sameSentence(last.range.lowerBound, s.range.upperBound - 1, sentences) {
                    last.range = last.range.lowerBound..<s.range.upperBound
                    last.type = .person
                    result[result.count - 1] = last
                    continue
                }
            }
            result.append(s)
        }
        return result
    }

    /// "Clément Beauvais", "Emma Lyon": a one-word place right after a one-word person that is a
    /// known first name (and no capital: many first names are also some village) is the person's
    /// surname. Run on the final spans, in text order: the place may have been typed by the
    /// gazetteer after the names were joined.
    func joinFirstNameAndPlaceSurname(_ spans: inout [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) {
        var kept = 0
        for i in spans.indices {
            let s = spans[i]
            if kept > 0, s.type == .location, s.range.count == 1, !s.forced {
                let last = spans[kept - 1]
                if last.type == .person, last.range.count == 1, last.range.upperBound == s.range.lowerBound, !last.forced,
                   sameSentence(last.range.lowerBound, s.range.lowerBound, sentences) {
                    let first = gaz.classes(ofToken: v, tokens[last.range.lowerBound].span)
                    if first.contains(.firstName), !first.contains(.capital) {
                        spans[kept - 1].range = last.range.lowerBound..<s.range.upperBound
                        continue
                    }
                }
            }
            spans[kept] = s
            kept += 1
        }
        spans.removeLast(spans.count - kept)
    }

    func joinParticleSurnames(_ spans: [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) -> [Span] {
        // Rare: only rebuild the list when two persons are one or two tokens apart.
        guard spans.indices.dropFirst().contains(where: { i in
            spans[i].type == .person && spans[i - 1].type == .person
                && spans[i].range.lowerBound > spans[i - 1].range.upperBound
                && spans[i].range.lowerBound - spans[i - 1].range.upperBound <= 2 }) else { return spans }
        var result: [Span] = []
        result.reserveCapacity(spans.count)
        for s in spans {
            if var last = result.last, last.type == .person, s.type == .person, !last.forced, !s.forced {
                let gap = last.range.upperBound..<s.range.lowerBound
                if gap.count >= 1, gap.count <= 2, gap.allSatisfy({ Self.particles.contains(lowerHash(v, tokens[$0])) }),
                   sameSentence(last.range.lowerBound, s.range.upperBound - 1, sentences) {
                    last.range = last.range.lowerBound..<s.range.upperBound
                    last.hash = 0
                    result[result.count - 1] = last
                    continue
                }
            }
            result.append(s)
        }
        return result
    }

    /// A person's name right after a capitalised particle keeps it when the text writes the full
    /// name with that particle before the same word ("Jean-Yves Le Drian … Le Drian a ajouté",
    /// "Herman Van Rompuy … Van Rompuy said"): at a sentence's start the particle reads as an
    /// article and was trimmed. Spans sorted by start; they stay so.
    func keepKnownParticles(_ spans: inout [Span], _ v: [UInt32], _ tokens: [Token]) {
        var pairs = Set<UInt64>()
        for s in spans where s.type == .person && s.range.count >= 2 {
            // (Particles are short: most of a name's words are not hashed.)
            for k in s.range.dropLast() where tokens[k].span.length <= Self.longestParticle && Self.particles.contains(lowerHash(v, tokens[k])) {
                pairs.insert(particlePair(v, tokens, k))
            }
        }
        guard !pairs.isEmpty else { return }
        for i in spans.indices where spans[i].type == .person {
            let b = spans[i].range.lowerBound - 1
            guard b >= 0, tokens[b].kind == .word, tokens[b].span.length <= Self.longestParticle, classes.isUpper(v[tokens[b].span.start]),
                  i == 0 || spans[i - 1].range.upperBound <= b,
                  Self.particles.contains(lowerHash(v, tokens[b])), pairs.contains(particlePair(v, tokens, b)) else { continue }
            spans[i].range = b..<spans[i].range.upperBound
            spans[i].hash = 0
        }
    }

    /// The particle at token `k` and the word after it, case folded.
    private func particlePair(_ v: [UInt32], _ tokens: [Token], _ k: Int) -> UInt64 {
        Gazetteer.extend(lowerHash(v, tokens[k]), v, tokens[k + 1].span, classes)
    }

    /// "à Columbus", "in Des Moines": a known place after a locative preposition, tagged as a
    /// person, is a place (unless it opens with a first name).
    func placeAfterLocative(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span {
        guard !s.forced, s.type == .person, s.range.lowerBound > 0 else { return s }
        // "dans le Gard", "in the Bronx": one word after a locative and an article is a place
        // (even one that is also a first name: no one is "dans le" a person).
        let b = s.range.lowerBound - 1
        if s.range.count == 1, b > 0, Self.placeArticles.contains(lowerHash(v, tokens[b])),
           Self.locatives.contains(lowerHash(v, tokens[b - 1])) {
            var out = s
            out.type = .location
            return out
        }
        guard Self.locatives.contains(lowerHash(v, tokens[b])) else { return s }
        if isFirstName(v, tokens[s.range.lowerBound]) { return s }
        var h = Gazetteer.seed
        for j in s.range { h = Gazetteer.extend(h, v, tokens[j].span, classes) }
        let known = s.range.count == 1 ? gaz.classes(ofToken: v, tokens[s.range.lowerBound].span, hash: h) : gaz.classes(ofSequenceHash: h)
        guard known.contains(.place) else { return s }
        var out = s
        out.type = .location
        return out
    }

    /// A country followed by a full name tagged as one span: a known place followed by a first name is a
    /// place, then a person.
    /// Each span, or the two parts `split` cuts it into (in order). (A pair rather than an array
    /// per span: `flatMap` over arrays allocated for every span.)
    static func split(_ spans: [Span], _ split: (Span) -> (Span, Span?)) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(spans.count + 2)
        for s in spans {
            let (first, second) = split(s)
            result.append(first)
            if let second { result.append(second) }
        }
        return result
    }

    func splitPlaceBeforeName(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?) {
        guard !s.forced, s.range.count >= 3 else { return (s, nil) }
        // The place before the cut is a gazetteer entry, so at most `maxTokens` long.
        let lastCut = min(s.range.upperBound - 1, s.range.lowerBound + Gazetteer.maxTokens + 1)
        for cut in (s.range.lowerBound + 1)..<lastCut {
            let name = gaz.classes(ofToken: v, tokens[cut].span)
            guard name.contains(.firstName), classes.isUpper(v[tokens[cut].span.start]) else { continue }
            if let parts = splitAt(cut, s, v, tokens) { return parts }
        }
        return (s, nil)
    }

    /// [place][person] when the words before `cut` are a known place (single words also by
    /// Russian stem: a city in the genitive before a full name), else nil.
    func splitAt(_ cut: Int, _ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?)? {
        var h = Gazetteer.seed
        for j in s.range.lowerBound..<cut { h = Gazetteer.extend(h, v, tokens[j].span, classes) }
        let prefix = cut - s.range.lowerBound == 1 ? gaz.classes(ofToken: v, tokens[s.range.lowerBound].span)
                                                   : gaz.classes(ofSequenceHash: h)
        // (Or an organisation: "представитель Роскомнадзора Вадим Ампелонский".)
        guard prefix.contains(.place) || prefix.contains(.organisation), !prefix.contains(.firstName) else { return nil }
        let type: EntityType = prefix.contains(.place) ? .location : .organisation
        return (Span(range: s.range.lowerBound..<cut, type: type), Span(range: cut..<s.range.upperBound, type: .person))
    }

    /// A full name ("Anne Dupont", "Иван Петров") tagged as a place or organisation: two or three
    /// capitalised words opening with a known first name (that is not also a place) are a person.
    func personByFirstName(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span {
        guard !s.forced, s.type != .person, s.range.count >= 2, s.range.count <= 3,
              s.range.allSatisfy({ tokens[$0].kind == .word && classes.isUpper(v[tokens[$0].span.start]) }) else { return s }
        let first = gaz.classes(ofToken: v, tokens[s.range.lowerBound].span)
        guard first.contains(.firstName), !first.contains(.place), !first.contains(.organisation) else { return s }
        var out = s
        out.type = .person
        return out
    }

    /// A nationality word (any case) and a full name tagged as one person: the nationality word is MISC on its own.
    /// A word the lists do not know is one by its ending ("Tasmanian", "Sudanese") before a known
    /// first name (lang/en.txt `demonym-suffixes`).
    func splitDemonymBeforeName(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?) {
        guard !s.forced, s.type == .person, s.range.count >= 3 || (s.range.count == 2 && isDemonym(v, tokens[s.range.lowerBound])),
              hasCapital(v, tokens[s.range.lowerBound + 1]) else { return (s, nil) }
        let word = tokens[s.range.lowerBound]
        guard isDemonym(v, word) || (Self.demonymSuffixes.matchesEnd(of: v, word.span, classes) && gaz.classes(ofToken: v, word.span).isEmpty
                                     && isPlainFirstName(v, tokens[s.range.lowerBound + 1])),
              !isFirstName(v, word) else { return (s, nil) }
        return (Span(range: s.range.lowerBound..<(s.range.lowerBound + 1), type: .miscellaneous),
                Span(range: (s.range.lowerBound + 1)..<s.range.upperBound, type: .person))
    }
}
