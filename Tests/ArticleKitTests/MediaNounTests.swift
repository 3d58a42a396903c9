import Testing
@testable import ArticleKit

/// "Издание отмечает", "the newspaper said": a news medium's noun names a medium of the article
/// again, never another institution (a company, a security service) when no medium was named.
@Suite struct MediaNounTests {
    @Test(arguments: [
        ("ru", "Завод «Северная верфь» остановил работу. Об этом сообщила газета «Вечерний курьер».\n\nИздание отмечает, что рабочие не получают зарплату с весны.",
         [("Северная верфь", EntityType.organisation), ("Вечерний курьер", .organisation)], "Вечерний курьер"),
        ("en", "Harbour Steel closed its plant, the Evening Courier newspaper reported.\n\nThe newspaper said that the workers had not been paid since the spring.",
         [("Harbour Steel", EntityType.organisation), ("Evening Courier", .organisation)], "Evening Courier"),
    ])
    func theMediumNamedBefore(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker == speaker)
    }

    @Test(arguments: [
        ("ru", "Завод «Северная верфь» остановил работу.\n\nИздание отмечает, что рабочие не получают зарплату с весны.",
         [("Северная верфь", EntityType.organisation)]),
        ("en", "Harbour Steel closed its plant on Monday.\n\nThe newspaper said that the workers had not been paid since the spring.",
         [("Harbour Steel", EntityType.organisation)]),
    ])
    func neverAnotherInstitution(language: String, text: String, entities: [(String, EntityType)]) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.count == 1)
        #expect(quotes.last.map { $0.speaker != entities[0].0 } ?? false)
    }
}
