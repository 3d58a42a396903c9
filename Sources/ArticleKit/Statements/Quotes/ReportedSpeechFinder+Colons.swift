/// Words introduced by a speech verb and a colon without quotation marks: on the same line
/// ("Le maire a ajouté : la ville paiera", "Mayor Grant added: the city will pay", "Мэр
/// заявил: ремонт оплатит город") or as the paragraph after a line ending in the colon ("Le
/// directeur a déclaré à l'AFP :" then the paragraph). What was said runs to the end of its
/// paragraph, as a quotation set off by a colon does.
extension ReportedSpeechFinder {
    /// Fewest words said after the colon.
    static let minimumColonWords = 4

    func afterColon(_ doc: StatementDocument, _ cue: Range<Int>) -> QuoteCandidate? {
        // "как пишет X, …: …": the cue of an attribution opener is the attribution finder's.
        guard cue.lowerBound == 0 || doc.attribution(at: cue.lowerBound - 1) == nil,
              let colon = introducingColon(doc, after: cue) else { return nil }
        var start = colon + 1
        let sameLine = start < doc.tokens.count && doc.tokens[start].kind != .lineBreak
        if !sameLine {
            // The colon ends its paragraph: the next paragraph is what was said.
            guard colon + 1 == doc.sentenceEnd(colon) || doc.tokens[colon + 1].kind == .lineBreak else { return nil }
            while start < doc.tokens.count, doc.tokens[start].kind == .lineBreak { start += 1 }
        }
        guard start < doc.tokens.count else { return nil }
        // A quotation or a dash line is the direct and dialogue finders' to read.
        let opening = doc.tokens[start].kind
        guard opening != .quote, opening != .dash else { return nil }
        var end = start
        while end < doc.tokens.count, end - start <= Self.maximumClause, doc.tokens[end].kind != .lineBreak { end += 1 }
        guard end - start <= Self.maximumClause, doc.wordCount(start..<end) >= Self.minimumColonWords else { return nil }
        // A paragraph with a speech verb or an attribution of its own ("Miller added that …",
        // "По его словам, …") is its own statement.
        guard !(start..<end).contains(where: { doc.insidePair[$0] < 0 && (doc.cue(at: $0) != nil || doc.attribution(at: $0) != nil) }),
              let span = doc.contentSpan(start..<end),
              // The cue is the main verb of the clause the colon ends, not a noun ("Reader's note:",
              // "won two county races:") nor a word of a clause that says something else. (Parsed
              // last: most colons after a cue open a quotation, which the checks above leave.)
              let verb = CueSubject(doc: doc).mainVerb(ofClause: doc.sentenceStart(colon)..<colon), cue.contains(verb) else { return nil }
        let site = QuoteCandidate.SpeakerSite.subjectBefore(cue: cue.lowerBound, from: doc.sentenceStart(cue.lowerBound))
        return QuoteCandidate(content: span, kind: .indirect, cue: cue, origin: .indirectVerb, site: site, anchor: start, pair: nil)
    }

    /// The colon a few words after the cue (an addressee, a time, a short quoted name between:
    /// "a déclaré jeudi à l'AFP :", "сообщил агентству «Север»:"), in the cue's sentence.
    private func introducingColon(_ doc: StatementDocument, after cue: Range<Int>) -> Int? {
        var t = cue.upperBound
        let end = doc.sentenceEnd(cue.lowerBound)
        while t < end, t - cue.upperBound <= Self.maximumGap {
            if doc.isPunct(t, .colon) { return t }
            if doc.tokens[t].kind == .quote {
                guard let close = doc.shortQuotedNameEnd(at: t) else { return nil }
                t = close + 1
                continue
            }
            guard doc.isWord(t) || doc.isPunct(t, .apostrophes) || doc.isPunct(t, .comma),
                  !doc.isComplementizer(t), doc.cue(at: t) == nil else { return nil }
            t += 1
        }
        return nil
    }
}
