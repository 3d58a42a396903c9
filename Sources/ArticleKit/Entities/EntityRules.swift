/// News conventions applied after the tagger, where statistics trained on other genres fail:
/// - institutions from the organisation gazetteer, however they are capitalised (in capitals,
///   or a lowercase head before a capitalised word), are ORG and win over overlapping tagger spans,
///   which keep only their part outside (an institution then a person's name → ORG + PER);
/// - ORG + "de/des/du/of" + ORG is one organisation (a council "of" an international body);
/// - leading titles, determiners and elisions stay out of a span ("président", "M.", "l'");
/// - capitalised or ALL-CAPS nationality words and their compounds are MISC ("AMÉRICAIN",
///   "Russo-américaine"); lowercase ones are not entities;
/// - a country or capital city tagged as a person or organisation is a place ("Washington");
/// - the surname of a full name found earlier is a person when it recurs alone ("Obama").
///
/// A final class rather than a struct: the rules call the gazetteer at many tokens, and a struct
/// would copy its stored `Gazetteer` (265 bytes) onto the stack before each such call.
final class EntityRules: Sendable {
    struct Span {
        var range: Range<Int>   // token indices
        var type: Int           // TagSet type index
        var forced = false
        /// The lowercase sequence hash of the span's tokens once step 5 has computed it (0: not
        /// known), for `harmoniseTypes`; a pass that changes the range resets it.
        var hash: UInt64 = 0
    }

    static let per = 0, org = 1, loc = 2, misc = 3
    /// Read once here rather than through a lazily initialised static at each of the many lookups.
    let classes = CharClass.table
    let gaz = Gazetteer.shared
    static let and = hashOf("and")
    static let connectors = lookup(WordLists.words("name-connectors", in: [.french, .english]).map { hashOf($0) })

    /// A set of word hashes (the hashes are FNV already: no need for `Set`'s SipHash).
    static func lookup(_ hashes: [UInt64]) -> HashTable<Bool> {
        var table = HashTable<Bool>(capacity: hashes.count, empty: false)
        for h in hashes { table.set(h, true) }
        return table
    }

    static func hashOf(_ s: String) -> UInt64 {
        var h = Gazetteer.seed
        for c in s.unicodeScalars { h = (h ^ UInt64(c.value)) &* 0x100000001b3 }
        return h
    }

    /// A token's lowercase hash, through the table the rules hold.
    @inline(__always) func lowerHash(_ v: [UInt32], _ t: Token) -> UInt64 { Gazetteer.extend(Gazetteer.seed, v, t.span, classes) }

    @inline(__always) func hasCapital(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        for i in t.span.start..<t.span.end {
            let cls = classes.of(v[i])
            if cls & CharClass.upper != 0 { return true }
            if cls & CharClass.letter != 0 && cls & CharClass.lower == 0 { return true }
        }
        return false
    }

    func apply(_ v: [UInt32], analysis: Analysis, tags: [Int], wordCase: WordCase) -> [Entity] {
        let lowercaseSeen = wordCase.lowercaseSeen
        let capitals = wordCase.capitals
        let tokens = analysis.tokens
        // 1. Tagger spans. (Each list of spans below is reserved at about its final size.)
        var spans: [Span] = []
        spans.reserveCapacity(capitals.positions.count + 4)
        var k = 0
        while k < tags.count {
            if TagSet.isBegin(tags[k]) {
                var e = k + 1
                while e < tags.count, TagSet.isInside(tags[e]), TagSet.typeIndex(tags[e]) == TagSet.typeIndex(tags[k]) { e += 1 }
                spans.append(Span(range: k..<e, type: TagSet.typeIndex(tags[k])))
                k = e
            } else { k += 1 }
        }
        // 2. Forced organisations from the gazetteer, per sentence; a match needs a capital, so only
        // positions with one within reach are tried.
        var forced: [Span] = []
        var hint = 0
        for s in analysis.sentences {
            var i = s.tokens.lowerBound
            var cursor = capitals.first(atOrAfter: i, from: hint)
            defer { hint = cursor }
            while let j = capitals.next(from: i, reach: Gazetteer.maxTokens - 1, cursor: &cursor), j < s.tokens.upperBound {
                i = j
                let t = tokens[i]
                if t.kind == .word, gaz.mayStartOrganisation(v, t.span),
                   let first = gaz.organisationStart(v, t.span),
                   let m = gaz.longestMatch(v, tokens, at: i, limit: s.tokens.upperBound, first: first),
                   m.classes.contains(.organisation), (i..<m.end).contains(where: { hasCapital(v, tokens[$0]) }) {
                    forced.append(Span(range: i..<m.end, type: Self.org, forced: true))
                    i = m.end
                    continue
                }
                i += 1
            }
        }
        spans = resolve(spans, forced, v, tokens)
        spans = Self.split(spans) { splitPlaceBeforeName($0, v, tokens) }
        spans = Self.split(spans) { splitDemonymBeforeName($0, v, tokens) }
        for i in spans.indices { spans[i] = personByFirstName(spans[i], v, tokens) }   // in place: no new array
        spans = joinNameParts(spans, v, tokens, analysis.sentences)
        for i in spans.indices { spans[i] = placeAfterLocative(spans[i], v, tokens) }
        let language = Language(code: analysis.language)
        if language == .french { spans = extendFrenchOrganisations(spans, v, analysis, capitals) }
        if language == .russian { spans = extendRussianPlaces(spans, v, analysis, capitals) }
        // 3. Trim leading titles/determiners and trailing punctuation.
        var kept = 0   // in place: no new array
        for i in spans.indices { if let s = trim(spans[i], v, tokens) { spans[kept] = s; kept += 1 } }
        spans.removeLast(spans.count - kept)
        // 4. ORG + connectors + ORG.
        spans = mergeOrganisations(spans, v, tokens, analysis.sentences)
        // 4b. Regnal numbers belong to the name ("Benoît XVI", "François Ier", "Elizabeth II").
        for i in spans.indices where spans[i].type == Self.per {
            let e = spans[i].range.upperBound
            guard e < tokens.count, i + 1 == spans.count || spans[i + 1].range.lowerBound > e,
                  Self.isRegnalNumber(v, tokens[e]), sameSentence(e - 1, e, analysis.sentences) else { continue }
            spans[i].range = spans[i].range.lowerBound..<(e + 1)
        }
        // 5. Capitals and countries are places; demonyms are MISC.
        var covered = [Bool](repeating: false, count: tokens.count)
        for i in spans.indices {
            let s = spans[i]
            for j in s.range { covered[j] = true }
            guard !s.forced else { continue }
            if let type = typeByHead(s, v, tokens) { spans[i].type = type }
            var h = Gazetteer.seed
            for j in s.range { h = Gazetteer.extend(h, v, tokens[j].span, classes) }
            // (One token: `h` is its lowercase hash, which the lookups below then need not compute again.)
            spans[i].hash = h
            let known = s.range.count == 1 ? gaz.classes(ofToken: v, tokens[s.range.lowerBound].span, hash: h) : gaz.classes(ofSequenceHash: h)
            if known.contains(.capital), !known.contains(.firstName) || s.type != Self.per, s.type != Self.loc { spans[i].type = Self.loc }
            // A nationality word is MISC, unless the tagger read it as the country it also names
            // ("en Suisse") or as the first name it also is ("Christiane").
            if s.range.count == 1, isDemonym(v, tokens[s.range.lowerBound], hash: h),
               !(s.type == Self.loc && known.contains(.capital)), !(s.type == Self.per && known.contains(.firstName)) {
                spans[i].type = Self.misc
            }
        }
        // Capitalised words outside every span, with their lowercase hashes: the surnames pass
        // below looks at those still left.
        var uncovered: [(index: Int, hash: UInt64)] = []
        for i in capitals.positions where !covered[i] && classes.isUpper(v[tokens[i].span.start]) {
            let t = tokens[i]
            let h = lowerHash(v, t)
            if isDemonym(v, t, hash: h) {
                // A demonym that is also a first name, before a capital, is a name (first name + surname).
                let nextCapital = i + 1 < tokens.count && classes.isUpper(v[tokens[i + 1].span.start])
                if nextCapital, gaz.classes(ofToken: v, t.span, hash: h).contains(.firstName) { uncovered.append((i, h)); continue }
                spans.append(Span(range: i..<(i + 1), type: Self.misc, hash: h)); covered[i] = true
            } else if isAcronym(v, t, tokens, i, lowercaseSeen, hash: h) {
                spans.append(Span(range: i..<(i + 1), type: Self.org, hash: h)); covered[i] = true
            } else {
                uncovered.append((i, h))
            }
        }
        // 6. Surnames of full names recur as persons.
        var surnames = HashTable<Bool>(capacity: spans.count, empty: false)   // FNV hashes: no SipHash
        for s in spans where s.type == Self.per && s.range.count >= 2 {
            surnames.set(lowerHash(v, tokens[s.range.upperBound - 1]), true)
        }
        if surnames.count > 0 {
            for i in spans.indices where spans[i].range.count == 1 && spans[i].type != Self.per && !spans[i].forced {
                let h = lowerHash(v, tokens[spans[i].range.lowerBound])
                if surnames.contains(h), !gaz.classes(ofSequenceHash: h).contains(.capital) { spans[i].type = Self.per }
            }
            for (i, h) in uncovered where surnames.contains(h) { spans.append(Span(range: i..<(i + 1), type: Self.per, hash: h)) }
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        // A person, particles, then a recurring surname: one name ("Marine" "Le" "Pen").
        if surnames.count > 0 { spans = joinParticleSurnames(spans, v, tokens, analysis.sentences) }
        // 7. One name, one type per text: a name the tagger typed differently in different places
        // takes its majority type (ties keep each reading).
        if spans.count >= 2 { harmoniseTypes(&spans, v, tokens) }
        return spans.map { s in
            let span = TextSpan(tokens[s.range.lowerBound].span.start, tokens[s.range.upperBound - 1].span.end)
            return Entity(span: span, type: TagSet.types[s.type], text: analysis.text[span])
        }
    }


    static let particles = lookup(WordLists.words("name-particles", in: [.french, .anyLanguage]).map { hashOf($0) })
    static let locatives = lookup(WordLists.words("locatives", in: [.french, .english, .russian]).map { hashOf($0) })

    @inline(__always) func isInitial(_ v: [UInt32], _ t: Token) -> Bool {
        t.kind == .word && t.span.length == 2 && classes.isUpper(v[t.span.start]) && v[t.span.start + 1] == 0x2E
            && AbbreviationList.shared.kind(of: v, t.span.start..<(t.span.start + 1)) != .title // "M." is Monsieur
    }

    /// Joins the parts of one person's name the tagger split: "Marine" "Le" "Pen", "B." "Obama",
    /// a lone first name tagged as a place before a person (first name + a two-word surname).
    private func joinNameParts(_ spans: [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(spans.count)
        for var s in spans {
            // An initial, or an untagged known first name, right before a person belongs to it.
            if s.type == Self.per, s.range.lowerBound > 0, result.last.map({ $0.range.upperBound < s.range.lowerBound }) ?? true {
                let before = tokens[s.range.lowerBound - 1]
                if isInitial(v, before) || (before.kind == .word && classes.isUpper(v[before.span.start])
                    && gaz.classes(ofToken: v, before.span).contains(.firstName)
                    && !gaz.classes(ofToken: v, before.span).contains(.place)),
                   sameSentence(s.range.lowerBound - 1, s.range.lowerBound, sentences) {
                    s.range = (s.range.lowerBound - 1)..<s.range.upperBound
                }
            }
            if var last = result.last, !last.forced, !s.forced {
                let gap = last.range.upperBound..<s.range.lowerBound
                let bothPeople = last.type == Self.per && s.type == Self.per
                let particlesOnly = gap.count >= 1 && gap.count <= 2
                    && gap.allSatisfy { Self.particles.contains(lowerHash(v, tokens[$0])) }
                let firstNameBefore = gap.isEmpty && s.type == Self.per && last.range.count == 1
                    && gaz.classes(ofToken: v, tokens[last.range.lowerBound].span).contains(.firstName)
                // First name + "Le …"/"De …" surname: a person right before a person whose name opens with a particle.
                let particleName = gap.isEmpty && bothPeople && s.range.count >= 2
                    && Self.particles.contains(lowerHash(v, tokens[s.range.lowerBound]))
                if (bothPeople && particlesOnly) || firstNameBefore || particleName,
                   sameSentence(last.range.lowerBound, s.range.upperBound - 1, sentences) {
                    last.range = last.range.lowerBound..<s.range.upperBound
                    last.type = Self.per
                    result[result.count - 1] = last
                    continue
                }
            }
            result.append(s)
        }
        return result
    }

    /// Lowercase generic place nouns that end a Russian place name after a capitalised adjective
    /// (capitalised adjective + "области", "край", "рифа"…), by stem.
    static let russianPlaceNouns: [[UInt32]] = WordLists.russian.words("place-noun-stems").map { $0.unicodeScalars.map(\.value) }
    static let russianAdjectiveEndings = WordEndings(WordLists.russian.words("adjective-endings"))

    private func isRussianPlaceNoun(_ v: [UInt32], _ t: Token) -> Bool {
        guard isLowercaseWord(v, t), Script.of(v[t.span.start]) == .cyrillic else { return false }
        for stem in Self.russianPlaceNouns where stem.count <= t.span.length && t.span.length <= stem.count + 3 {
            var ok = true
            for (k, c) in stem.enumerated() where v[t.span.start + k] != c { ok = false; break }
            if ok { return true }
        }
        return false
    }

    private func isRussianAdjective(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 5, classes.isUpper(v[t.span.start]), Script.of(v[t.span.start]) == .cyrillic else { return false }
        return Self.russianAdjectiveEndings.matchesEnd(of: v, t.span, classes)
    }

    /// For each token, whether one of `spans` covers it.
    private func coverage(of spans: [Span], tokenCount: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokenCount)
        for s in spans { for j in s.range { covered[j] = true } }
        return covered
    }

    /// A capitalised Russian adjective (tagged or not) followed by a generic place noun is a place.
    private func extendRussianPlaces(_ spans: [Span], _ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var result: [Span] = []
        result.reserveCapacity(spans.count + 4)
        let covered = coverage(of: spans, tokenCount: tokens.count)
        var added: [Span] = []
        var hint = 0
        for s in analysis.sentences where s.tokens.count >= 2 {
            // The adjective is capitalised: only capitals are tried.
            var p = capitals.first(atOrAfter: s.tokens.lowerBound, from: hint)
            defer { hint = p }
            while p < capitals.positions.count, capitals.positions[p] < s.tokens.upperBound - 1 {
                let i = capitals.positions[p]
                p += 1
                guard !covered[i], !covered[i + 1] else { continue }
                // Cheap tests first: a capitalised word of 5+ letters before a lowercase one.
                let t = tokens[i], n = tokens[i + 1]
                guard t.span.length >= 5, n.span.length >= 3, classes.isUpper(v[t.span.start]),
                      classes.of(v[n.span.start]) & CharClass.lower != 0 else { continue }
                if isRussianAdjective(v, t), isRussianPlaceNoun(v, n) {
                    added.append(Span(range: i..<(i + 2), type: Self.loc))
                }
            }
        }
        for var s in spans {
            let e = s.range.upperBound
            if !s.forced, e < tokens.count, !covered[e], isRussianPlaceNoun(v, tokens[e]), isRussianAdjective(v, tokens[e - 1]) {
                s.range = s.range.lowerBound..<(e + 1)
                s.type = Self.loc
            }
            result.append(s)
        }
        guard !added.isEmpty else { return result }
        result += added
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        return result
    }

    private func harmoniseTypes(_ spans: inout [Span], _ v: [UInt32], _ tokens: [Token]) {
        var votes = HashTable<UInt64>(capacity: spans.count, empty: 0)
        var keys = [UInt64](repeating: 0, count: spans.count)
        for (i, s) in spans.enumerated() where !s.forced && s.type != Self.misc {
            var h = s.hash
            if h == 0 {   // (a true hash of 0 is computed again: the same 0)
                h = Gazetteer.seed
                for j in s.range { h = Gazetteer.extend(h, v, tokens[j].span, classes) }
            }
            keys[i] = h
            // Three 16-bit counters (PER, ORG, LOC) in one word.
            votes.set(h, 1 << UInt64(16 * s.type)) { $0 &+ $1 }
        }
        for i in spans.indices where keys[i] != 0 {
            guard let packed = votes.get(keys[i]) else { continue }
            guard packed != 1 << UInt64(16 * spans[i].type) else { continue }   // seen once, or only this way
            let mine = (packed >> UInt64(16 * spans[i].type)) & 0xFFFF
            var best = spans[i].type, bestCount = mine
            for t in 0..<3 {
                let c = (packed >> UInt64(16 * t)) & 0xFFFF
                if c > bestCount { best = t; bestCount = c }
            }
            spans[i].type = best
        }
    }

    /// II–XXXIX (two or more of I, V, X) or the French ordinals "Ier", "Ire".
    static func isRegnalNumber(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 2, t.span.length <= 6 else { return false }
        if t.span.length == 3, v[t.span.start] == 0x49, (v[t.span.start + 1] == 0x65 && v[t.span.start + 2] == 0x72)
            || (v[t.span.start + 1] == 0x72 && v[t.span.start + 2] == 0x65) { return true }  // Ier, Ire
        for k in t.span.start..<t.span.end where v[k] != 0x49 && v[k] != 0x56 && v[k] != 0x58 { return false }
        return true
    }

    /// Head words that decide the type of a multi-word name, whatever the tagger said: the last
    /// word in English ("Tower Bridge", "Labour Party", "Booker Prize"), the first in French
    /// ("Pont Neuf", "Parti radical", "Prix Goncourt"). Only heads whose type is (nearly) always
    /// the same in the training corpora; ambiguous ones (Center, Hall, Hotel, Museum, Bank) are left out.
    static let lastHeads: HashTable<Int> = {
        var m = HashTable<Int>(capacity: 64, empty: -1)
        for w in WordLists.english.words("name-last-heads-loc") { m.set(hashOf(w), loc) }
        for w in WordLists.english.words("name-last-heads-org") { m.set(hashOf(w), org) }
        for w in WordLists.english.words("name-last-heads-misc") { m.set(hashOf(w), misc) }
        return m
    }()
    static let firstHeads: HashTable<Int> = {
        var m = HashTable<Int>(capacity: 64, empty: -1)
        for w in WordLists.french.words("name-first-heads-loc") { m.set(hashOf(w), loc) }
        for w in WordLists.french.words("name-first-heads-org") { m.set(hashOf(w), org) }
        for w in WordLists.french.words("name-first-heads-misc") { m.set(hashOf(w), misc) }
        return m
    }()

    private func typeByHead(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Int? {
        guard s.range.count >= 2 else { return nil }
        let first = tokens[s.range.lowerBound], last = tokens[s.range.upperBound - 1]
        if last.kind == .word, last.span.length >= 2, classes.isUpper(v[last.span.start]),
           let t = Self.lastHeads.get(lowerHash(v, last)) { return t }
        if first.kind == .word, first.span.length >= 3, classes.isUpper(v[first.span.start]),
           let t = Self.firstHeads.get(lowerHash(v, first)) { return t }
        return nil
    }

    private func joinParticleSurnames(_ spans: [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) -> [Span] {
        // Rare: only rebuild the list when two persons are one or two tokens apart.
        guard spans.indices.dropFirst().contains(where: { i in
            spans[i].type == Self.per && spans[i - 1].type == Self.per
                && spans[i].range.lowerBound > spans[i - 1].range.upperBound
                && spans[i].range.lowerBound - spans[i - 1].range.upperBound <= 2 }) else { return spans }
        var result: [Span] = []
        result.reserveCapacity(spans.count)
        for s in spans {
            if var last = result.last, last.type == Self.per, s.type == Self.per, !last.forced, !s.forced {
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

    /// "à Columbus", "in Des Moines": a known place after a locative preposition, tagged as a
    /// person, is a place (unless it opens with a first name).
    private func placeAfterLocative(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span {
        guard !s.forced, s.type == Self.per, s.range.lowerBound > 0,
              Self.locatives.contains(lowerHash(v, tokens[s.range.lowerBound - 1])) else { return s }
        if gaz.classes(ofToken: v, tokens[s.range.lowerBound].span).contains(.firstName) { return s }
        var h = Gazetteer.seed
        for j in s.range { h = Gazetteer.extend(h, v, tokens[j].span, classes) }
        let known = s.range.count == 1 ? gaz.classes(ofToken: v, tokens[s.range.lowerBound].span, hash: h) : gaz.classes(ofSequenceHash: h)
        guard known.contains(.place) else { return s }
        var out = s
        out.type = Self.loc
        return out
    }

    static let notAcronyms = lookup(WordLists.anyLanguage.words("not-acronyms").map { hashOf($0) })

    /// An ALL-CAPS word of 3–4 letters the tagger left out ("CGT", "PSOE", "ТАСС") is, in news, most
    /// often an organisation; not in a shouted headline, not a known place or a Roman numeral.
    private func isAcronym(_ v: [UInt32], _ t: Token, _ tokens: [Token], _ i: Int, _ lowercaseSeen: HashTable<Bool>,
                           hash h: UInt64) -> Bool {
        guard t.span.length >= 3, t.span.length <= 4 else { return false }
        for k in t.span.start..<t.span.end where !classes.isUpper(v[k]) { return false }
        if Self.notAcronyms.contains(h) || lowercaseSeen.contains(h) { return false }
        let known = gaz.classes(ofToken: v, t.span, hash: h)
        if known.contains(.place) || known.contains(.demonym) || known.contains(.title) { return false }
        // Headline check: the neighbours are not all-caps words too.
        for j in stride(from: i - 1, through: i + 1, by: 2) where j >= 0 && j < tokens.count && tokens[j].kind == .word && tokens[j].span.length > 1 {
            var upper = true
            for k in tokens[j].span.start..<tokens[j].span.end where !classes.isUpper(v[k]) { upper = false; break }
            if upper { return false }
        }
        return true
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

    private func splitPlaceBeforeName(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?) {
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
    private func splitAt(_ cut: Int, _ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?)? {
        var h = Gazetteer.seed
        for j in s.range.lowerBound..<cut { h = Gazetteer.extend(h, v, tokens[j].span, classes) }
        let prefix = cut - s.range.lowerBound == 1 ? gaz.classes(ofToken: v, tokens[s.range.lowerBound].span)
                                                   : gaz.classes(ofSequenceHash: h)
        guard prefix.contains(.place), !prefix.contains(.firstName) else { return nil }
        return (Span(range: s.range.lowerBound..<cut, type: Self.loc), Span(range: cut..<s.range.upperBound, type: Self.per))
    }

    /// A full name ("Anne Dupont", "Иван Петров") tagged as a place or organisation: two or three
    /// capitalised words opening with a known first name (that is not also a place) are a person.
    private func personByFirstName(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span {
        guard !s.forced, s.type != Self.per, s.range.count >= 2, s.range.count <= 3,
              s.range.allSatisfy({ tokens[$0].kind == .word && classes.isUpper(v[tokens[$0].span.start]) }) else { return s }
        let first = gaz.classes(ofToken: v, tokens[s.range.lowerBound].span)
        guard first.contains(.firstName), !first.contains(.place), !first.contains(.organisation) else { return s }
        var out = s
        out.type = Self.per
        return out
    }

    /// A nationality word (any case) and a full name tagged as one person: the nationality word is MISC on its own.
    private func splitDemonymBeforeName(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?) {
        guard !s.forced, s.type == Self.per, s.range.count >= 2, isDemonym(v, tokens[s.range.lowerBound]),
              !gaz.classes(ofToken: v, tokens[s.range.lowerBound].span).contains(.firstName),
              hasCapital(v, tokens[s.range.lowerBound + 1]) else { return (s, nil) }
        return (Span(range: s.range.lowerBound..<(s.range.lowerBound + 1), type: Self.misc),
                Span(range: (s.range.lowerBound + 1)..<s.range.upperBound, type: Self.per))
    }

    static let frenchAdjectiveEndings = WordEndings(WordLists.french.words("adjective-endings"))
    static let frenchDe = lookup(["de", "du", "des", "d'"].map { hashOf($0) })
    static let frenchArticles = lookup(["la", "l'", "les"].map { hashOf($0) })

    @inline(__always) func isLowercaseWord(_ v: [UInt32], _ t: Token) -> Bool {
        t.kind == .word && classes.of(v[t.span.start]) & CharClass.lower != 0
    }

    private func looksAdjective(_ v: [UInt32], _ t: Token) -> Bool {
        guard isLowercaseWord(v, t), t.span.length >= 4 else { return false }
        return Self.frenchAdjectiveEndings.matchesEnd(of: v, t.span, classes)
    }

    /// French organisation names keep their lowercase adjectives and complements: an ORG (or an
    /// untagged capitalised head noun such as "Cour", or "ministère" before "de" + capital) grows over
    /// "pénale internationale", "de gauche", "de l'Intérieur".
    private func extendFrenchOrganisations(_ spans: [Span], _ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var result = spans
        result.reserveCapacity(spans.count + 8)
        var covered = coverage(of: spans, tokenCount: tokens.count)
        // Untagged heads become candidate spans.
        var hint = 0
        for s in analysis.sentences {
            // Only words with a capital at most 3 tokens on.
            var i = s.tokens.lowerBound - 1
            var cursor = capitals.first(atOrAfter: s.tokens.lowerBound, from: hint)
            defer { hint = cursor }
            while let j = capitals.next(from: i + 1, reach: 3, cursor: &cursor), j < s.tokens.upperBound {
                i = j
                guard !covered[i], tokens[i].kind == .word else { continue }
                guard gaz.mayBeHead(v, tokens[i].span), gaz.isLexicon(lowerHash(v, tokens[i]), .organisationHead) else { continue }
                let capital = classes.isUpper(v[tokens[i].span.start])
                // A lowercase head counts only before "de" + a capitalised word ("ministère de l'Intérieur").
                var j = i + 1
                if j < s.tokens.upperBound, Self.frenchDe.contains(lowerHash(v, tokens[j])) { j += 1 }
                if j < s.tokens.upperBound, Self.frenchArticles.contains(lowerHash(v, tokens[j])) { j += 1 }
                let capitalised = j > i + 1 && j < s.tokens.upperBound && hasCapital(v, tokens[j]) && !covered[j]
                    && tokens[j].span.length >= 3 && v[tokens[j].span.end - 1] != 0x2E
                let sentenceStart = i == s.tokens.lowerBound
                if capitalised, !sentenceStart || capital {
                    // Take the capitalised complement too ("de l'Intérieur").
                    var end = j + 1
                    while end < s.tokens.upperBound, hasCapital(v, tokens[end]), !covered[end] { end += 1 }
                    result.append(Span(range: i..<end, type: Self.org))
                    for k in i..<end { covered[k] = true }
                } else if capital, !sentenceStart, i + 2 < s.tokens.upperBound, !covered[i + 1], !covered[i + 2],
                          Self.frenchDe.contains(lowerHash(v, tokens[i + 1])), isLowercaseWord(v, tokens[i + 2]),
                          tokens[i + 2].span.length >= 4, !Self.frenchArticles.contains(lowerHash(v, tokens[i + 2])) {
                    // "Front de gauche", "Cour de cassation": capitalised head + de + lowercase noun.
                    result.append(Span(range: i..<(i + 3), type: Self.org))
                    for k in i..<(i + 3) { covered[k] = true }
                } else if capital, !sentenceStart, i + 1 < s.tokens.upperBound, looksAdjective(v, tokens[i + 1]), !covered[i + 1] {
                    result.append(Span(range: i..<(i + 2), type: Self.org))
                    covered[i] = true
                    covered[i + 1] = true
                }
            }
        }
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Grow ORG spans that start with a head over adjectives and "de + lowercase noun".
        for idx in result.indices where result[idx].type == Self.org && !result[idx].forced {
            let first = tokens[result[idx].range.lowerBound]
            guard gaz.isLexicon(lowerHash(v, first), .organisationHead) else { continue }
            let sentenceEnd = sentenceEndOf(result[idx].range.lowerBound, analysis.sentences, tokens.count)
            let limit = min(sentenceEnd, idx + 1 < result.count ? result[idx + 1].range.lowerBound : tokens.count)
            var end = result[idx].range.upperBound
            // The tagger may have stopped after the "de" ("Front de"): grow from before it.
            while end - 1 > result[idx].range.lowerBound, Self.connectors.contains(lowerHash(v, tokens[end - 1])) { end -= 1 }
            var added = 0
            while end < limit, added < 5 {
                if looksAdjective(v, tokens[end]) { end += 1; added += 1; continue }
                if end + 1 < limit, Self.frenchDe.contains(lowerHash(v, tokens[end])),
                   isLowercaseWord(v, tokens[end + 1]), tokens[end + 1].span.length >= 4,
                   !Self.frenchArticles.contains(lowerHash(v, tokens[end + 1])) {
                    end += 2; added += 2; continue
                }
                break
            }
            result[idx].range = result[idx].range.lowerBound..<end
        }
        return result
    }

    /// End (token index) of the sentence holding token `i`, by binary search.
    /// Whether tokens `a` ≤ `b` are in one sentence: spans are only joined within a sentence (a
    /// headline ending in an acronym and a paragraph opening with the full name stay apart).
    private func sameSentence(_ a: Int, _ b: Int, _ sentences: [Sentence]) -> Bool {
        b < sentenceEndOf(a, sentences, Int.max)
    }

    private func sentenceEndOf(_ i: Int, _ sentences: [Sentence], _ fallback: Int) -> Int {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let m = (lo + hi) / 2
            if sentences[m].tokens.upperBound <= i { lo = m + 1 } else { hi = m }
        }
        return lo < sentences.count ? sentences[lo].tokens.upperBound : fallback
    }

    /// Forced spans win; an overlapping tagger ORG grows to cover both, any other tagger span keeps
    /// only its capitalised part outside the forced one.
    private func resolve(_ spans: [Span], _ forced: [Span], _ v: [UInt32], _ tokens: [Token]) -> [Span] {
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
            if s.type == Self.org {
                for f in overlapping {
                    let lo = min(forcedOut[f].range.lowerBound, s.range.lowerBound)
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

    private func trim(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span? {
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
            if elision || (hi - lo > 1 && ((lowercase && s.type != Self.org) || gaz.isLexicon(lowerHash(v, t), .title))) { lo += 1; continue }
            break
        }
        guard lo < hi else { return nil }
        // A span without any capital (a tagger slip on a common word) is dropped.
        guard (lo..<hi).contains(where: { hasCapital(v, tokens[$0]) || tokens[$0].kind == .number }) else { return nil }
        return Span(range: lo..<hi, type: s.type, forced: s.forced)
    }

    private func mergeOrganisations(_ spans: [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(spans.count)
        for s in spans {
            if var last = result.last, last.type == Self.org, s.type == Self.org, s.range.lowerBound > last.range.upperBound,
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
            if var last = result.last, last.type == Self.org, !last.forced, s.type == Self.loc, s.range.count <= 3,
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

    /// A nationality word, or a compound of them ("Russo-américaine").
    private func isDemonym(_ v: [UInt32], _ t: Token, hash: UInt64? = nil) -> Bool {
        if gaz.isLexicon(hash ?? lowerHash(v, t), .demonym) { return true }
        // A single part was just looked up: only hyphenated words go on.
        guard (t.span.start..<t.span.end).contains(where: { v[$0] == 0x2D }) else { return false }
        var start = t.span.start, parts = 0
        for i in t.span.start...t.span.end where i == t.span.end || v[i] == 0x2D {
            guard i > start else { return false }
            let h = Gazetteer.extend(Gazetteer.seed, v, TextSpan(start, i), classes)
            guard gaz.isLexicon(h, .demonym) else { return false }
            parts += 1
            start = i + 1
        }
        return parts >= 2
    }
}
