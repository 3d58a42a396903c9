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
        var type: EntityType
        var forced = false
        /// The lowercase sequence hash of the span's tokens once step 5 has computed it (0: not
        /// known), for `harmoniseTypes`; a pass that changes the range resets it.
        var hash: UInt64 = 0
    }

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

    static func hashOf(_ s: String) -> UInt64 { hashOf(scalars: s.unicodeScalars) }

    static func hashOf<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = Gazetteer.seed
        for c in scalars { h = (h ^ UInt64(c.value)) &* 0x100000001b3 }
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

    /// The rules in order, over the tagger's BIO tags; returns the entities of the text.
    func apply(_ v: [UInt32], analysis: Analysis, tags: [UInt8], wordCase: WordCase) -> [Entity] {
        let tokens = analysis.tokens, sentences = analysis.sentences
        let capitals = wordCase.capitals
        // 1. Tagger spans, then forced organisations from the gazetteer over them.
        var spans = taggerSpans(tags, capacity: capitals.positions.count + 4)
        let language = Language(code: analysis.language)
        if language == .russian { for i in spans.indices { spans[i] = cutNonGenitiveTail(spans[i], v, tokens) } }
        var ruleOrganisations = kindNounOrganisations(v, analysis, capitals)
        if language != .french && language != .english {
            ruleOrganisations += inflectedRussianOrganisations(v, analysis, capitals)
            ruleOrganisations = mergeForced(ruleOrganisations.sorted { $0.range.lowerBound < $1.range.lowerBound }, russianInstitutions(v, analysis, capitals))
        }
        // A name ending in its head is whole; a kind noun's name may stop short of it ("газете Kestrel Bay Morning Post").
        ruleOrganisations = mergeForced(headWordOrganisations(v, analysis, capitals), ruleOrganisations)
        spans = resolve(spans, mergeForced(forcedOrganisations(v, analysis, capitals), ruleOrganisations), v, tokens)
        // 2. Persons' names: places and nationality words cut off, parts joined.
        spans = Self.split(spans) { splitPlaceBeforeName($0, v, tokens) }
        spans = Self.split(spans) { splitDemonymBeforeName($0, v, tokens) }
        if language == .russian { spans = Self.split(spans) { splitPossessorBeforeName($0, v, tokens) } }
        for i in spans.indices { spans[i] = personByFirstName(spans[i], v, tokens) }   // in place: no new array
        spans = joinNameParts(spans, v, tokens, sentences)
        if language == .russian { joinUnknownFirstNames(&spans, v, tokens, sentences, wordCase.lowercaseSeen) }
        for i in spans.indices { spans[i] = employerAfterPreposition(placeAfterLocative(spans[i], v, tokens), v, tokens) }
        spans = Self.split(spans) { splitJurisdictionPlace($0, v, tokens) }
        if language == .french { spans = extendFrenchOrganisations(spans, v, analysis, capitals) }
        if language == .russian { spans = extendRussianPlaces(spans, v, analysis, capitals) }
        // 3. Trim leading titles/determiners and trailing punctuation.
        var kept = 0   // in place: no new array
        for i in spans.indices {
            guard var s = trim(spans[i], v, tokens) else { continue }
            if language == .russian { guard let cut = cutLeadingPersonNoun(s, v, tokens, sentences) else { continue }; s = cut }
            s = keepingTrailingS(s, v, tokens, english: language == .english)
            spans[kept] = s
            kept += 1
        }
        spans.removeLast(spans.count - kept)
        // (After the trim: a French street keeps its lowercase noun, "rue de Lille".)
        spans = streetNames(spans, v, analysis, capitals, language: language)
        // 4. ORG + connectors + ORG; regnal numbers into the name before them.
        spans = mergeOrganisations(spans, v, tokens, sentences)
        attachRegnalNumbers(&spans, v, tokens, sentences)
        // 5. Capitals and countries are places; demonyms are MISC; acronyms outside spans are ORG.
        var covered = typeByGazetteer(&spans, v, tokens)
        var uncovered = addCapitalisedWords(&spans, &covered, v, tokens, capitals, wordCase.lowercaseSeen)
        uncovered = applyAcronymDefinitions(&spans, uncovered, v, tokens, sentences, capitals)
        // 6. Surnames of full names recur as persons.
        let anySurname = addRecurringSurnames(&spans, uncovered, v, tokens, byStem: language == .russian)
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        // A person, particles, then a recurring surname: one name ("Marine" "Le" "Pen").
        if anySurname { spans = joinParticleSurnames(spans, v, tokens, sentences) }
        joinFirstNameAndPlaceSurname(&spans, v, tokens, sentences)
        keepKnownParticles(&spans, v, tokens)
        // 7. One name, one type per text: a name the tagger typed differently in different places
        // takes its majority type (ties keep each reading).
        if spans.count >= 2 { harmoniseTypes(&spans, v, tokens) }
        return spans.map { s in
            let range = longestLine(of: s.range, v, tokens)
            let span = TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
            return Entity(span: span, type: s.type, text: analysis.text[span])
        }
    }

    /// A name never runs across a line break (a caption's name then the next line's first word,
    /// "Али Сорин / Бывший президент"): the longest of its lines' parts, the first on a tie.
    func longestLine(of range: Range<Int>, _ v: [UInt32], _ tokens: [Token]) -> Range<Int> {
        var best = range.lowerBound..<range.lowerBound
        var start = range.lowerBound
        for t in range {
            let next = t + 1
            let breaks = next == range.upperBound || (tokens[t].span.end..<tokens[next].span.start).contains { v[$0] == 0x0A || v[$0] == 0x0D }
            guard breaks else { continue }
            if next - start > best.count { best = start..<next }
            start = next
        }
        return best
    }

    /// The spans of the tagger's BIO tags. (Each list of spans is reserved at about its final size.)
    func taggerSpans(_ tags: [UInt8], capacity: Int) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(capacity)
        var k = 0
        while k < tags.count {
            if TagSet.isBegin(Int(tags[k])) {
                var e = k + 1
                while e < tags.count, TagSet.isInside(Int(tags[e])), TagSet.typeIndex(Int(tags[e])) == TagSet.typeIndex(Int(tags[k])) { e += 1 }
                spans.append(Span(range: k..<e, type: TagSet.types[TagSet.typeIndex(Int(tags[k]))]))
                k = e
            } else { k += 1 }
        }
        return spans
    }

    /// Organisations of the gazetteer, per sentence; a match needs a capital, so only positions
    /// with one within reach are tried.
    func forcedOrganisations(_ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
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
                    forced.append(Span(range: i..<m.end, type: .organisation, forced: true))
                    i = m.end
                    continue
                }
                i += 1
            }
        }
        return forced
    }

    /// Regnal numbers belong to the name before them ("Benoît XVI", "François Ier", "Elizabeth II").
    func attachRegnalNumbers(_ spans: inout [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) {
        for i in spans.indices where spans[i].type == .person {
            let e = spans[i].range.upperBound
            guard e < tokens.count, i + 1 == spans.count || spans[i + 1].range.lowerBound > e,
                  Self.isRegnalNumber(v, tokens[e]), sameSentence(e - 1, e, sentences) else { continue }
            spans[i].range = spans[i].range.lowerBound..<(e + 1)
        }
    }

    /// Types each span by its head word and the gazetteer (capitals and countries are places,
    /// nationality words MISC) and stores its hash; returns which tokens the spans cover.
    func typeByGazetteer(_ spans: inout [Span], _ v: [UInt32], _ tokens: [Token]) -> [Bool] {
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
            if known.contains(.capital), !known.contains(.firstName) || s.type != .person, s.type != .location { spans[i].type = .location }
            // A nationality word is MISC, unless the tagger read it as the country it also names
            // ("en Suisse") or as the first name it also is ("Christiane").
            if s.range.count == 1, isDemonym(v, tokens[s.range.lowerBound], hash: h),
               !(s.type == .location && known.contains(.capital)), !(s.type == .person && known.contains(.firstName)) {
                spans[i].type = .miscellaneous
            }
        }
        return covered
    }

    /// Capitalised words outside every span: nationality words become MISC, acronyms ORG; returns
    /// the others, with their lowercase hashes, for the surnames step.
    func addCapitalisedWords(_ spans: inout [Span], _ covered: inout [Bool], _ v: [UInt32], _ tokens: [Token],
                             _ capitals: CapitalIndex, _ lowercaseSeen: HashTable<Bool>) -> [(index: Int, hash: UInt64)] {
        var uncovered: [(index: Int, hash: UInt64)] = []
        let recurring = recurringLongOrShortCaps(v, tokens, capitals)
        for i in capitals.positions where !covered[i] && classes.isUpper(v[tokens[i].span.start]) {
            let t = tokens[i]
            let h = lowerHash(v, t)
            if isDemonym(v, t, hash: h) {
                // A demonym that is also a first name, before a capital, is a name (first name + surname).
                let nextCapital = i + 1 < tokens.count && classes.isUpper(v[tokens[i + 1].span.start])
                if nextCapital, gaz.classes(ofToken: v, t.span, hash: h).contains(.firstName) { uncovered.append((i, h)); continue }
                spans.append(Span(range: i..<(i + 1), type: .miscellaneous, hash: h)); covered[i] = true
            } else if isAcronym(v, t, tokens, i, lowercaseSeen, recurring: recurring, hash: h) {
                spans.append(Span(range: i..<(i + 1), type: .organisation, hash: h)); covered[i] = true
            } else {
                uncovered.append((i, h))
            }
        }
        return uncovered
    }

    /// The last word of a full name met alone is that person: single-token spans retyped, and
    /// uncovered words added. Returns whether any full name was found (else nothing changed).
    /// `byStem`: Russian, where the surname recurs in other cases ("Виктор Громов" … "Громову").
    func addRecurringSurnames(_ spans: inout [Span], _ uncovered: [(index: Int, hash: UInt64)], _ v: [UInt32], _ tokens: [Token],
                              byStem: Bool) -> Bool {
        var surnames = HashTable<Bool>(capacity: spans.count, empty: false)   // FNV hashes: no SipHash
        var stems = HashTable<Bool>(capacity: byStem ? spans.count : 1, empty: false)
        for s in spans where s.type == .person && s.range.count >= 2 {
            let last = tokens[s.range.upperBound - 1]
            surnames.set(lowerHash(v, last), true)
            if byStem, let stem = surnameStem(v, last) { stems.set(stem, true) }
        }
        guard surnames.count > 0 else { return false }
        func recurs(_ i: Int, _ h: UInt64) -> Bool {
            surnames.contains(h) || (byStem && surnameStem(v, tokens[i]).map { stems.contains($0) } == true)
        }
        for i in spans.indices where spans[i].range.count == 1 && spans[i].type != .person && !spans[i].forced {
            let t = spans[i].range.lowerBound
            let h = lowerHash(v, tokens[t])
            if recurs(t, h), !gaz.classes(ofSequenceHash: h).contains(.capital) { spans[i].type = .person }
        }
        for (i, h) in uncovered where recurs(i, h) { spans.append(Span(range: i..<(i + 1), type: .person, hash: h)) }
        return true
    }

    static let surnameStemEndings: [[UInt32]] = WordLists.russian.words("surname-stem-endings")
        .map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }

    /// The lowercase hash of a Cyrillic word of five letters or more without the first case
    /// ending of [surname-stem-endings] it has; nil for other words.
    func surnameStem(_ v: [UInt32], _ t: Token) -> UInt64? {
        guard t.kind == .word, t.span.length >= 5, Script.of(v[t.span.start]) == .cyrillic else { return nil }
        var end = t.span.end
        for ending in Self.surnameStemEndings where ending.count < t.span.length - 3 {
            if (0..<ending.count).allSatisfy({ classes.lower(v[t.span.end - ending.count + $0]) == ending[$0] }) {
                end -= ending.count
                break
            }
        }
        return Gazetteer.extend(Gazetteer.seed, v, TextSpan(t.span.start, end), classes)
    }
}
