/// Person nouns and the noun phrases around them: how far a speaker's phrase reaches.
extension MentionFinder {
    /// A word naming a person, a role ("директор") or not ("автор", "актриса"), lowercase but
    /// for a sentence's first.
    func isPersonNoun(_ t: Int) -> Bool {
        guard doc.isWord(t), doc.entityAt[t] < 0, !doc.tokens[t].capitalized || doc.sentenceStart(t) == t else { return false }
        if doc.has(t, .roleNoun) { return lexicon.isRole(doc.tokens[t].key) }
        return doc.isPersonNounWord(t)
    }

    func isPersonRole(_ t: Int) -> Bool {
        doc.has(t, .roleNoun) && !doc.tokens[t].capitalized && lexicon.isRole(doc.tokens[t].key)
    }

    /// The noun phrase around a role noun: determiners before, complements after
    /// ("la porte-parole du syndicat").
    func nounPhrase(around noun: Int, in range: Range<Int>) -> Range<Int> {
        var lower = noun
        // (One modifier word at most, none before a determiner ("a cité un porte-parole"), and not
        // another person's role: "с журналистами директор" ends a phrase before "директор".)
        var determined = false
        while lower > range.lowerBound, doc.isDeterminer(lower - 1)
                || (!determined && doc.isWord(lower - 1) && !doc.isSkippable(lower - 1) && doc.cue(at: lower - 1) == nil && lower > noun - 2
                    && !doc.isPreposition(lower - 1) && !isPersonRole(lower - 1)) {
            if doc.isDeterminer(lower - 1) { determined = true }
            lower -= 1
        }
        // "one of the ministers": the partitive is the phrase's head.
        if lower - 2 >= range.lowerBound, doc.isPartitiveHead(lower - 2) { lower -= 2 }
        // "the dockers' union", "the company's spokeswoman": the possessor is part of the phrase.
        // (A straight or curly apostrophe may have been read as a quotation mark.)
        func apostrophe(_ t: Int) -> Bool {
            doc.isPunct(t, .apostrophes) || (doc.tokens[t].kind == .quote && (doc.tokens[t].mark == "'" || doc.tokens[t].mark == "\u{2019}"))
        }
        var possessive = lower - 1
        if possessive > range.lowerBound, doc.tokens[possessive].kind == .word, doc.text(doc.tokens[possessive].span) == "s",
           apostrophe(possessive - 1) { possessive -= 1 }
        if possessive > range.lowerBound, apostrophe(possessive), doc.isWord(possessive - 1),
           doc.entityAt[possessive - 1] < 0, doc.tokens[possessive].start == doc.tokens[possessive - 1].end {
            lower = possessive - 1
            while lower > range.lowerBound, doc.isDeterminer(lower - 1) { lower -= 1 }
        }
        var upper = noun + 1
        // An anonymous source takes its affiliation along ("источник в ведомстве").
        let source = doc.roleClass(ofNoun: noun).map { lexicon.anonymousRoles.contains($0.roleClass) } ?? false
        func complementPreposition(_ t: Int) -> Bool {
            (t == noun + 1 && lexicon.roleComplementPrepositions.contains(doc.tokens[t].key))
                || (source && lexicon.sourceComplementPrepositions.contains(doc.tokens[t].key))
        }
        // (An elided article is skippable too, "l'a dit"; inside the phrase it is the article: "de l'entreprise".)
        var periods = 0
        while upper < range.upperBound, upper - noun - periods < 6 {
            // The period of an abbreviated title in the complement ("for Gov. Alan Pierce").
            if upper + 1 < range.upperBound, abbreviatedTitle(before: upper + 1) != nil {
                upper += 1
                periods += 1
                continue
            }
            guard doc.isWord(upper), !doc.isSkippable(upper) || doc.isDeterminer(upper) || complementPreposition(upper), doc.cue(at: upper) == nil,
                  doc.pronoun(upper) == nil, !doc.isPreposition(upper) || complementPreposition(upper),
                  !doc.has(upper, .clauseWord), !doc.has(upper, .coordinator) else { break }
            upper += 1
        }
        while upper > noun + 1, doc.isPreposition(upper - 1) || doc.isDeterminer(upper - 1) { upper -= 1 }
        return lower..<upper
    }

    /// "l'un des grévistes", "one of the strikers", "один из бастующих": the partitive head
    /// (perhaps skipped as a determiner just before `t`), its preposition and the group's noun.
    func partitive(at t: Int, in segment: Range<Int>) -> Range<Int>? {
        guard let head = [t, t - 1, t - 2, t + 1].first(where: { segment.contains($0) && doc.isPartitiveHead($0) }),
              head + 2 < segment.upperBound else { return nil }
        var upper = head + 2
        while upper < segment.upperBound, doc.isDeterminer(upper) { upper += 1 }
        let noun = upper
        while upper < segment.upperBound, upper - noun < 3, doc.isWord(upper), !doc.isAnyPreposition(upper) || upper == noun,
              doc.cue(at: upper) == nil, !doc.isSkippable(upper), !doc.has(upper, .clauseWord), !doc.has(upper, .coordinator) { upper += 1 }
        return upper > noun ? head..<upper : nil
    }

    /// The noun phrase of a window without a name: the first comma-separated segment that does
    /// not open with a preposition or stand as a lone adverb, without determiners and auxiliaries.
    func nounPhrase(_ range: Range<Int>) -> Range<Int>? {
        var segments: [Range<Int>] = []
        var segmentStart = range.lowerBound
        for t in range {
            if !doc.isWord(t) {
                if t > segmentStart { segments.append(segmentStart..<t) }
                segmentStart = t + 1
            }
        }
        if range.upperBound > segmentStart { segments.append(segmentStart..<range.upperBound) }
        for segment in segments {
            // (A fronted participle's clause ends at its comma: "Получив награду, вратарь".)
            if doc.isPreposition(segment.lowerBound)
                || opensWithParticiple(segment) && segment.upperBound < range.upperBound && doc.isPunct(segment.upperBound, .comma) { continue }
            if segment.count == 1, segment.upperBound < range.upperBound, doc.isPunct(segment.upperBound, .comma) { continue }
            var lower = segment.lowerBound
            // "Cependant", "Still", "Однако": a sentence adverb opens the clause, not the phrase;
            // a preposition after it opens a complement ("Ранее об этом сообщал").
            while lower < segment.upperBound, doc.isDeterminer(lower)
                    || (lexicon.functionWords.contains(doc.tokens[lower].key) && !doc.isAnyPreposition(lower)) { lower += 1 }
            if lower < segment.upperBound, doc.isPreposition(lower) { continue }
            if let partitive = partitive(at: lower, in: segment) { return partitive }
            var upper = lower
            // A cue word after a determiner is a noun ("The report", "la déclaration").
            while upper < segment.upperBound, upper - lower < 6, !doc.isSkippable(upper),
                  doc.cue(at: upper) == nil || (upper == lower && lower > segment.lowerBound && doc.isDeterminer(lower - 1)),
                  doc.pronoun(upper) == nil || upper > lower, !doc.has(upper, .clauseWord), !doc.has(upper, .coordinator),
                  !(upper > lower && doc.isPreposition(upper)) {
                upper += 1
            }
            if upper > lower { return lower..<upper }
        }
        return nil
    }

    /// A phrase opened by a participle ("Получив награду", "Having received the award"): a fronted
    /// circumstance, not a noun phrase. (A capitalised one is no name the gazetteers know.)
    func opensWithParticiple(_ segment: Range<Int>) -> Bool {
        let t = segment.lowerBound
        guard segment.count > 1, doc.isWord(t), doc.entityAt[t] < 0, !lexicon.participleEndings.isEmpty,
              doc.lowercased(t, longerThan: 4, endsWithOneOf: lexicon.participleEndings) == true else { return false }
        guard doc.tokens[t].capitalized else { return true }
        return Gazetteer.shared.classes(ofWord: doc.text(doc.tokens[t].span).lowercased().unicodeScalars.map(\.value)).isEmpty
    }
}
