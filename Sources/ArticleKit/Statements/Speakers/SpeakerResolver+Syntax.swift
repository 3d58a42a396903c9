extension SpeakerResolver {
    /// The speaker the parse gives a cued quotation (the subject of its cue verb), when the
    /// rules found none or found one the parse contradicts: a mention in a quotation while the
    /// cue is outside it, a speaker inherited from an earlier quotation, the verb's object or
    /// complement ("X told AFP", "a friend said on Facebook"), or the possessive of the
    /// subject's phrase ("his colleague wrote"). Nil keeps the rules' mention.
    mutating func parsedSpeaker(_ candidate: QuoteCandidate, rules mention: SpeakerMention?) -> SpeakerMention? {
        guard let cue = candidate.cue else { return nil }
        // Parsing costs more than all the rules: parse only where the parse may overrule them.
        let found = mention.map { doc.token(atScalar: $0.span.start) }
        let overrule = mention == nil || mention?.kind == .inherited || found.map { doc.insidePair[$0] >= 0 && doc.insidePair[cue.lowerBound] < 0 } ?? false
        let possessive = found.map { doc.isWord($0) && doc.has($0, .possessive) } ?? false
        // A mention after the verb when words stand before it: the object, or an inverted subject.
        let afterVerb = found.map { $0 > cue.lowerBound && doc.isWord(cue.lowerBound - 1) } ?? false
        guard overrule || possessive || afterVerb, let subject = subjects.subject(ofCue: cue) else { return nil }
        // The parse's subject inside the quotation when the cue is outside it is a misparse.
        if doc.inQuotation(subject.head), !doc.inQuotation(cue.lowerBound) { return nil }
        guard let parsed = mentionCandidate(for: subject, cue: cue) else { return nil }
        guard let found else { return resolve(parsed, at: cue.lowerBound) }
        if overrule { return resolve(parsed, at: cue.lowerBound) }
        if subject.phrase.contains(found) {
            // "his colleague": the possessive the rules read as a pronoun is not the speaker.
            return possessive && found != subject.head ? resolve(parsed, at: cue.lowerBound) : nil
        }
        // An object before the verb is rarer than a misparse ("with Trump yelling"): only after it.
        if afterVerb, subject.relation == "nsubj", let relation = subject.verbRelation(of: found),
           relation == "obj" || relation == "iobj" || relation == "obl" {
            return resolve(parsed, at: cue.lowerBound)
        }
        return nil
    }

    /// The subject as a mention candidate: its pronoun, the name at its head, else the best
    /// mention of its phrase (the role in "a spokeswoman for the company").
    private func mentionCandidate(for subject: CueSubjectFinder.Subject, cue: Range<Int>) -> MentionFinder.Candidate? {
        if doc.pronoun(subject.head) != nil || doc.tokens[subject.head].invertedPronoun != nil { return .pronoun(subject.head) }
        let e = doc.entityAt[subject.head]
        if e >= 0, doc.entities[e].type != .miscellaneous { return .entity(e) }
        var finder = self.finder
        finder.allowQuoted = doc.inQuotation(cue.lowerBound)
        return finder.best(in: subject.phrase, nearestFirst: false)
    }
}
