import Testing
@testable import ArticleKit

/// The subject of the cue verb from the dependency parse, where the rules picked the verb's
/// object or complement, a possessive, or nothing. Fixtures written for these tests.
@Suite struct ParsedSpeakerTests {
    private func analyze(_ text: String, _ language: String, _ entities: [(String, EntityType)] = []) -> Analysis {
        StatementTestSupport.analyze(text, language: language, entities: entities)
    }

    @Test func subjectRatherThanTheVerbsComplement() {
        let told = analyze("The mayor opened the new bridge on Monday.\n\n\"The bridge will reopen in May,\" his deputy told reporters.\n", "en")
        #expect(told.quotes.first?.speakerMentionText == "deputy")
        let on = analyze("Flood waters rose overnight in Millbrook.\n\n\"We did not expect the water to come so fast,\" a neighbour said on Facebook.\n", "en",
                         [("Millbrook", .location), ("Facebook", .organisation)])
        #expect(on.quotes.first?.speakerMentionText == "neighbour")
    }

    @Test func invertedSubjectWithApposition() {
        let a = analyze("The council met in Leeds.\n\n\"Taxes will rise,\" said Mr. Okafor, the party's whip.\n", "en", [("Leeds", .location)])
        #expect(a.quotes.first?.speakerMentionText == "Okafor")
    }

    @Test func participleTakesTheSubjectOfItsVerb() {
        let a = analyze("Anna Berg chaired the meeting.\n\nShe began by saying: \"The budget is too small for the schools we run.\"\n", "en", [("Anna Berg", .person)])
        #expect(a.quotes.first?.speaker == "Anna Berg")
    }

    // French and Russian: the parse agrees with the rules on these; they guard that it does not
    // replace a role phrase the rules found.
    @Test func rolePhraseKeptInFrenchAndRussian() {
        let fr = analyze("Le conseil s'est réuni à Lille.\n\n« Les impôts vont augmenter », a affirmé le porte-parole de la mairie.\n", "fr", [("Lille", .location)])
        #expect(fr.quotes.first?.speakerMentionText == "le porte-parole de la mairie")
        let ru = analyze("Полиция задержала двух мужчин в центре города.\n\n«Оба подозреваемых дают показания», — сказал представитель полиции.\n", "ru")
        #expect(ru.quotes.first?.speakerMentionText == "представитель полиции")
    }
}
