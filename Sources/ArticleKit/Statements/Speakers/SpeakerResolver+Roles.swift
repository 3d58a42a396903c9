/// Speakers named by a role noun ("le ministre", "представитель"): the actor who holds the role,
/// or the group a plural names.
extension SpeakerResolver {
    func roleClass(in span: TextSpan) -> String? {
        for t in doc.tokens(of: span) where doc.isWord(t) && doc.has(t, .roleNoun) {
            if let c = doc.roleClass(ofNoun: t)?.roleClass, c != "org" { return c }
        }
        return nil
    }

    /// Russian "Представитель Смит сообщил", "адвокат Иванова заявил": a role noun before a
    /// surname in the genitive, or one the verb's gender does not agree with, names the
    /// person the role belongs to, not the speaker. The speaker is the role phrase itself.
    func representative(_ mention: SpeakerMention, cue: Range<Int>?) -> SpeakerMention? {
        guard mention.kind == .name, let actor = mention.actor, actors.actors[actor].type == .person else { return nil }
        let range = doc.tokens(of: mention.span)
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

    /// "D'après un conseiller du ministre Paul Girard", "An aide to Senator Ruth Vale said",
    /// "Советник министра Павла Гирина сообщил": a role noun whose complement is a name (with
    /// its own title or not), joined by a preposition (in Russian, the name in another case than
    /// the subject of the verb), is the speaker: the role phrase, not the named person. (Not a
    /// compound title, "Vice President Joe Biden"; not a Russian genitive after "по словам", where
    /// "пресс-секретаря президента Дмитрия Пескова" names the first role.)
    func headOfRoleChain(_ mention: SpeakerMention, cue: Range<Int>?) -> SpeakerMention? {
        guard mention.kind == .name || mention.kind == .role, let actor = mention.actor, isPerson(actor) else { return nil }
        let range = doc.tokens(of: mention.span)
        guard let first = range.first(where: { doc.entityAt[$0] >= 0 && actors.actorOfEntity[doc.entityAt[$0]] == actor }) else { return nil }
        let name = doc.entityTokens[doc.entityAt[first]]
        // The name's own title, if any ("Senator"), then what joins the head role to it.
        var head = name.lowerBound - 1
        if head > 0, isBareRoleNoun(head) { head -= 1 }
        var gap = 0
        while head >= 0, gap < 3, doc.entityAt[head] < 0, doc.isAnyPreposition(head) || doc.isDeterminer(head) || doc.isPunct(head, .apostrophes) {
            head -= 1
            gap += 1
        }
        guard head >= 0, isBareRoleNoun(head) else { return nil }
        if doc.lexicon.language == .russian {
            let verb = cue.map { $0.contains { doc.tokens[$0].flags.contains(.cueVerb) } } ?? false
            // The surname as written against the actor's (nominative) one.
            let written = doc.text(doc.tokens[name.upperBound - 1].span).lowercased()
            let canonical = (actors.actors[actor].name.split(separator: " ").last.map(String.init) ?? "").lowercased()
            guard gap == 0, verb, written != canonical else { return nil }
        } else {
            guard gap > 0, doc.isAnyPreposition(head + 1) else { return nil }
        }
        let phrase = head..<name.upperBound
        let text = doc.text(tokens: phrase)
        return SpeakerMention(span: span(phrase), text: text, kind: .role, name: text, confidence: 0.6)
    }

    /// A role noun that is not part of a name.
    private func isBareRoleNoun(_ t: Int) -> Bool {
        doc.isWord(t) && doc.has(t, .roleNoun) && doc.entityAt[t] < 0 && doc.lexicon.isRole(doc.tokens[t].key)
    }

    /// "Porte-parole" → the actor whose role is a spokesperson's; "la porte-parole du syndicat"
    /// → the institution; "Le président" → the president mentioned last.
    /// Whether actor `a` holds a role of class `roleClass`, or a narrower one that the broader
    /// noun may name ("le magistrat" for a "procureur").
    func holds(_ a: Int, _ roleClass: String) -> Bool {
        let narrower = doc.lexicon.narrowerRoles[roleClass] ?? []
        return actors.roleClasses[a].contains { $0 == roleClass || narrower.contains($0) }
    }

    func resolveRole(noun: Int, phrase: Range<Int>, before offset: Int) -> Int? {
        let key = doc.tokens[noun].key
        let role = doc.roleClass(ofNoun: noun)
        let roleClass = role?.roleClass
        if let roleClass, doc.lexicon.anonymousRoles.contains(roleClass) { return nil }
        // A plural ("Union officials said") is a group, never the one holder of the class.
        // (Russian "-ы"/"-и" is also a genitive singular, "главы": only the French and English
        // plural is sure.)
        // (…, and a plural verb says it too: "Соседи … утверждают".)
        let group = isPlural(noun) && doc.lexicon.language != .russian || verbPlural
        // "a spokeswoman", "un conseiller": an indefinite role introduces someone new.
        let indefinite = phrase.contains(where: { $0 < noun && doc.lexicon.indefiniteDeterminers.contains(doc.tokens[$0].key) })
        // The verb's gender, else the noun's own ("l'élue", "la présidente"): a holder of the other
        // gender is someone else.
        let phraseGender = verbGender != .unknown ? verbGender : doc.nounGender(noun)
        let agrees = { (a: Int) in phraseGender == .unknown || self.genders[a] == .unknown || self.genders[a] == phraseGender }
        if roleClass != "org", !group, !indefinite {
            // The same noun names the same holder ("Le porte-parole"), unless a phrase makes it
            // another role ("глава государства" is not whoever was called "глава" of a region).
            if role?.phrase != true {
                let holds = { (a: Int) in actors.roleKeys[a].contains(key) && agrees(a) }
                if let a = lastMentioned(before: offset, among: people.filter(holds), where: { isPerson($0) && holds($0) }) { return a }
            }
            if let roleClass {
                let holds = { (a: Int) in self.holds(a, roleClass) && agrees(a) }
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
        // The institution in the complement ("du syndicat", "du ministère") speaks through its
        // spokesperson; another role ("le président de la banque") is a person of its own.
        let speaksFor = roleClass == nil || roleClass == "org" || roleClass == "spokesperson"
        for t in phrase where t != noun && speaksFor {
            let e = doc.entityAt[t]
            if e >= 0, actors.actorOfEntity[e] >= 0, doc.entities[e].type == .organisation { return actors.actorOfEntity[e] }
            if doc.isWord(t), doc.lexicon.isOrgNoun(doc.tokens[t].key), let a = institution(head: t, before: offset) { return a }
        }
        if roleClass == "org" { return institution(named: phrase, before: offset) }
        // "La ministre de la Culture a déclaré" after "Claire Vasseur a visité …": an office
        // named without an indefinite determiner refers back to a person of the article who
        // holds no other role.
        // (Not when a named complement makes it another office: "le préfet de <région>" after a
        // person whose description names no such place.)
        let namedComplement = phrase.contains { $0 != noun && doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type != .person }
        if let roleClass, doc.lexicon.officeRoles.contains(roleClass), !isPlural(noun), !verbPlural, !indefinite, !namedComplement {
            let fits = { (a: Int) in
                (actors.roleClasses[a].isEmpty || actors.roleClasses[a].contains(roleClass))
                    && agrees(a)
            }
            if let a = salient(before: offset, among: people, where: { isPerson($0) && fits($0) }) { return a }
        }
        // A bare role with no holder named in the article: the salient person without a role
        // (just mentioned, else the one the article is about: "Президент" after paragraphs on
        // Петров). A plural ("Officials said", "Представители заявили") is not one person
        // named before.
        let bare = isBare(phrase, noun: noun, rolePhrase: role?.phrase == true) && !isPlural(noun) && !verbPlural && !indefinite
        if bare {
            // Russian: the verb's gender rules out the other ("Прокурор заявил" is not Петрова).
            let unroled = { (a: Int) in
                actors.roleClasses[a].isEmpty && agrees(a)
            }
            if let a = salient(before: offset, among: people, where: { isPerson($0) && unroled($0) }) { return a }
        }
        return nil
    }

    /// A role with no complement naming someone: determiners and adjectives before the noun
    /// ("le nouveau ministre", "Нынешний глава государства"), after it only the rest of a role
    /// phrase ("глава государства").
    func isBare(_ phrase: Range<Int>, noun: Int, rolePhrase: Bool) -> Bool {
        phrase.allSatisfy { t in
            if t == noun || doc.isDeterminer(t) { return true }
            guard doc.isWord(t), doc.entityAt[t] < 0, !doc.isAnyPreposition(t), !doc.has(t, .roleNoun) else { return false }
            if t < noun { return !doc.tokens[t].capitalized || t == doc.sentenceStart(t) }
            return rolePhrase && !doc.tokens[t].capitalized && t - noun <= 2
        }
    }

    /// A role noun in the plural: its singular ("official", "ministre", "министр", "представитель")
    /// is a role noun too.
    func isPlural(_ t: Int) -> Bool {
        let word = doc.text(doc.tokens[t].span).lowercased()
        guard word.count > 3, let last = word.last else { return false }
        let stem = String(word.dropLast())
        switch doc.lexicon.language {
        case .russian:
            // "журналистов", "представителям": a masculine plural's own endings in the other cases.
            for ending in doc.lexicon.masculinePluralObliqueEndings where word.hasSuffix(ending) && word.count > ending.count + 2 {
                let root = String(word.dropLast(ending.count))
                if doc.lexicon.roleNouns[CueWordKey(root)] != nil || doc.lexicon.roleNouns[CueWordKey(root + "ь")] != nil { return true }
            }
            guard last == "и" || last == "ы" else { return false }
            return doc.lexicon.roleNouns[CueWordKey(stem)] != nil || doc.lexicon.roleNouns[CueWordKey(stem + "ь")] != nil
                || doc.lexicon.roleNouns[CueWordKey(stem + "а")] != nil
        default:
            guard last == "s" || last == "x" else { return false }
            return doc.lexicon.roleNouns[CueWordKey(stem)] != nil
        }
    }

    /// "les deux ministres": the actors holding that role, first mentioned first.
    func collective(noun: Int, before offset: Int) -> [Int] {
        guard let roleClass = doc.roleClass(ofNoun: noun)?.roleClass else { return [] }
        let holds = { (a: Int) in actors.roleClasses[a].contains(roleClass) }
        let members = timeline?.all(before: offset, where: holds)
            ?? actors.actors.indices.filter { holds($0) && lastMention($0, before: offset) >= 0 }
        return members.sorted { (actors.actors[$0].mentions.first?.start ?? 0) < (actors.actors[$1].mentions.first?.start ?? 0) }
    }

    // MARK: - Pronouns
}
