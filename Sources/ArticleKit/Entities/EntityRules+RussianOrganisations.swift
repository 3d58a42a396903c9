/// Russian organisations of the gazetteer met in another case: "Газпрома", "Коммерсанту",
/// "Евросоюзом". The gazetteer's single Cyrillic entries are stored by stem too (as places and
/// names are), but the forced-organisation match reads exact forms only.
extension EntityRules {
    /// Classes that make an inflected match ambiguous: a place or a person's name with the same stem.
    static let notOnlyOrganisation: Gazetteer.Classes = [.place, .capital, .firstName, .surname]

    func inflectedRussianOrganisations(_ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var found: [Span] = []
        var s = 0
        for j in capitals.positions {
            let t = tokens[j]
            guard t.kind == .word, t.span.length >= 5, Script.of(v[t.span.start]) == .cyrillic,
                  classes.isUpper(v[t.span.start]), Self.russianEndingLetters.contains(classes.lower(v[t.span.end - 1])) else { continue }
            while s < analysis.sentences.count, analysis.sentences[s].tokens.upperBound <= j { s += 1 }
            // A sentence's first word is capitalised anyway ("Думаю" is not the Duma).
            guard s < analysis.sentences.count, j > analysis.sentences[s].tokens.lowerBound else { continue }
            let h = lowerHash(v, t)
            guard gaz.classes(ofSequenceHash: h).isEmpty else { continue }   // exact forms: the forced match
            let known = gaz.classes(ofToken: v, t.span, hash: h)
            guard known.contains(.organisation), known.isDisjoint(with: Self.notOnlyOrganisation) else { continue }
            // The whole name: not the first word of a longer capitalised run.
            if j + 1 < tokens.count, tokens[j + 1].kind == .word, classes.isUpper(v[tokens[j + 1].span.start]) { continue }
            found.append(Span(range: j..<(j + 1), type: .organisation, forced: true))
        }
        return found
    }
}
