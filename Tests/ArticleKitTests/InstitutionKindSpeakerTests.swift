import Testing
@testable import ArticleKit

/// An institution noun names again only an organisation of its kind: "the company" is not the
/// council named before ("Harbour Council", "Совет Федерации"), while a generic noun ("the
/// group", "ведомство") may be any organisation. Invented sentences.
@Suite struct InstitutionKindSpeakerTests {
    @Test(arguments: [
        ("en", "The Harbour Council met on Monday. The company said it would appeal the ruling next week.", "Harbour Council"),
        ("ru", "Совет Федерации собрался в понедельник. Компания заявила, что подаст апелляцию в областной суд на следующей неделе.",
         "Совет Федерации"),
    ])
    func anotherKindIsNotNamedAgain(language: String, text: String, organisation: String) throws {
        let quote = try #require(StatementTestSupport.analyze(text, language: language, entities: [(organisation, .organisation)]).quotes.first)
        #expect(quote.speaker != organisation)
    }

    /// The organisation the noun introduced is found past a more recent one of another kind.
    @Test func theOrganisationOfThatKindSpeaks() {
        let text = "Компания «Орбита» получила заказ. Совет Федерации собрался в понедельник. Компания заявила, что подаст апелляцию "
            + "в областной суд на следующей неделе."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Орбита", .organisation), ("Совет Федерации", .organisation)]).quotes.first
        #expect(quote?.speaker == "Орбита")
    }

    @Test func aGenericNounNamesAnyOrganisation() {
        let text = "The Harbour Council met on Monday. The group said it would appeal the ruling next week."
        let quote = StatementTestSupport.analyze(text, language: "en", entities: [("Harbour Council", .organisation)]).quotes.first
        #expect(quote?.speaker == "Harbour Council")
    }
}
