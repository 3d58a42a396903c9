/// The last statement pass: resolves each quote candidate's speaker (`SpeakerResolver`), keeps
/// the attributed ones as quotes, and adds to the actors the mentions and aliases the quotes name.
/// Reads the candidates in text order, the grouping and the document; returns the quotes and the actors.
struct QuoteAssembler {
    func assemble(_ candidates: [QuoteCandidate], grouping: ActorGrouper.Result, doc: StatementDocument) -> ([Quote], [Actor]) {
        var resolver = SpeakerResolver(doc: doc, actors: grouping, statementPairs: Set(candidates.compactMap(\.pair)))
        // The resolver reads the grouping as it was: what the quotes add is applied at the end.
        // Only the actors quoted get additions: the others keep nil (filled without retaining
        // three empty arrays per actor).
        var additions = [ActorAdditions?](repeating: nil, count: grouping.actors.count)
        var quotes: [Quote] = []
        quotes.reserveCapacity(candidates.count)
        var addedMentions = SeenSet<TextSpan>()
        var addedAliases = SeenSet<ActorAlias>()
        // The grouping's aliases of an actor that has many, hashed when first needed.
        var groupingAliases: [Int: Set<String>] = [:]
        func isGroupingAlias(_ text: String, of actor: Int) -> Bool {
            let aliases = grouping.actors[actor].aliases
            guard aliases.count > SeenSet<String>.listLimit else { return aliases.contains(text) }
            if groupingAliases[actor] == nil { groupingAliases[actor] = Set(aliases) }
            return groupingAliases[actor]!.contains(text)
        }
        var appendedAliases = SeenSet<ActorAlias>()
        for candidate in candidates {
            let mention = resolver.resolve(candidate)
            // A quotation with neither cue nor anyone speaking before it (a headline's
            // quotation, a claim in marks with no one named) is not attributed: not kept as a statement.
            if candidate.origin == .directUncued && mention == nil { continue }
            // The cue as written, with its auxiliaries and adverbs ("a aussi rappelé", "lui avait dit").
            var cueRange = candidate.cue
            if let cue = cueRange, doc.tokens[cue.lowerBound].flags.contains(.cueVerb) || doc.tokens[cue.lowerBound].flags.contains(.headCue) {
                var lower = cue.lowerBound
                while lower > 0, cue.lowerBound - lower < 4, doc.isSkippable(lower - 1), doc.pronoun(lower - 1) == nil,
                      !doc.has(lower - 1, .coordinator) { lower -= 1 }
                cueRange = lower..<cue.upperBound
            }
            let cueText = cueRange.map { doc.text(tokens: $0) } ?? ""
            // Appended at once and completed in place, not built as a local and copied in.
            let q = quotes.count
            quotes.append(Quote(span: candidate.content, kind: candidate.kind, text: doc.text(candidate.content), cue: cueText,
                                cueSpan: cueRange.map { TextSpan(doc.tokens[$0.lowerBound].start, doc.tokens[$0.upperBound - 1].end) },
                                confidence: 0))
            let evidence = Self.evidence(mention)
            quotes[q].evidence = evidence
            quotes[q].confidence = SpeakerCalibration.shipped.probability(evidence)
            if let mention {
                quotes[q].speakerMention = mention.span
                quotes[q].speakerMentionText = mention.text
                if let actor = mention.actor {
                    quotes[q].actor = actor
                    quotes[q].speaker = grouping.actors[actor].name
                    quotes[q].speakerAlternatives = mention.alternatives.map { grouping.actors[$0].name }
                    if additions[actor] == nil { additions[actor] = ActorAdditions() }
                    additions[actor]!.quotes.append(q)
                    // Pronouns and role nouns that name an actor are mentions and aliases of it.
                    if mention.kind != .name && mention.kind != .inherited && mention.kind != .collective,
                       addedMentions.insert(mention.span) {
                        additions[actor]!.mentions.append(mention.span)
                        if mention.text != grouping.actors[actor].name,
                           addedAliases.insert(ActorAlias(actor: actor, alias: ActorGrouper.lowercased(mention.text))) {
                            if !isGroupingAlias(mention.text, of: actor), appendedAliases.insert(ActorAlias(actor: actor, alias: mention.text)) {
                                additions[actor]!.aliases.append(mention.text)
                            }
                        }
                    }
                } else if mention.kind != .impersonal {
                    quotes[q].speaker = mention.name ?? mention.text
                }
            }
        }
        // Taken from the grouping (not copied), so the actors are changed in place.
        var actors = grouping.takeActors()
        // (An actor without additions would be left as it is.)
        for index in actors.indices { additions[index]?.applied(to: &actors[index]) }
        return (quotes, actors)
    }

    /// An alias of an actor, as met in a quote's speaker mention.
    private struct ActorAlias: Hashable {
        let actor: Int
        let alias: String
    }

    /// How much a finder's reading is trusted, before the speaker's resolution.
    /// What named the speaker, as the calibration knows it.
    static func evidence(_ mention: SpeakerMention?) -> SpeakerEvidence {
        guard let mention else { return .none }
        switch mention.kind {
        case .name: return .name
        // A pronoun that found nobody names nobody (one continuing a description names it); a
        // role or group that found no actor is a description of its own.
        case .pronoun: return mention.actor != nil ? .pronoun : mention.continuesDescription ? .description : .none
        case .role: return mention.actor == nil ? .description : .role
        case .collective: return mention.actor == nil ? .description : .collective
        case .phrase: return .description
        case .inherited: return .inherited
        case .impersonal: return .impersonal
        }
    }
}
