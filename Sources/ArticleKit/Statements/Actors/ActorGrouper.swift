/// Groups person and organisation entity mentions into actors: a full name and its surname, a
/// name with two surnames and its shorter forms, an organisation's name and its initials, a
/// name and its transliteration in parentheses. Places are not actors (a capital speaking for its
/// government keeps its name as the speaker). Also reads each actor's role from appositions
/// (a role noun with its complement, a comma, then the name).
struct ActorGrouper {
    /// A class: the resolver and each mention finder hold it, and a copy of a struct of eight
    /// arrays costs eight retains and releases.
    final class Result {
        private(set) var actors: [Actor]
        /// Actor of each entity (document order), or -1.
        let actorOfEntity: [Int]
        /// Word keys of each actor's names and role descriptions, for matching "la fédération".
        let descriptionWords: CueWordKeySets
        /// Role classes of each actor ("spokesperson", "president"), each once.
        let roleClasses: [[String]]
        /// Role noun keys of each actor.
        let roleKeys: CueWordKeySets
        /// Word keys of each actor's names only, to recognise a name the recogniser missed.
        let nameKeys: CueWordKeySets
        /// Gender of each person when the text marks it ("Mme", "actrice", "Mr"), for pronouns.
        let genders: [CueLexicon.Pronoun.Gender]
        /// Lowercased name words of each actor (Russian only), to match another case of a name
        /// the recogniser missed ("Петрова" for "Анну Петрову"). Built on first use.
        let formIndex: NameForms?
        /// Whether names in another case can be looked up (Russian, some actors).
        var hasNameForms: Bool { !(formIndex?.isEmpty ?? true) }

        /// The actors, moved out: the result holds none afterwards.
        func takeActors() -> [Actor] {
            let taken = actors
            actors = []
            return taken
        }

        init(actors: [Actor], actorOfEntity: [Int], descriptionWords: CueWordKeySets, roleClasses: [[String]],
             roleKeys: CueWordKeySets, nameKeys: CueWordKeySets, genders: [CueLexicon.Pronoun.Gender], formIndex: NameForms?) {
            self.actors = actors
            self.actorOfEntity = actorOfEntity
            self.descriptionWords = descriptionWords
            self.roleClasses = roleClasses
            self.roleKeys = roleKeys
            self.nameKeys = nameKeys
            self.genders = genders
            self.formIndex = formIndex
        }

        /// Actors with a name word that is `word` in another case (Cyrillic, same stem).
        func actors(withForm word: String) -> [Int] { formIndex?.actors(withForm: word) ?? [] }
        /// The same for the word written at `span`.
        func actors(withFormAt span: TextSpan) -> [Int] { formIndex?.actors(withFormAt: span) ?? [] }
    }

    /// Two Cyrillic word forms of one name: a long common prefix, endings of at most two letters
    /// more ("Алёхина", "Алёхину", "Алёхиной"; "Лавров", "Лаврова").
    /// (Characters, or lowercased scalars that are each a character of their own.)
    static func sameStem<T: Equatable>(_ a: ArraySlice<T>, _ b: ArraySlice<T>) -> Bool {
        if a.elementsEqual(b) { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= 4, abs(a.count - b.count) <= 2 else { return false }
        var common = 0
        while common < shorter, a[a.startIndex + common] == b[b.startIndex + common] { common += 1 }
        return common >= max(3, shorter - 2)
    }

    /// Sorts `keys` and keeps each once.
    static func sortUnique(_ keys: inout [UInt64]) {
        guard keys.count > 1 else { return }
        keys.sort()
        var unique = 1
        for i in 1..<keys.count where keys[i] != keys[unique - 1] { keys[unique] = keys[i]; unique += 1 }
        keys.truncate(to: unique)
    }

    func group(_ doc: StatementDocument) -> Result {
        let entities = doc.entities
        let names = nameTable(doc)
        // Parent links (union-find) between entity indices.
        var parent = Array(entities.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[rb] = ra } }

        // (A loop into a reserved array: `filter` grows its result step by step.)
        var candidates: [Int] = []
        candidates.reserveCapacity(entities.count)
        for e in entities.indices where (entities[e].type == .person || entities[e].type == .organisation) && names.wordCount(e) > 0
            // (A "person" in a quoted title, "автор «Белой гавани»", is a work's name; so is a
            // name inside a longer title, "по делу «Петров и другие против России»".)
            && !isInTitle(doc, e) {
            candidates.append(e)
        }
        // Longest names first: each shorter name joins the full name it is part of.
        let order = Self.byWordCountDescending(candidates, names)
        // Heads by the start of each of their words, and by initials, so that a name is only
        // compared with the few full names it could be part of.
        var headsByWord = HeadIndex(capacity: candidates.count * 2), headsByInitials = HeadIndex(capacity: 8)
        // (A word of four scalars or fewer is its own start: its key is the word's, hashed already.)
        func wordKey(_ w: NameWord) -> UInt64 { w.length <= 4 ? w.key.value : CueWordKey(doc.scalars, w.start..<(w.start + 4)).value }
        var headOf = [Int](repeating: -1, count: entities.count)
        // Heads also by `NameMatchKey`: a name sharing its last word with many full names is
        // compared only with those holding its rarest word.
        var headsByMatch = HeadIndex(capacity: candidates.count * 2)
        var cache = CompatibleHeadCache()
        // An organisation's single word may be the initials of a full name.
        func acronymShape(_ e: Int) -> Bool {
            guard entities[e].type == .organisation, names.wordCount(e) == 1, let w = names[e].first, (2...6).contains(w.length) else { return false }
            return doc.scalars[w.start..<(w.start + w.length)].allSatisfy { !$0.properties.isLowercase }
        }
        func sameWords(_ a: Int, _ b: Int) -> Bool {
            entities[a].type == entities[b].type && names[a].elementsEqual(names[b], by: { $0.key == $1.key })
                && acronymShape(a) == acronymShape(b)
        }
        // Buffers reused from one entity to the next.
        var pool: [Int] = [], compatible: [Int] = [], seen: [UInt64] = []
        for e in order {
            let initialsKey = entities[e].type == .organisation && names.wordCount(e) == 1 ? names[e].first!.key.value : nil
            let lastKey = wordKey(names[e].last!)
            let chainSizes = (headsByWord.count(lastKey), initialsKey.map { headsByInitials.count($0) } ?? 0)
            var memoKey = CueWordKey.empty
            for w in names[e] { memoKey = memoKey.appending(w.key) }
            let found: [Int]
            if let cached = cache.heads(memoKey.value, chainSizes: chainSizes, isSame: { sameWords($0, e) }) {
                found = cached
            } else {
                pool.truncate(to: 0)
                var best = chainSizes.0, bestMatch: UInt64? = nil
                if initialsKey == nil, best > CompatibleHeadCache.minimumPool {
                    for w in names[e] where w.length > 1 {
                        let m = NameMatchKey.lookup(w, doc.scalars)
                        let c = headsByMatch.count(m)
                        if c < best { best = c; bestMatch = m }
                    }
                }
                if let m = bestMatch {
                    headsByMatch.heads(m, into: &pool)
                    // Only the heads the last word's chain holds, as without the shortcut.
                    pool.removeAll { h in !names[h].contains { $0.length > 1 && wordKey($0) == lastKey } }
                } else {
                    headsByWord.heads(lastKey, into: &pool)
                }
                if let initialsKey { headsByInitials.heads(initialsKey, into: &pool) }
                if pool.count > 1 {
                    // Sorted, each head once.
                    pool.sort()
                    var unique = 0
                    for h in pool where unique == 0 || pool[unique - 1] != h { pool[unique] = h; unique += 1 }
                    pool.truncate(to: unique)
                }
                compatible.truncate(to: 0)
                for h in pool where entities[h].type == entities[e].type
                    && (isPart(names[e], of: names[h], doc) || (entities[e].type == .organisation && isAcronym(names[e], of: names[h], doc, e))) {
                    compatible.append(h)
                }
                if pool.count >= CompatibleHeadCache.minimumPool {
                    cache.store(memoKey.value, representative: e, chainSizes: chainSizes, heads: compatible)
                }
                found = compatible
            }
            if found.isEmpty {
                headOf[e] = e
                // Each key once (sorted: a name of thousands of words is not compared word by word).
                seen.truncate(to: 0)
                for w in names[e] where w.length > 1 { seen.append(wordKey(w)) }
                Self.sortUnique(&seen)
                for k in seen { headsByWord.add(e, k) }
                seen.truncate(to: 0)
                for w in names[e] where w.length > 1 { NameMatchKey.keys(of: w, doc.scalars, into: &seen) }
                Self.sortUnique(&seen)
                for k in seen { headsByMatch.add(e, k) }
                if entities[e].type == .organisation, names.wordCount(e) >= 2 {
                    headsByInitials.add(e, initials(names[e], doc))
                }
            } else if found.count == 1 || names[e].elementsEqual(names[found[0]], by: { $0.key == $1.key }) {
                union(found[0], e)
                headOf[e] = found[0]
            } else {
                // An ambiguous short name (a surname two relatives share): the nearest full name before it,
                // else after (`found` is sorted).
                var lo = 0, hi = found.count
                while lo < hi { let mid = (lo + hi) / 2; if found[mid] < e { lo = mid + 1 } else { hi = mid } }
                let chosen = lo > 0 ? found[lo - 1] : found[0]
                union(chosen, e)
                headOf[e] = chosen
            }
        }
        // A name followed by its transliteration or its initials in parentheses.
        for e in candidates {
            let range = doc.entityTokens[e]
            guard range.upperBound + 1 < doc.tokens.count, doc.isPunct(range.upperBound, .openParenthesis) else { continue }
            let next = doc.entityAt[range.upperBound + 1]
            if next >= 0, next != e, entities[next].type == entities[e].type, doc.isPunct(doc.entityTokens[next].upperBound, .closeParenthesis) {
                union(e, next)
            }
        }
        // Build actors in order of first mention.
        var actorOfRoot = [Int](repeating: -1, count: entities.count)
        var actors: [Actor] = []
        actors.reserveCapacity(candidates.count)
        var actorOfEntity = [Int](repeating: -1, count: entities.count)
        for e in candidates {   // in document order already
            let root = find(e)
            let index: Int
            if actorOfRoot[root] >= 0 {
                index = actorOfRoot[root]
            } else {
                index = actors.count
                actorOfRoot[root] = index
                // The name and mentions are set below, once all the members are known.
                actors.append(Actor(name: "", type: entities[e].type))
            }
            actorOfEntity[e] = index
        }
        var descriptionWords = CueWordKeySets(), roleKeys = CueWordKeySets(), nameKeys = CueWordKeySets()
        descriptionWords.reserve(keys: names.count * 2, sets: actors.count)
        nameKeys.reserve(keys: names.count, sets: actors.count)
        roleKeys.reserve(keys: 0, sets: actors.count)
        var roleClasses: [[String]] = []
        var genders = [CueLexicon.Pronoun.Gender](repeating: .unknown, count: actors.count)
        roleClasses.reserveCapacity(actors.count)
        let members = ActorMembers(candidates, actorOf: actorOfEntity, count: actors.count)
        // Scratch for `canonical`, reused from one actor to the next.
        var criteria: [Int] = []
        for index in 0..<members.count {
            let list = members[index]
            // Each actor's mentions in one allocation, in document order (as its members are).
            actors[index].mentions = list.map { entities[$0].span }
            var classes: [String] = []
            let best = canonical(list, names, doc, &criteria)
            // (Compared from a local: each read of `actors[index].name` retains the String.)
            let name = actorName(doc, best)
            actors[index].name = name
            actors[index].aliases = Self.aliases(list, entities, except: name)
            var feminine = 0, masculine = 0, masculineVerbs = 0
            for e in list {
                for word in names[e] {
                    descriptionWords.insert(word.key)
                    if word.length > 1 { nameKeys.insert(word.key) }
                }
                if entities[e].type == .person {
                    let first = doc.entityTokens[e].lowerBound
                    for t in max(0, first - 3)..<min(doc.tokens.count, doc.entityTokens[e].upperBound) {
                        if doc.has(t, .feminine) { feminine += 1 }
                        if doc.has(t, .masculine) { masculine += 1 }
                    }
                    // The past-tense verb right after a name that opens its clause agrees with it
                    // ("Лешкив заявил", "Однако Сомова уточнила"; not "О смерти Лорана
                    // сообщила его дочь", "Жена Петрова заявила": a noun's complement).
                    let next = doc.entityTokens[e].upperBound
                    let opensClause = first == doc.sentenceStart(first) || first > 0 && !doc.isWord(first - 1)
                        || first > 0 && doc.tokens[first - 1].capitalized && doc.entityAt[first - 1] < 0 && !doc.has(first - 1, .roleNoun)
                            && doc.lexicon.personNouns.gender(of: doc.text(doc.tokens[first - 1].span).lowercased()) == nil
                    if !doc.lexicon.feminineVerbEndings.isEmpty, opensClause, next < doc.tokens.count, doc.tokens[next].flags.contains(.cueVerb) {
                        switch doc.verbEndingGender(next) {
                        case .feminine: feminine += 1
                        case .masculine: masculine += 1; masculineVerbs += 1
                        default: break
                        }
                    }
                }
                var found = role(doc, of: e)
                // A description by a noun the role lexicon lacks ("Сопредседатель группы «…» Олег
                // Лунин") is no role, but a later "сопредседатель группы" names the same person.
                if found == nil, entities[e].type == .person, !doc.lexicon.personNouns.isEmpty,
                   let described = role(doc, of: e, personNouns: true) {
                    for t in described where doc.tokens[t].isWord { descriptionWords.insert(doc.tokens[t].key) }
                }
                if found == nil, entities[e].type == .person, names.wordCount(e) <= 2, let org = institutionApposition(doc, e) {
                    actors[index].type = .organisation
                    found = org
                }
                if let role = found {
                    if actors[index].role == nil { actors[index].role = doc.text(tokens: role) }
                    for t in role where doc.tokens[t].isWord {
                        let key = doc.tokens[t].key
                        descriptionWords.insert(key)
                        if doc.tokens[t].flags.contains(.roleNoun), let roleClass = doc.roleClass(ofNoun: t)?.roleClass {
                            if !classes.contains(roleClass) { classes.append(roleClass) }
                            roleKeys.insert(key)
                        }
                        if doc.has(t, .feminine) { feminine += 1 }
                        if doc.has(t, .masculine) { masculine += 1 }
                    }
                }
            }
            descriptionWords.endSet()
            roleKeys.endSet()
            nameKeys.endSet()
            roleClasses.append(classes)
            if actors[index].type == .person, feminine != masculine { genders[index] = feminine > masculine ? .feminine : .masculine }
            if actors[index].type == .person, doc.lexicon.language == .russian {
                if genders[index] == .unknown {
                    // The first name of the fullest name tells first ("Игорь Ланской": "-ской" is
                    // also a feminine surname's oblique ending), then the surname's ending.
                    let name = actors[index].name
                    let first = name[..<(name.firstIndex(of: " ") ?? name.endIndex)]
                    if first.count > 1 { genders[index] = FirstNameGenders.russian.gender(of: first) }
                    if genders[index] == .unknown { genders[index] = russianSurnameGender(list, names, doc) }
                }
                // (A first name that is also a woman's, "Виталия", may have said feminine.)
                let bare = feminine <= masculine ? bareSurname(list, names, doc, of: actors[index].name) : nil
                if feminine == 0, masculineVerbs > 0 || bare != nil,
                   let nominative = masculineNominative(of: actors[index].name, doc) {
                    actors[index].name = nominative
                    genders[index] = .masculine
                } else if let bare, genders[index] != .feminine {
                    actors[index].name = bare
                }
            }
            // French and English: the first name of a full name ("Claire Morvan" … "elle").
            if actors[index].type == .person, genders[index] == .unknown, doc.lexicon.language != .russian {
                let name = actors[index].name
                if name.contains(" ") {
                    let first = name.prefix { $0 != " " && $0 != "-" }
                    if first.count > 1 { genders[index] = FirstNameGenders.latin.gender(of: first) }
                }
            }
        }
        let formIndex = doc.lexicon.language == .russian ? NameForms(doc: doc, names: names, members: members) : nil
        return Result(actors: actors, actorOfEntity: actorOfEntity, descriptionWords: descriptionWords,
                      roleClasses: roleClasses, roleKeys: roleKeys, nameKeys: nameKeys, genders: genders, formIndex: formIndex)
    }

    /// Whether entity `e` is a person in a quoted title, or any name that is only part of one.
    private func isInTitle(_ doc: StatementDocument, _ e: Int) -> Bool {
        let range = doc.entityTokens[e]
        guard let first = range.first, DirectQuoteFinder().isInTitle(doc, first) else { return false }
        if doc.entities[e].type == .person { return true }
        let pair = doc.pairs[doc.insidePair[first]]
        return pair.open + 1 < range.lowerBound || range.upperBound < pair.close
    }

    /// The actor's name: its canonical mention's name, in the nominative for a declined Russian name.
    func actorName(_ doc: StatementDocument, _ best: Int) -> String {
        let name = nameText(doc, best)
        if doc.entities[best].type == .person, !doc.lexicon.nameDeclension.isEmpty,
           let nominative = doc.lexicon.nameDeclension.nominative(of: name, isFirstName: Self.isDeclinedFirstName) {
            return nominative
        }
        if doc.entities[best].type != .person, doc.lexicon.language == .russian,
           let nominative = InstitutionNominative.nominative(of: name) {
            return nominative
        }
        return name
    }

    /// The texts of the members other than `name`, each once, in order of mention (a set only for
    /// the rare actor with many).
    static func aliases(_ list: ArraySlice<Int>, _ entities: [Entity], except name: String) -> [String] {
        var aliases: [String] = []
        var known: Set<String>? = list.count > 32 ? [] : nil
        for e in list where entities[e].text != name {
            let text = entities[e].text
            if known == nil ? !aliases.contains(text) : known!.insert(text).inserted { aliases.append(text) }
        }
        return aliases
    }

    /// "la fédération des …, <Sigle>", "le groupe … X": a "person" described by an institution noun
    /// heading its apposition is an organisation the recogniser mistyped; returns that apposition.
    func institutionApposition(_ doc: StatementDocument, _ e: Int) -> Range<Int>? {
        guard let org = role(doc, of: e, asPerson: false),
              let head = org.first(where: { doc.tokens[$0].isWord && !doc.isDeterminer($0) }),
              doc.lexicon.isOrgNoun(doc.tokens[head].key) else { return nil }
        var before = org.lowerBound - 1
        while before >= 0, doc.isDeterminer(before) || doc.isPunct(before, .apostrophes) { before -= 1 }
        // Set off by a comma, or the noun right before the name ("организация Мемориал").
        let first = doc.entityTokens[e].lowerBound
        // (Not a first name and surname after the noun: "в правительстве Дмитрия Сорокина" is
        // his government, a genitive, not an institution named so.)
        let personal = doc.wordCount(doc.entityTokens[e]) == 2
            && Self.isFirstName(doc.text(doc.tokens[first].span).lowercased().unicodeScalars.map(\.value))
        let apposed = (first > 0 && doc.isPunct(first - 1, .comma) && org.upperBound == first - 1)
            || (org.upperBound == first && head == first - 1 && !personal)
        return apposed && (before < 0 || !doc.has(before, .genitive)) ? org : nil
    }

    /// Russian surnames tell the gender: "Алёхина", "Орлова", "Бельская" / "Лавров", "Шойгу" no.
    /// A man's surname appears bare ("Медведев") in some case; a woman's takes "-ой" ("Алёхиной").
    func russianSurnameGender(_ list: ArraySlice<Int>, _ names: NameTable, _ doc: StatementDocument) -> CueLexicon.Pronoun.Gender {
        // Lowercased scalars compared where the fast path applies, else the lowercased String.
        func endsWithAny(_ w: NameWord, _ endings: [String], _ packed: LowercaseEndings) -> Bool {
            if let ends = packed.match(doc.scalars, w.start, w.length) { return ends }
            let text = doc.text(TextSpan(w.start, w.start + w.length)).lowercased()
            return endings.contains { Self.hasSuffix(text, $0) }
        }
        func anySurname(_ endings: [String], _ packed: LowercaseEndings) -> Bool {
            list.contains { e in names[e].last.map { $0.length > 4 && endsWithAny($0, endings, packed) } ?? false }
        }
        if anySurname(Self.masculineEndings, Self.masculineEndingSet) { return .masculine }
        if anySurname(Self.feminineEndings, Self.feminineEndingSet) { return .feminine }
        return .unknown
    }
}
