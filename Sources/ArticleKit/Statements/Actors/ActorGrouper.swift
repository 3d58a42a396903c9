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
        for e in entities.indices where (entities[e].type == .person || entities[e].type == .organisation) && names.wordCount(e) > 0 {
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
            var name = nameText(doc, best)
            if entities[best].type == .person, !doc.lexicon.nameDeclension.isEmpty,
               let nominative = doc.lexicon.nameDeclension.nominative(of: name, isFirstName: Self.isFirstName) {
                name = nominative
            }
            actors[index].name = name
            var aliases: [String] = []
            // Each alias once, in order of mention (a set only for the rare actor with many).
            var known: Set<String>? = list.count > 32 ? [] : nil
            for e in list where entities[e].text != name {
                let text = entities[e].text
                if known == nil ? !aliases.contains(text) : known!.insert(text).inserted { aliases.append(text) }
            }
            actors[index].aliases = aliases
            var feminine = 0, masculine = 0
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
                }
                var found = role(doc, of: e)
                // "la fédération des …, <Sigle>", "le groupe … X": a "person" described
                // by an institution noun heading its apposition is an organisation the recogniser
                // mistyped.
                if found == nil, entities[e].type == .person, names.wordCount(e) <= 2, let org = role(doc, of: e, asPerson: false),
                   let head = org.first(where: { doc.tokens[$0].isWord && !doc.isDeterminer($0) }), doc.lexicon.isOrgNoun(doc.tokens[head].key) {
                    var before = org.lowerBound - 1
                    while before >= 0, doc.isDeterminer(before) || doc.isPunct(before, .apostrophes) { before -= 1 }
                    // Set off by a comma, or the noun right before the name ("организация Мемориал").
                    let first = doc.entityTokens[e].lowerBound
                    let apposed = (first > 0 && doc.isPunct(first - 1, .comma) && org.upperBound == first - 1)
                        || (org.upperBound == first && head == first - 1)
                    if apposed, before < 0 || !doc.has(before, .genitive) {
                        actors[index].type = .organisation
                        found = org
                    }
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
            // Russian surnames tell the gender: "Алёхина", "Орлова", "Бельская" / "Лавров", "Шойгу" no.
            // A man's surname appears bare ("Медведев") in some case; a woman's takes "-ой" ("Алёхиной").
            if actors[index].type == .person, genders[index] == .unknown, doc.lexicon.language == .russian {
                // Lowercased scalars compared where the fast path applies, else the lowercased String.
                func endsWithAny(_ w: NameWord, _ endings: [String], _ packed: LowercaseEndings) -> Bool {
                    if let ends = packed.match(doc.scalars, w.start, w.length) { return ends }
                    let text = doc.text(TextSpan(w.start, w.start + w.length)).lowercased()
                    return endings.contains { Self.hasSuffix(text, $0) }
                }
                func anySurname(_ endings: [String], _ packed: LowercaseEndings) -> Bool {
                    list.contains { e in names[e].last.map { $0.length > 4 && endsWithAny($0, endings, packed) } ?? false }
                }
                if anySurname(Self.masculineEndings, Self.masculineEndingSet) {
                    genders[index] = .masculine
                } else if anySurname(Self.feminineEndings, Self.feminineEndingSet) {
                    genders[index] = .feminine
                }
            }
        }
        let formIndex = doc.lexicon.language == .russian ? NameForms(doc: doc, names: names, members: members) : nil
        return Result(actors: actors, actorOfEntity: actorOfEntity, descriptionWords: descriptionWords,
                      roleClasses: roleClasses, roleKeys: roleKeys, nameKeys: nameKeys, genders: genders, formIndex: formIndex)
    }

    /// `word.hasSuffix(suffix)`, comparing scalars when both are made of scalars that are each a
    /// whole character in normal form (Latin below U+0300, Cyrillic letters): the same answer
    /// without the grapheme machinery. Anything else goes to `String.hasSuffix`.
    static func hasSuffix(_ word: String, _ suffix: String) -> Bool {
        @inline(__always) func simple(_ v: UInt32) -> Bool {
            v >= 0x20 && (v < 0x300 || (v >= 0x400 && v <= 0x4FF && !(v >= 0x483 && v <= 0x489)))
        }
        let w = word.unicodeScalars, x = suffix.unicodeScalars
        for c in w where !simple(c.value) { return word.hasSuffix(suffix) }
        for c in x where !simple(c.value) { return word.hasSuffix(suffix) }
        var i = w.endIndex, j = x.endIndex
        while j > x.startIndex {
            guard i > w.startIndex else { return false }
            w.formIndex(before: &i); x.formIndex(before: &j)
            if w[i] != x[j] { return false }
        }
        return true
    }

    static let masculineEndings = WordLists.russian.words("surname-endings-masculine")
    static let feminineEndings = WordLists.russian.words("surname-endings-feminine")
    static let masculineEndingSet = LowercaseEndings(masculineEndings)
    static let feminineEndingSet = LowercaseEndings(feminineEndings)
    static let obliqueEndingSet = LowercaseEndings(obliqueEndings)

    /// The lowercased scalars of `scalars[start..<start+length]` when every scalar is printable
    /// ASCII, Latin-1 or basic Cyrillic (U+0400–U+045F), whose lowercase is one scalar of the
    /// same set: then scalar suffixes agree with `String.lowercased().hasSuffix`. Else nil.
    static func fastLowercased(_ scalars: [Unicode.Scalar], _ start: Int, _ length: Int) -> [UInt32]? {
        guard start >= 0, length >= 0, start + length <= scalars.count else { return nil }
        var out = [UInt32](repeating: 0, count: length)
        for k in 0..<length {
            let v = scalars[start + k].value
            switch v {
            case 0x41...0x5A: out[k] = v + 32
            case 0x20..<0x100: out[k] = (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 32 : v
            case 0x400...0x40F: out[k] = v + 80
            case 0x410...0x42F: out[k] = v + 32
            case 0x430...0x45F: out[k] = v
            default: return nil
            }
        }
        return out
    }

    /// The member whose name becomes the actor's: a single member without comparing (and
    /// without the tables the comparison needs).
    private func canonical(_ list: ArraySlice<Int>, _ names: NameTable, _ doc: StatementDocument, _ criteria: inout [Int]) -> Int {
        if list.count == 1 { return list.first! }
        // Canonical name: the fullest name, not one in parentheses; the first on ties.
        // Russian: of full names in several cases ("Анну Петрову", "Анна Петрова"), the one
        // whose words recur most among the mentions (the nominative of the subject).
        // (Counted the first time a score is asked: most actors are decided before.)
        var frequency: HashTable<Int>?
        func score(_ e: Int) -> Int {
            guard doc.lexicon.language == .russian else { return 0 }
            if frequency == nil {
                var counts = HashTable<Int>(capacity: list.count * 2, empty: 0)
                for e in list { for w in names[e] { counts.set(w.key.value, 1, merge: +) } }
                frequency = counts
            }
            return names[e].reduce(0) { $0 + (frequency!.get($1.key.value) ?? 0) }
        }
        // Endings no Russian name has in the nominative ("Марию", "Алёхиной", "Матиасом").
        func oblique(_ e: Int) -> Int {
            guard doc.lexicon.language == .russian else { return 0 }
            // Counted without the array a `filter` would build.
            var count = 0
            for w in names[e] where w.length > 2 {
                if let ends = Self.obliqueEndingSet.match(doc.scalars, w.start, w.length) {
                    if ends { count += 1 }
                    continue
                }
                let lower = doc.text(TextSpan(w.start, w.start + w.length)).lowercased()
                if Self.obliqueEndings.contains(where: { Self.hasSuffix(lower, $0) }) { count += 1 }
            }
            return count
        }
        // The last two criteria of each member computed once, by its position in `list` (the
        // comparison below asks for the same member many times), and only when the first ones
        // tie; the first ones are a few reads each. (In the caller's scratch array: obliques,
        // then scores; -1 until computed.)
        let count = list.count
        criteria.truncate(to: 0)
        criteria.append(contentsOf: repeatElement(-1, count: 2 * count))
        func isBefore(_ i: Int, _ j: Int) -> Bool {
            let a = list[list.startIndex + i], b = list[list.startIndex + j]
            let parenthesisedA = inParentheses(doc, a), parenthesisedB = inParentheses(doc, b)
            if parenthesisedA != parenthesisedB { return parenthesisedA }
            if names.wordCount(a) != names.wordCount(b) { return names.wordCount(a) < names.wordCount(b) }
            // "Иван Петров" rather than "И.Петров".
            let initialsA = Self.initialCount(names[a]), initialsB = Self.initialCount(names[b])
            if initialsA != initialsB { return initialsA > initialsB }
            if criteria[i] < 0 { criteria[i] = oblique(a) }
            if criteria[j] < 0 { criteria[j] = oblique(b) }
            if criteria[i] != criteria[j] { return criteria[i] > criteria[j] }
            if criteria[count + i] < 0 { criteria[count + i] = score(a) }
            if criteria[count + j] < 0 { criteria[count + j] = score(b) }
            if criteria[count + i] != criteria[count + j] { return criteria[count + i] < criteria[count + j] }
            return a > b
        }
        // As `max(by:)`: the first member no later one beats.
        var best = 0
        for k in 1..<count where isBefore(best, k) { best = k }
        return list[list.startIndex + best]
    }

    /// `candidates` (ascending) sorted by name length, longest first, then by index: a counting
    /// sort, stable, so ties keep their ascending order (a comparison sort called the table per
    /// comparison).
    static func byWordCountDescending(_ candidates: [Int], _ names: NameTable) -> [Int] {
        var longest = 0
        for e in candidates { longest = max(longest, names.wordCount(e)) }
        // Bucket `longest - count` holds the names of `count` words.
        var next = [Int](repeating: 0, count: longest + 2)
        for e in candidates { next[longest - names.wordCount(e) + 1] += 1 }
        for b in 0..<(longest + 1) { next[b + 1] += next[b] }
        return [Int](unsafeUninitializedCapacity: candidates.count) { order, count in
            for e in candidates {
                let b = longest - names.wordCount(e)
                order.initializeElement(at: next[b], to: e)
                next[b] += 1
            }
            count = candidates.count
        }
    }

    /// Number of one-letter words (initials) of a name.
    static func initialCount(_ words: ArraySlice<NameWord>) -> Int {
        var n = 0
        for w in words where w.length == 1 { n += 1 }
        return n
    }

    /// The lowercase of one scalar of the `fastLowercased` set, else nil.
    /// `text.lowercased()`, mapped scalar by scalar when every one is in `lowercasedFast`'s set
    /// (Latin-1 and Cyrillic: no special casing there): `lowercased` cost thousands of
    /// instructions per name.
    static func lowercased(_ text: String) -> String {
        var lower: [Unicode.Scalar] = []
        lower.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let l = lowercasedFast(scalar.value) else { return text.lowercased() }
            lower.append(Unicode.Scalar(l)!)   // (a Latin-1 or Cyrillic letter: always valid)
        }
        return ScalarString.make(lower, TextSpan(0, lower.count))
    }

    @inline(__always) static func lowercasedFast(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A: return v + 32
        case 0x20..<0x100: return (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 32 : v
        case 0x400...0x40F: return v + 80
        case 0x410...0x42F: return v + 32
        case 0x430...0x45F: return v
        default: return nil
        }
    }


    static let obliqueEndings = WordLists.russian.words("oblique-endings")
    static let patronymicEndings = WordLists.russian.words("patronymic-endings")

    private func inParentheses(_ doc: StatementDocument, _ e: Int) -> Bool {
        let r = doc.entityTokens[e]
        return r.lowerBound > 0 && doc.isPunct(r.lowerBound - 1, .openParenthesis)
    }

    /// One word of a name: its key and where it is, for prefix comparisons without Strings.
    struct NameWord {
        var key: CueWordKey
        var start: Int
        var length: Int
        var cyrillic: Bool
    }

    /// The name words of every entity, in one array: `names[e]` is a slice of it.
    struct NameTable {
        private let words: [NameWord]
        private let bounds: [Int]

        init(words: [NameWord], bounds: [Int]) {
            self.words = words
            self.bounds = bounds
        }

        /// Number of words of all the names.
        var count: Int { words.count }

        subscript(e: Int) -> ArraySlice<NameWord> { words[bounds[e]..<bounds[e + 1]] }

        /// `self[e].count` without a slice (which retains and releases the words).
        func wordCount(_ e: Int) -> Int { bounds[e + 1] - bounds[e] }
    }

    /// The words of each person's and organisation's name, without punctuation ("A. Dupont" → a,
    /// dupont); none for the other entities, which are never actors.
    /// Whether a word (lowercase scalar values) is a first name of the gazetteers as it is (not
    /// by its stem).
    static func isFirstName(_ word: [UInt32]) -> Bool {
        let hash = Gazetteer.extend(Gazetteer.seed, word, TextSpan(0, word.count))
        return Gazetteer.shared.classes(ofSequenceHash: hash).contains(.firstName)
    }

    private func nameTable(_ doc: StatementDocument) -> NameTable {
        var words: [NameWord] = []
        words.reserveCapacity(doc.entities.count * 2)   // about two words a name
        var bounds: [Int] = []
        bounds.reserveCapacity(doc.entities.count + 1)
        bounds.append(0)
        for e in doc.entities.indices {
            if doc.entities[e].type == .person || doc.entities[e].type == .organisation {
                let nameEnd = doc.entities[e].span.end
                for t in nameTokens(doc, e) where doc.tokens[t].isWord {
                    let token = doc.tokens[t]
                    let first = doc.scalars[token.start].value
                    // "Obama's", "DAB’s": the last word runs on past the name over a possessive;
                    // the name word is the part inside the entity, or "Obama's" is not "Obama".
                    // (Words wholly past the entity, where `nameTokens` extends an organisation's
                    // name, stay whole.)
                    let end = token.start < nameEnd && token.end > nameEnd ? nameEnd : token.end
                    let key = end < token.end ? CueWordKey(doc.scalars, token.start..<end) : token.key
                    words.append(NameWord(key: key, start: token.start, length: end - token.start, cyrillic: first >= 0x400 && first <= 0x4FF))
                }
            }
            bounds.append(words.count)
        }
        return NameTable(words: words, bounds: bounds)
    }

    /// The tokens of an entity's name without leading determiners, titles and role nouns
    /// ("le ministère" → ministère, "ministre Anne Dupont" → Anne Dupont, "Mr Smith" → Smith),
    /// should the recogniser include them.
    func nameTokens(_ doc: StatementDocument, _ e: Int) -> Range<Int> {
        let range = doc.entityTokens[e]
        var lower = range.lowerBound
        while lower < range.upperBound - 1 {
            let token = doc.tokens[lower]
            let strip = doc.isDeterminer(lower) || !token.isWord
                || (doc.entities[e].type == .person && (doc.lexicon.isRole(token.key) || (token.isWord && !token.capitalized)))
            if !strip { break }
            lower += 1
        }
        // Quotation marks or punctuation the recogniser may include at the end.
        var upper = range.upperBound
        while upper > lower + 1, doc.tokens[upper - 1].kind == .quote || doc.isPunct(upper - 1, .commaColonSemicolon) { upper -= 1 }
        // "Association des …" + "du <pays>": an organisation's name goes on over a
        // genitive and the place the recogniser tagged apart.
        if doc.entities[e].type == .organisation, upper == range.upperBound, doc.has(upper, .genitive) {
            var u = upper + 1
            while u < doc.tokens.count, doc.isDeterminer(u) || doc.isPunct(u, .apostrophes) { u += 1 }
            if u < doc.tokens.count, doc.entityAt[u] >= 0, doc.entityTokens[doc.entityAt[u]].lowerBound == u,
               doc.entities[doc.entityAt[u]].type == .location {
                return lower..<doc.entityTokens[doc.entityAt[u]].upperBound
            }
        }
        guard doc.lexicon.language == .russian, doc.entities[e].type == .person || doc.entities[e].type == .organisation else { return lower..<upper }
        // The word tokens: how many, and the first two (no array: this runs for every name).
        var wordCount = 0, firstWord = -1, secondWord = -1
        for t in lower..<upper where doc.tokens[t].isWord {
            if wordCount == 0 { firstWord = t } else if wordCount == 1 { secondWord = t }
            wordCount += 1
        }
        // A surname whose first name the recogniser left out (a foreign first name, or an English word): one
        // capitalised word before it, with no meaning in the lexicon, not opening the sentence.
        if wordCount == 1, lower == range.lowerBound, lower > 0, isLooseNameWord(doc, lower - 1),
           doc.sentenceStart(lower - 1) != lower - 1, !isLooseNameWord(doc, lower - 2) {
            return (lower - 1)..<upper
        }
        // "Представитель <ведомства> Иван Петров": the complement of the role before the
        // name (an institution in the genitive) is not part of it. A patronymic second word
        // ("Игорь Евгеньевич Конашенков") keeps the three words together.
        // Evaluated only when the other conditions hold (it builds a String).
        func genitiveShape() -> Bool {
            let first = wordCount == 0 ? "" : doc.text(doc.tokens[firstWord].span)
            return ["а", "я", "ы", "и"].contains { Self.hasSuffix(first, $0) } && lower > 0 && doc.isWord(lower - 1) && !doc.tokens[lower - 1].capitalized
        }
        if doc.entities[e].type == .person, wordCount == 3, firstWord == lower, lower > 0, doc.has(lower - 1, .roleNoun) || genitiveShape() {
            let second = doc.text(doc.tokens[secondWord].span)
            let patronymic = Self.patronymicEndings.contains { Self.hasSuffix(second, $0) }
            if !patronymic { return secondWord..<upper }
        }
        return lower..<upper
    }

    /// A capitalised word the lexicon does not know and no entity covers: part of a name the
    /// recogniser cut short.
    private func isLooseNameWord(_ doc: StatementDocument, _ t: Int) -> Bool {
        guard t >= 0, t < doc.tokens.count else { return false }
        let token = doc.tokens[t]
        return token.kind == .word && token.capitalized && token.flags.isEmpty && doc.entityAt[t] < 0 && token.end - token.start >= 2
    }

    /// The entity's name as written, without what `nameTokens` strips.
    func nameText(_ doc: StatementDocument, _ e: Int) -> String {
        let range = nameTokens(doc, e)
        guard !range.isEmpty, range != doc.entityTokens[e] else { return doc.entities[e].text }
        let end = range.upperBound == doc.entityTokens[e].upperBound ? doc.entities[e].span.end : doc.tokens[range.upperBound - 1].end
        return doc.text(TextSpan(doc.tokens[range.lowerBound].start, end))
    }

    /// Whether `short` matches `long` word by word in order ("Dupont" in "Anne Dupont",
    /// "A. Dupont" in "Anne Dupont", "Петрова" in "Иван Петров").
    private func isPart(_ short: ArraySlice<NameWord>, of long: ArraySlice<NameWord>, _ doc: StatementDocument) -> Bool {
        guard short.count <= long.count, !short.isEmpty else { return false }
        var j = long.startIndex
        for word in short {
            while j < long.endIndex, !same(word, long[j], doc) { j += 1 }
            if j == long.endIndex { return false }
            j += 1
        }
        return true
    }

    /// Same name word: equal, an initial of it, or (Cyrillic) the same word in another case.
    private func same(_ a: NameWord, _ b: NameWord, _ doc: StatementDocument) -> Bool {
        if a.key == b.key { return true }
        let s = doc.scalars
        if a.length == 1 { return CueWordKey.fold(s[a.start]) == CueWordKey.fold(s[b.start]) }
        guard a.cyrillic, b.cyrillic else { return false }
        let shorter = min(a.length, b.length)
        guard shorter >= 4, abs(a.length - b.length) <= 2 else { return false }
        var common = 0
        while common < shorter, CueWordKey.fold(s[a.start + common]) == CueWordKey.fold(s[b.start + common]) { common += 1 }
        return common >= max(3, shorter - 2)
    }

    /// "UNE" for "Union nationale des étudiants": initials of the words that are not
    /// prepositions or determiners.
    private func isAcronym(_ short: ArraySlice<NameWord>, of long: ArraySlice<NameWord>, _ doc: StatementDocument, _ e: Int) -> Bool {
        guard short.count == 1, long.count >= 2, let word = short.first, (2...6).contains(word.length) else { return false }
        guard doc.scalars[word.start..<(word.start + word.length)].allSatisfy({ !$0.properties.isLowercase }) else { return false }
        return initials(long, doc) == word.key.value
    }

    /// Key of the initials of a name's content words.
    private func initials(_ words: ArraySlice<NameWord>, _ doc: StatementDocument) -> UInt64 {
        var letters: [Unicode.Scalar] = []
        for w in words where !doc.lexicon.has(w.key, .preposition) && !doc.lexicon.has(w.key, .determiner) {
            letters.append(doc.scalars[w.start])
        }
        return CueWordKey(scalars: letters).value
    }

    /// The role description in apposition to entity `e`: a role noun phrase right before the name,
    /// one before it and a comma, or one after the name and a comma.
    func role(_ doc: StatementDocument, of e: Int, asPerson: Bool? = nil) -> Range<Int>? {
        let range = doc.entityTokens[e]
        guard !range.isEmpty else { return nil }
        let lexicon = doc.lexicon
        let isPerson = asPerson ?? (doc.entities[e].type == .person)
        func isRoleWord(_ t: Int) -> Bool {
            guard doc.tokens[t].flags.contains(.roleNoun), doc.entityAt[t] < 0 else { return false }
            let key = doc.tokens[t].key
            return isPerson ? lexicon.isRole(key) : lexicon.isOrgNoun(key)
        }
        // Before: scan back over one noun phrase; a name in a complement ("de la <chaîne>") has none.
        var t = range.lowerBound - 1
        var d = t
        while d >= 0, doc.isDeterminer(d) && !doc.isAnyPreposition(d) { d -= 1 }
        if d >= 0, doc.isAnyPreposition(d) { t = -1 }
        if t >= 0, doc.isPunct(t, .comma) { t -= 1 }
        let end = t + 1
        var earliest = -1
        var steps = 0
        while t >= 0, steps < 9 {
            let token = doc.tokens[t]
            if token.kind == .lineBreak || token.kind == .quote || token.kind == .dash { break }
            if token.kind == .punctuation && !(token.mark == "'" || token.mark == "\u{2019}") { break }
            if doc.entityAt[t] >= 0, doc.entities[doc.entityAt[t]].type == .person, isPerson { break }
            if token.flags.contains(.cueVerb) { break }
            if isRoleWord(t) { earliest = t }
            t -= 1
            steps += 1
        }
        if earliest >= 0 { return trimmed(doc, earliest..<end) }
        // After: "Name, role …," up to the next punctuation.
        var u = range.upperBound
        guard u < doc.tokens.count, doc.isPunct(u, .comma) else { return nil }
        u += 1
        while u < doc.tokens.count, doc.isDeterminer(u) { u += 1 }
        guard u < doc.tokens.count, isRoleWord(u) else { return nil }
        let start = u
        var v = u
        while v < doc.tokens.count, v - start < 10 {
            let token = doc.tokens[v]
            if token.kind == .lineBreak || token.kind == .quote || token.kind == .dash { break }
            if token.kind == .punctuation && !(token.mark == "'" || token.mark == "\u{2019}") { break }
            if token.flags.contains(.cueVerb) { break }
            v += 1
        }
        return trimmed(doc, start..<v)
    }

    /// Drops trailing prepositions and determiners ("ministre de l'économie de").
    private func trimmed(_ doc: StatementDocument, _ range: Range<Int>) -> Range<Int>? {
        var upper = range.upperBound
        while upper > range.lowerBound + 1 {
            if doc.isAnyPreposition(upper - 1) || doc.isDeterminer(upper - 1) || !doc.tokens[upper - 1].isWord { upper -= 1 } else { break }
        }
        return range.lowerBound < upper ? range.lowerBound..<upper : nil
    }
}
