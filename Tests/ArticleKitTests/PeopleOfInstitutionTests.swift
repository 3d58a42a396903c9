import Testing
@testable import ArticleKit

/// "Врачи НАСА сообщили", "сотрудники Северной верфи заявили": a noun of people followed by an
/// institution in the genitive names those people, who speak; the institution is only theirs.
@Suite struct PeopleOfInstitutionTests {
    @Test(arguments: [
        ("Экипаж вернулся на Землю в среду.\n\nВрачи Космического агентства сообщили, что самочувствие астронавтов не вызывает опасений.",
         [("Космического агентства", EntityType.organisation)], "Врачи Космического агентства"),
        ("Завод остановлен уже неделю.\n\nВ четверг сотрудники Северной верфи заявили, что зарплату им не платят с весны.",
         [("Северной верфи", EntityType.organisation)], "сотрудники Северной верфи"),
    ])
    func thePeopleSpeak(text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: entities).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    @Test func aRoleBeforeTheInstitutionKeepsItsWholePhrase() {
        // (A role is resolved as roles are: a spokesperson speaks for the institution.)
        let text = "Пресс-секретарь Северной верфи заявил, что зарплату выплатят в мае."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Северной верфи", .organisation)]).quotes
        #expect(quotes.first?.speakerMentionText == "Пресс-секретарь Северной верфи")
    }
}
