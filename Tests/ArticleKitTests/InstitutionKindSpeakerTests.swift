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

/// A generic institution noun ("В ведомстве сообщили", "The group said", "L'organisation
/// affirme") names the organisation that opened a recent sentence, before one only named
/// later inside a clause. Invented texts.
@Suite struct GenericInstitutionNounTests {
    @Test(arguments: [
        ("ru", "Министерство транспорта приветствовало соглашение. В его обсуждении, по данным прессы, участвовал и Совет Федерации. "
            + "В ведомстве сообщили, что государство выделит помощь в следующем году.", ["Министерство транспорта", "Совет Федерации"], "Министерство транспорта"),
        ("en", "Harbour Watch published its report on Monday. Its figures, it says, were checked by the Dunmore Port Council. "
            + "The group said that pollution in the bay had doubled in five years.", ["Harbour Watch", "Dunmore Port Council"], "Harbour Watch"),
        ("fr", "Vigie Port a publié son rapport lundi. Ses chiffres ont été vérifiés, selon elle, par le Conseil portuaire de Lorvane. "
            + "L'organisation affirme que la pollution de la baie a doublé en cinq ans.", ["Vigie Port", "Conseil portuaire de Lorvane"], "Vigie Port"),
    ])
    func theInstitutionOpeningARecentSentence(language: String, text: String, organisations: [String], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: organisations.map { ($0, .organisation) }).quotes
        #expect(quotes.last?.speaker == speaker, "\(String(describing: quotes.last?.speaker))")
    }
}
