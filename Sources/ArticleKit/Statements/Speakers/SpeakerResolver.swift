/// Resolves each quotation's speaker mention to an actor, in text order: names through the
/// actor grouping, pronouns to the most recent compatible speaker or subject, role nouns to the
/// actor holding the role, collectives to all the actors they cover, institutions and places
/// speaking for a government to themselves; a quotation without a cue continues the previous one.
struct SpeakerResolver {
    let doc: StatementDocument
    let actors: ActorGrouper.Result
    /// Resolved speaker (actor) of each sentence that has a quotation, for pronouns.
    /// (By sentence index, -1 for none: an array, not a dictionary hashing each index.)
    private var sentenceSpeaker: [Int]
    private var previous: (mention: SpeakerMention, paragraph: Int)?
    /// Genders learnt so far: from the grouping, then from verbs agreeing with a named speaker.
    private var genders: [CueLexicon.Pronoun.Gender]
    /// The person actors and the organisation actors, in order: listed once here rather than
    /// filtered out of all the actors for each role or institution to resolve.
    private let people: [Int]
    private let organisations: [Int]

    /// Paragraphs a quotation without a cue may look back to find who is still speaking.
    static let continuationParagraphs = 2
    /// With more actors than this, the actor mentioned last is found by looking back along the
    /// mentions and a name among the actors sharing its last word (with fewer, asking each
    /// actor costs less than building those look-ups).
    static let manyActors = 64
    private let timeline: MentionTimeline?
    private let nameKeyOwners: NameKeyOwners?

    init(doc: StatementDocument, actors: ActorGrouper.Result) {
        self.doc = doc
        self.actors = actors
        genders = actors.genders
        // One pass, each list allocated once (a `filter` grows its result step by step).
        var people: [Int] = [], organisations: [Int] = []
        people.reserveCapacity(actors.actors.count)
        organisations.reserveCapacity(actors.actors.count)
        let all = actors.actors
        for index in all.indices {
            if all[index].type == .person { people.append(index) } else if all[index].type == .organisation { organisations.append(index) }
        }
        self.people = people
        self.organisations = organisations
        let many = all.count > Self.manyActors
        timeline = many ? MentionTimeline(doc, actors) : nil
        nameKeyOwners = many ? NameKeyOwners(actors) : nil
        sentenceSpeaker = [Int](repeating: -1, count: doc.sentences.count)
    }

    /// "Лопес заявила": a verb agreeing with a named speaker tells the speaker's gender.
    private mutating func learnGender(_ mention: SpeakerMention, cue: Range<Int>?) {
        guard mention.kind == .name, let actor = mention.actor, genders[actor] == .unknown, let cue,
              actors.actors[actor].type == .person else { return }
        let lexicon = doc.lexicon
        guard !lexicon.feminineVerbEndings.isEmpty else { return }
        for t in cue where doc.tokens[t].flags.contains(.cueVerb) {
            let gender = doc.verbEndingGender(t)
            if gender != .unknown { genders[actor] = gender; return }
        }
    }

    private var finder: MentionFinder { MentionFinder(doc: doc, actors: actors) }

    /// Unnamed speakers described by a role ("представитель Смит"), by role class.
    private var unnamedRoles: [String: SpeakerMention] = [:]

    private func tokens(of span: TextSpan) -> Range<Int> {
        let first = doc.token(atScalar: span.start)
        var last = first
        while last < doc.tokens.count, doc.tokens[last].start < span.end { last += 1 }
        return first..<max(first, last)
    }

    private func roleClass(in span: TextSpan) -> String? {
        for t in tokens(of: span) where doc.isWord(t) && doc.has(t, .roleNoun) {
            if let c = doc.roleClass(ofNoun: t)?.roleClass, c != "org" { return c }
        }
        return nil
    }

    private func namesEntity(_ span: TextSpan) -> Bool {
        tokens(of: span).contains { doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type != .miscellaneous }
    }

    /// Russian "Представитель Смит сообщил", "адвокат Иванова заявил": a role noun before a
    /// surname in the genitive, or one the verb's gender does not agree with, names the
    /// person the role belongs to, not the speaker. The speaker is the role phrase itself.
    private func representative(_ mention: SpeakerMention, cue: Range<Int>?) -> SpeakerMention? {
        guard mention.kind == .name, let actor = mention.actor, actors.actors[actor].type == .person else { return nil }
        let range = tokens(of: mention.span)
        let words = range.filter { doc.isWord($0) }
        guard words.count == 1, let word = words.first, word > 0, doc.has(word - 1, .roleNoun),
              doc.entityAt[word - 1] < 0, doc.lexicon.isRole(doc.tokens[word - 1].key) else { return nil }
        let written = doc.text(doc.tokens[word].span).lowercased()
        let canonical = (actors.actors[actor].name.split(separator: " ").last.map(String.init) ?? "").lowercased()
        // Inflected: the canonical surname with an ending ("Лаврова" of "Лавров").
        var oblique = written.count > canonical.count && canonical.count >= 3 && written.hasPrefix(canonical)
        if !oblique, let cue, genders[actor] == .feminine || genders[actor] == .masculine {
            for t in cue where doc.tokens[t].flags.contains(.cueVerb) {
                let gender = doc.verbEndingGender(t)
                let feminine = gender == .feminine
                let masculine = gender == .masculine
                if (feminine && genders[actor] == .masculine) || (masculine && genders[actor] == .feminine) { oblique = true }
                break
            }
        }
        guard oblique else { return nil }
        let phrase = (word - 1)..<(word + 1)
        let span = TextSpan(doc.tokens[word - 1].start, doc.tokens[word].end)
        let text = doc.text(tokens: phrase)
        return SpeakerMention(span: span, text: text, kind: .role, name: text, confidence: 0.6)
    }

    /// Gender of the current cue verb's past form (Russian "заявил" / "заявила"), else unknown.
    private var verbGender: CueLexicon.Pronoun.Gender = .unknown

    private func gender(ofCue cue: Range<Int>?) -> CueLexicon.Pronoun.Gender {
        guard let cue, !doc.lexicon.feminineVerbEndings.isEmpty else { return .unknown }
        for t in cue where doc.tokens[t].flags.contains(.cueVerb) { return doc.verbEndingGender(t) }
        return .unknown
    }

    mutating func resolve(_ candidate: QuoteCandidate) -> SpeakerMention? {
        verbGender = gender(ofCue: candidate.cue)
        var mention: SpeakerMention?
        switch candidate.site {
        case .subjectBefore(let cue, let from):
            mention = sourced(before: cue, from: from) ?? finder.subject(before: cue, from: from).flatMap { resolve($0, at: cue) }
            // "сообщил представитель партии: «…»": the subject after the verb.
            if mention == nil, candidate.kind == .direct, let range = doc.cue(at: cue), range.upperBound < doc.tokens.count {
                mention = finder.after(range.upperBound..<min(doc.tokens.count, range.upperBound + MentionFinder.window)).flatMap { resolve($0, at: cue) }
            }
        case .around(let between, let after):
            mention = finder.inRegion(between).flatMap { resolve($0, at: between.lowerBound) }
            if mention == nil || mention?.kind == .phrase {
                mention = finder.after(after).flatMap { resolve($0, at: after.lowerBound) } ?? mention
            }
        case .after(let range):
            var finder = self.finder
            finder.allowQuoted = range.lowerBound < doc.tokens.count && doc.inQuote(range.lowerBound)
            mention = finder.after(range).flatMap { resolve($0, at: range.lowerBound) }
        case .region(let range):
            mention = finder.inRegion(range).flatMap { resolve($0, at: range.lowerBound) }
        case .pronoun(let token):
            mention = resolvePronoun(at: token)
        case .none:
            let anchor = candidate.pair.map { doc.pairs[$0].open } ?? candidate.anchor
            if let cue = DirectQuoteFinder().sentenceCue(doc, before: anchor) {
                mention = finder.subject(before: cue.lowerBound, from: doc.sentenceStart(cue.lowerBound)).flatMap { resolve($0, at: cue.lowerBound) }
            }
            // The speaker of this paragraph goes on.
            if mention == nil, let previous, doc.paragraphOf[anchor] == previous.paragraph {
                var inherited = previous.mention
                inherited.kind = .inherited
                inherited.confidence *= 0.8
                mention = inherited
            }
            // "Il a voulu répondre. « … »": the pronoun opening the sentence
            // before, in this paragraph, rather than an institution or a description that spoke in
            // an earlier paragraph.
            if mention == nil, doc.sentenceOf[anchor] > 0, previous?.mention.actor.map({ actors.actors[$0].type != .person }) ?? true {
                let sentence = doc.sentences[doc.sentenceOf[anchor] - 1]
                var first = sentence.lowerBound
                while first < sentence.upperBound, !doc.isWord(first) { first += 1 }
                if first < sentence.upperBound, doc.paragraphOf[first] == doc.paragraphOf[anchor], let p = doc.pronoun(first), !p.stressed,
                   p.gender == .masculine || p.gender == .feminine {
                    if let resolved = resolvePronoun(at: first), resolved.actor != nil { mention = resolved; mention?.kind = .inherited; mention?.confidence = 0.5 }
                }
            }
            if mention == nil, let previous, doc.paragraphOf[anchor] - previous.paragraph <= Self.continuationParagraphs {
                var inherited = previous.mention
                inherited.kind = .inherited
                inherited.confidence *= 0.8
                mention = inherited
            }
            // "Le ministre a pris la parole. « … »": the person the previous sentence is about.
            if mention == nil, doc.sentenceOf[anchor] > 0, doc.paragraphOf[anchor] > 0 {
                let sentence = doc.sentences[doc.sentenceOf[anchor] - 1]
                if let e = sentence.prefix(MentionFinder.window * 2).first(where: { doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type == .person && !doc.inQuotation($0) })
                    .map({ doc.entityAt[$0] }), actors.actorOfEntity[e] >= 0 {
                    let entity = doc.entities[e]
                    mention = SpeakerMention(span: entity.span, text: entity.text, kind: .inherited, actor: actors.actorOfEntity[e], confidence: 0.4)
                }
            }
        }
        // An impersonal cue ("говорится в заявлении") or an unnamed subject: who spoke last.
        if mention == nil, candidate.cue != nil, let previous,
           doc.paragraphOf[min(candidate.anchor, doc.tokens.count - 1)] - previous.paragraph <= 1 {
            var inherited = previous.mention
            inherited.kind = .inherited
            inherited.confidence *= 0.5
            mention = inherited
        }
        if let found = mention, doc.lexicon.language == .russian, let role = representative(found, cue: candidate.cue) { mention = role }
        if let found = mention, found.kind == .role, let roleClass = roleClass(in: found.span) {
            // "Представитель Смит сообщил … Представители актрисы утверждают": an unnamed holder
            // of a role stays the one who spoke, unless the phrase names someone.
            let paragraph = doc.paragraphOf[min(candidate.anchor, doc.tokens.count - 1)]
            if let remembered = unnamedRoles[roleClass], !namesEntity(found.span),
               paragraph - doc.paragraphOf[doc.token(atScalar: remembered.span.start)] <= 2,
               previous.map({ $0.mention.span == remembered.span || $0.mention.name == remembered.name }) ?? false {
                var same = remembered
                same.span = found.span
                same.text = found.text
                mention = same
            } else if found.actor == nil, let name = found.name, name.contains(where: { $0 == " " }) {
                unnamedRoles[roleClass] = found
            }
        }
        if let mention { learnGender(mention, cue: candidate.cue) }
        if let mention {
            let anchorToken = min(candidate.anchor, doc.tokens.count - 1)
            // (A text of line breaks alone has no sentence: nothing to remember there.)
            if let actor = mention.actor, doc.sentenceOf[anchorToken] < sentenceSpeaker.count {
                sentenceSpeaker[doc.sentenceOf[anchorToken]] = actor
            }
            previous = (mention, doc.paragraphOf[anchorToken])
        }
        return mention
    }

    // MARK: - Candidates to mentions

    private func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(doc.tokens[range.lowerBound].start, doc.tokens[range.upperBound - 1].end)
    }

    private func resolve(_ candidate: MentionFinder.Candidate, at position: Int) -> SpeakerMention? {
        switch candidate {
        case .entity(let e):
            let entity = doc.entities[e]
            let actor = actors.actorOfEntity[e]
            return SpeakerMention(span: entity.span, text: entity.text, kind: .name, actor: actor >= 0 ? actor : nil,
                                  name: actor >= 0 ? nil : ActorGrouper().nameText(doc, e), confidence: 1)
        case .pronoun(let t):
            return resolvePronoun(at: t)
        case .role(let range, let noun):
            let text = doc.text(tokens: range)
            if let quoted = quotedInstitution(range, at: position) { return quoted }
            if let actor = resolveRole(noun: noun, phrase: range, before: doc.tokens[position].start) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.8)
            }
            return SpeakerMention(span: span(range), text: text, kind: .role, name: strippedName(range), confidence: 0.5)
        case .collective(let range, let noun):
            let text = doc.text(tokens: range)
            let members = collective(noun: noun, before: doc.tokens[position].start)
            if let first = members.first {
                return SpeakerMention(span: span(range), text: text, kind: .collective, actor: first,
                                      alternatives: Array(members.dropFirst()), confidence: 0.6)
            }
            return SpeakerMention(span: span(range), text: text, kind: .collective, name: strippedName(range), confidence: 0.4)
        case .phrase(let range):
            let text = doc.text(tokens: range)
            if let quoted = quotedInstitution(range, at: position) { return quoted }
            if let actor = institution(named: range, before: doc.tokens[position].start) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.7)
            }
            // A name the recogniser missed here but found elsewhere ("Петров" → "Иван Петров").
            let named = range.filter { doc.tokens[$0].kind == .word && doc.tokens[$0].capitalized && doc.tokens[$0].flags.isEmpty }
            if !named.isEmpty {
                // The last name word (a surname, an institution's head) and most of the others must match.
                let keys = named.map { doc.tokens[$0].key }
                func owns(_ a: Int) -> Bool {
                    actors.nameKeys[a].contains(keys.last!) && keys.filter { actors.nameKeys[a].contains($0) }.count * 2 >= keys.count
                }
                let owner: Int?
                if let timeline, let nameKeyOwners {
                    // Mentioned last before, else the first to hold the name (as `mostRecent` picks).
                    owner = timeline.latest(before: doc.tokens[position].start, where: owns)
                        ?? nameKeyOwners.actors(holding: keys.last!).first(where: owns)
                } else {
                    owner = mostRecent(actors.actors.indices.filter(owns), before: doc.tokens[position].start)
                }
                if let actor = owner {
                    return SpeakerMention(span: span(range), text: text, kind: .name, actor: actor, confidence: 0.6)
                }
                // Russian: the same name in another case ("Петровой" for "Анна Петрова").
                if actors.hasNameForms {
                    let people = actors.actors(withFormAt: doc.tokens[named.last!].span).filter { actors.actors[$0].type == .person }
                    if let actor = mostRecent(people, before: doc.tokens[position].start) {
                        return SpeakerMention(span: span(range), text: text, kind: .name, actor: actor, confidence: 0.6)
                    }
                }
            }
            return SpeakerMention(span: span(range), text: text, kind: .phrase, name: strippedName(range), confidence: 0.5)
        }
    }

    /// A description as a speaker name: without leading determiners ("Plusieurs témoins" →
    /// "témoins"); a name the recogniser missed at its end stands alone ("председатель совета
    /// Иван Петров" → "Иван Петров", "le quotidien La Voix" → "La Voix").
    private func strippedName(_ range: Range<Int>) -> String {
        var tail = range.upperBound
        while tail > range.lowerBound, doc.tokens[tail - 1].kind == .word, doc.tokens[tail - 1].capitalized,
              doc.tokens[tail - 1].flags.isEmpty { tail -= 1 }
        let sentenceInitial = tail == doc.sentenceStart(tail)
        if tail < range.upperBound, tail > range.lowerBound || range.upperBound - tail >= 2, !sentenceInitial || range.upperBound - tail >= 2 {
            return doc.text(tokens: tail..<range.upperBound)
        }
        var lower = range.lowerBound
        while lower < range.upperBound - 1, doc.isDeterminer(lower) || doc.isPunct(lower, .apostrophe) { lower += 1 }
        return doc.text(tokens: lower..<range.upperBound)
    }

    // MARK: - Actors

    /// The actor `accepts` admits mentioned last before `offset`, if one was; `candidates` are
    /// the actors to ask when there is no timeline.
    private func lastMentioned(before offset: Int, among candidates: @autoclosure () -> [Int], where accepts: (Int) -> Bool) -> Int? {
        if let timeline { return timeline.latest(before: offset, where: accepts) }
        if let a = mostRecent(candidates(), before: offset), lastMention(a, before: offset) >= 0 { return a }
        return nil
    }

    private func isPerson(_ a: Int) -> Bool { actors.actors[a].type == .person }
    private func isOrganisation(_ a: Int) -> Bool { actors.actors[a].type == .organisation }

    /// The actor among `candidates` mentioned last before `offset` (else first mentioned after).
    private func mostRecent(_ candidates: [Int], before offset: Int) -> Int? {
        var best: (actor: Int, at: Int)?
        for a in candidates {
            let last = lastMention(a, before: offset)
            if best == nil || last > best!.at { best = (a, last) }
        }
        return best?.actor
    }

    /// Start of actor `a`'s last mention before `offset`, or -1 (mentions are in text order).
    private func lastMention(_ a: Int, before offset: Int) -> Int {
        let mentions = actors.actors[a].mentions
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? mentions[lo - 1].start : -1
    }

    /// "Porte-parole" → the actor whose role is a spokesperson's; "la porte-parole du syndicat"
    /// → the institution; "Le président" → the president mentioned last.
    private func resolveRole(noun: Int, phrase: Range<Int>, before offset: Int) -> Int? {
        let key = doc.tokens[noun].key
        let role = doc.roleClass(ofNoun: noun)
        let roleClass = role?.roleClass
        if roleClass != "org" {
            // The same noun names the same holder ("Le porte-parole"), unless a phrase makes it
            // another role ("глава государства" is not whoever was called "глава" of a region).
            if role?.phrase != true {
                let holds = { (a: Int) in actors.roleKeys[a].contains(key) }
                if let a = lastMentioned(before: offset, among: people.filter(holds), where: { isPerson($0) && holds($0) }) { return a }
            }
            if let roleClass {
                let holds = { (a: Int) in actors.roleClasses[a].contains(roleClass) }
                if let a = lastMentioned(before: offset, among: people.filter(holds), where: { isPerson($0) && holds($0) }) { return a }
            }
        }
        // "глава КНР", "Президент России": the person whose description names the same
        // institution or country ("Председатель КНР" before a name).
        if roleClass != "org" {
            let complement = phrase.filter { $0 != noun && doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type != .person }.map { doc.tokens[$0].key }
            if !complement.isEmpty {
                let describes = { (a: Int) in
                    complement.allSatisfy { actors.descriptionWords[a].contains($0) } && actors.roleClasses[a].contains(where: { _ in true })
                        && (roleClass == nil || actors.roleClasses[a].contains(roleClass!))
                }
                if let a = lastMentioned(before: offset, among: people.filter(describes), where: { isPerson($0) && describes($0) }) { return a }
            }
        }
        // The institution in the complement ("du syndicat", "du ministère").
        for t in phrase where t != noun {
            let e = doc.entityAt[t]
            if e >= 0, actors.actorOfEntity[e] >= 0, doc.entities[e].type == .organisation { return actors.actorOfEntity[e] }
            if doc.isWord(t), doc.lexicon.isOrgNoun(doc.tokens[t].key), let a = institution(head: t, before: offset) { return a }
        }
        if roleClass == "org" { return institution(named: phrase, before: offset) }
        // A bare role with no holder named in the article: the person last mentioned without a role.
        // A plural ("Officials said", "Представители заявили") is not one person named before.
        let bare = phrase.allSatisfy { $0 == noun || doc.isDeterminer($0) } && !isPlural(noun)
        if bare {
            // Russian: the verb's gender rules out the other ("Прокурор заявил" is not Петрова).
            let unroled = { (a: Int) in
                actors.roleClasses[a].isEmpty && (verbGender == .unknown || genders[a] == .unknown || genders[a] == verbGender)
            }
            if let a = lastMentioned(before: offset, among: people.filter(unroled), where: { isPerson($0) && unroled($0) }) { return a }
        }
        return nil
    }

    /// A role noun in the plural: its singular ("official", "ministre", "министр", "представитель")
    /// is a role noun too.
    private func isPlural(_ t: Int) -> Bool {
        let word = doc.text(doc.tokens[t].span).lowercased()
        guard word.count > 3, let last = word.last else { return false }
        let stem = String(word.dropLast())
        switch doc.lexicon.language {
        case .russian:
            guard last == "и" || last == "ы" else { return false }
            return doc.lexicon.roleNouns[CueWordKey(stem)] != nil || doc.lexicon.roleNouns[CueWordKey(stem + "ь")] != nil
                || doc.lexicon.roleNouns[CueWordKey(stem + "а")] != nil
        default:
            guard last == "s" || last == "x" else { return false }
            return doc.lexicon.roleNouns[CueWordKey(stem)] != nil
        }
    }

    /// "Le ministère" → "ministère de l'Intérieur"; "Издание" → the publication named last.
    private func institution(head t: Int, before offset: Int) -> Int? {
        let key = doc.tokens[t].key
        let describes = { (a: Int) in actors.descriptionWords[a].contains(key) }
        return lastMentioned(before: offset, among: organisations.filter(describes), where: { isOrganisation($0) && describes($0) })
    }

    private func institution(named range: Range<Int>, before offset: Int) -> Int? {
        var words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) }
        guard let head = words.first, doc.lexicon.isOrgNoun(doc.tokens[head].key) else { return nil }
        if let a = institution(head: head, before: offset) { return a }
        words.removeFirst()
        // A bare institution noun ("Издание", "газеты") is the institution named last.
        if words.isEmpty, let a = lastMentioned(before: offset, among: organisations, where: isOrganisation) { return a }
        return nil
    }

    /// "опровергла газета «…». Издание сообщило": a bare institution noun is the
    /// quoted name just before it when the recogniser missed that name.
    private func quotedInstitution(_ range: Range<Int>, at position: Int) -> SpeakerMention? {
        let words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) }
        guard words.count == 1, doc.lexicon.isOrgNoun(doc.tokens[words[0]].key), let quoted = quotedName(before: range.lowerBound) else { return nil }
        let offset = doc.tokens[position].start
        let last = lastMentioned(before: offset, among: organisations, where: isOrganisation).map { lastMention($0, before: offset) } ?? -1
        guard doc.tokens[quoted.lowerBound].start > last else { return nil }
        return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .role, name: doc.text(tokens: quoted), confidence: 0.6)
    }

    /// "Со ссылкой на источник в министерстве сообщалось, что …": with no subject between the
    /// source and the verb, the source is the speaker, complement included.
    private func sourced(before cue: Int, from: Int) -> SpeakerMention? {
        guard !doc.lexicon.sourcing.isEmpty else { return nil }
        var t = max(from, cue - MentionFinder.window)
        while t < cue {
            if doc.isWord(t), let phrases = doc.lexicon.sourcing[doc.tokens[t].key],
               let phrase = phrases.first(where: { doc.matches($0, at: t) }) {
                let start = t + phrase.words.count
                var end = start
                while end < cue, doc.isWord(end), !doc.isSkippable(end), doc.cue(at: end) == nil { end += 1 }
                guard end > start, (end..<cue).allSatisfy({ doc.isSkippable($0) }) else { return nil }
                let range = start..<end
                if let e = range.map({ doc.entityAt[$0] }).first(where: { $0 >= 0 }), doc.entityTokens[e] == range, actors.actorOfEntity[e] >= 0 {
                    return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .name, actor: actors.actorOfEntity[e], confidence: 0.7)
                }
                let text = doc.text(tokens: range)
                return SpeakerMention(span: span(range), text: text, kind: .phrase, name: text, confidence: 0.5)
            }
            t += 1
        }
        return nil
    }

    /// The last short quoted name (one to four words, capitalised, no entity) in the few
    /// sentences before token `t`: the content tokens.
    private func quotedName(before t: Int) -> Range<Int>? {
        let limit = max(0, t - MentionFinder.window * 2)
        var u = t - 1
        while u >= limit {
            let p = doc.insidePair[u]
            if p >= 0, doc.pairs[p].close == u {
                let pair = doc.pairs[p]
                let content = (pair.open + 1)..<pair.close
                let words = content.filter { doc.isWord($0) }
                if !words.isEmpty, words.count <= 4, doc.tokens[words[0]].capitalized,
                   !content.contains(where: { doc.entityAt[$0] >= 0 || doc.isSentencePunct($0) }) {
                    return words[0]..<(words.last! + 1)
                }
                u = pair.open - 1
                continue
            }
            u -= 1
        }
        return nil
    }

    /// "les deux ministres": the actors holding that role, first mentioned first.
    private func collective(noun: Int, before offset: Int) -> [Int] {
        guard let roleClass = doc.roleClass(ofNoun: noun)?.roleClass else { return [] }
        let holds = { (a: Int) in actors.roleClasses[a].contains(roleClass) }
        let members = timeline?.all(before: offset, where: holds)
            ?? actors.actors.indices.filter { holds($0) && lastMention($0, before: offset) >= 0 }
        return members.sorted { (actors.actors[$0].mentions.first?.start ?? 0) < (actors.actors[$1].mentions.first?.start ?? 0) }
    }

    // MARK: - Pronouns

    /// A pronoun: the first person (or institution) of its own sentence before it, else the
    /// speaker or first person of the sentences before, else the person mentioned last.
    private func resolvePronoun(at t: Int) -> SpeakerMention? {
        let token = doc.tokens[t]
        let text = doc.text(token.span)
        var info = doc.pronoun(t)
        if info == nil, let inverted = token.invertedPronoun { info = doc.lexicon.pronouns[inverted] }
        let acceptsInstitutions = info.map { $0.plural || $0.gender == .neuter } ?? false
        let gender = info?.gender ?? .unknown
        let genders = self.genders
        func agrees(_ a: Int) -> Bool {
            guard gender == .masculine || gender == .feminine else { return true }
            return genders[a] == .unknown || genders[a] == gender
        }
        func accepts(_ a: Int) -> Bool {
            (actors.actors[a].type == .person && agrees(a)) || acceptsInstitutions
        }
        func firstSubject(in range: Range<Int>) -> Int? {
            var fallback: Int?
            // The subject opens its sentence: a bounded look keeps long "sentences" linear.
            for u in range.prefix(MentionFinder.window * 2) where doc.insidePair[u] < 0 {
                let e = doc.entityAt[u]
                // A name in a complement ("La prise de <ville>") is not the subject.
                if e >= 0, doc.entityTokens[e].lowerBound == u, doc.isAnyPreposition(u - 1), !doc.isDeterminer(u - 1) { continue }
                if e >= 0, actors.actorOfEntity[e] >= 0 {
                    let a = actors.actorOfEntity[e]
                    if actors.actors[a].type == .person { if agrees(a) { return a } else { continue } }
                    if acceptsInstitutions, fallback == nil { fallback = a }
                }
            }
            return fallback
        }
        let sentence = doc.sentenceOf[t]
        let sentenceStart = doc.sentences.isEmpty ? 0 : doc.sentences[sentence].lowerBound
        var resolved = firstSubject(in: sentenceStart..<t)
        var s = sentence - 1
        while resolved == nil, s >= 0, s >= sentence - 4 {
            if sentenceSpeaker[s] >= 0, accepts(sentenceSpeaker[s]) {
                resolved = sentenceSpeaker[s]
            } else {
                resolved = firstSubject(in: doc.sentences[s])
            }
            s -= 1
        }
        if resolved == nil {
            resolved = lastMentioned(before: token.start, among: actors.actors.indices.filter { accepts($0) }, where: accepts)
        }
        let shown = token.invertedPronoun != nil ? String(text.split(separator: "-").last ?? Substring(text)) : text
        return SpeakerMention(span: token.span, text: shown, kind: .pronoun, actor: resolved,
                              name: resolved == nil ? shown : nil, confidence: resolved == nil ? 0.2 : 0.75)
    }
}
