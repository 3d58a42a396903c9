import Foundation
import Testing
@testable import ArticleKit

/// A speaker described but not named ("un porte-parole de la compagnie", "a spokesman for the
/// agency", "представитель больницы") goes on being the speaker: a pronoun or the same role
/// noun after it refers to it, not to a person named earlier; a role owned by a possessive
/// ("His spokeswoman") is someone else than every person named before.
@Suite struct UnnamedSpeakerContinuationTests {
    @Test(arguments: [
        ("fr", "Grève des transports\n\n« Je perds deux heures par jour », soupire Marc Delorme, usager de la ligne.\n\n"
            + "Interrogé par la presse, un porte-parole de la compagnie a indiqué que des bus seraient mis en place. « Nous faisons tout pour limiter la gêne », a-t-il précisé.",
         [("Marc Delorme", EntityType.person)]),
        ("en", "\"We are mortgaging our future,\" Councilman Derek Olsen said after the vote.\n\n"
            + "A spokesman for the city's transit board said the board was ready. \"We have the engineers and the funding in place,\" he added.",
         [("Derek Olsen", .person)]),
        ("ru", "«Мы работаем на износ», — заявил хирург Олег Панов.\n\n"
            + "Представитель больницы сообщил, что зарплаты повысят с марта. «Деньги в бюджете уже есть», — добавил он.",
         [("Олег Панов", .person)]),
    ])
    func aPronounContinuesTheDescribedSpeaker(language: String, text: String, entities: [(String, EntityType)]) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        let named = entities[0].0
        #expect(quotes.first?.speaker == named)
        let last = quotes.last
        #expect(last.map { $0.speaker != named } ?? false, "\(language): \(String(describing: last?.speaker))")
        #expect(last?.speaker != nil)
    }

    @Test func aPluralPronounTakesAPluralDescriptionNotASingularOne() {
        let text = "Un porte-parole de la mairie a refusé de commenter.\n\n"
            + "Les économistes de la banque ont publié une note mardi. « La croissance ralentira », ont-ils écrit."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: []).quotes
        #expect(quotes.last?.speaker?.contains("économistes") == true, "\(String(describing: quotes.last?.speaker))")
    }

    @Test(arguments: [
        ("en", "Councilman Derek Olsen called the plan reckless.\n\n"
            + "A spokesman for the transit board said the board was ready to deliver. \"We have the engineers in place,\" the spokesman added.",
         [("Derek Olsen", EntityType.person)]),
        ("fr", "Le conseiller municipal Marc Delorme juge le projet imprudent.\n\n"
            + "Une porte-parole de la régie a assuré que tout était prêt. « Nous avons les ingénieurs », a ajouté la porte-parole.",
         [("Marc Delorme", .person)]),
    ])
    func theSameRoleNounContinuesTheDescribedSpeaker(language: String, text: String, entities: [(String, EntityType)]) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker != nil)
        #expect(quotes.last?.speaker != entities[0].0, "\(language): \(String(describing: quotes.last?.speaker))")
    }

    @Test(arguments: [
        ("en", "\"My taxes will go up again,\" said Tom Reilly, a retired teacher.\n\n"
            + "His spokeswoman said only that Reilly \"will review the plan carefully.\"",
         [("Tom Reilly", EntityType.person), ("Reilly", .person)], "spokeswoman"),
        ("ru", "«Налоги снова вырастут», — сказал губернатор Андрей Травников.\n\n"
            + "Его пресс-секретарь сообщила, что губернатор «следит за развитием событий».",
         [("Андрей Травников", .person)], "пресс-секретарь"),
        ("fr", "« Les impôts vont encore augmenter », a dit le maire, Paul Girard.\n\n"
            + "Sa porte-parole a seulement indiqué que le maire « étudiera le projet avec attention ».",
         [("Paul Girard", .person)], "porte-parole"),
    ])
    func aPossessedRoleIsNotItsOwner(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker == speaker, "\(language): \(String(describing: quotes.last?.speaker))")
    }

    @Test func aPossessedSpokespersonOfAnInstitutionSpeaksForIt() {
        let text = "The Harbour Board approved the budget on Monday.\n\n"
            + "Its spokesman said the board \"will publish the figures next week.\""
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Harbour Board", .organisation)]).quotes
        #expect(quotes.last?.speaker == "Harbour Board")
    }

    /// The subject after the cue counts too ("сообщили несколько российских СМИ"), and a common
    /// noun in capitals ("СМИ") is part of the description, not a name cut from it.
    @Test func aPluralPossessiveAfterAPostposedSubjectIsThatGroup() {
        let text = "Певица Ольга Ветрова госпитализирована\n\n"
            + "Певица Ольга Ветрова находится в больнице, сообщили несколько российских СМИ со ссылкой на свои источники. "
            + "По их данным, состояние артистки остаётся тяжёлым."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Ольга Ветрова", .person)]).quotes
        #expect(quotes.last?.speaker == "несколько российских СМИ", "\(quotes.map { $0.speaker })")
    }
}

/// "La direction a publié un communiqué. … indique le texte": a document speaks for the one who
/// published it in the sentence before, not for whoever spoke last in an earlier paragraph.
@Suite struct DocumentPublisherTests {
    @Test(arguments: [
        ("fr", "Incendie à l'usine\n\n« On a senti une odeur de plastique », raconte Nadia Benali, une voisine.\n\n"
            + "La société Calvane a publié un communiqué dans la matinée. L'entreprise « coopère pleinement avec les autorités », indique le texte.",
         [("Nadia Benali", EntityType.person), ("Calvane", .organisation)], "Calvane"),
        ("en", "Fire at the plant\n\n\"We smelled burning plastic all night,\" said Nadia Benali, a neighbour.\n\n"
            + "Calvane Chemicals issued a statement on Tuesday morning. \"We are cooperating fully with the authorities,\" the statement said.",
         [("Nadia Benali", .person), ("Calvane Chemicals", .organisation)], "Calvane Chemicals"),
        ("ru", "Пожар на заводе\n\n«Всю ночь пахло горелым пластиком», — рассказала Надежда Белова.\n\n"
            + "Компания «Калвейн» опубликовала заявление во вторник утром. Компания «полностью сотрудничает с властями», говорится в заявлении.",
         [("Надежда Белова", .person), ("Калвейн", .organisation)], "Калвейн"),
    ])
    func aDocumentSpeaksForItsPublisher(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker == speaker, "\(language): \(quotes.map { $0.speaker })")
    }
}

/// An anonymous source keeps its affiliation: "источник в ведомстве", "a source in the health ministry".
@Suite struct AnonymousSourceAffiliationTests {
    @Test(arguments: [
        ("ru", "Запрет энергетиков\n\nИсточник в ведомстве сообщил журналистам, что министерство «в целом разделяет озабоченность депутатов».", "Источник в ведомстве"),
        ("en", "Plan dropped\n\nA source in the health ministry said the plan would be dropped, according to the newspaper.", "source in the health ministry"),
    ])
    func theAffiliationIsPartOfTheSource(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: []).quotes
        #expect(quotes.first?.speaker == speaker, "\(language): \(quotes.map { $0.speaker })")
    }
}

/// A plural pronoun after a sentence that opens with a group ("Les habitants de Sommières sont en
/// colère. « … », ont-ils expliqué") is that group, not an institution named before it.
/// Invented names.
@Suite struct PluralPronounGroupTests {
    @Test(arguments: [
        ("fr", "Le quotidien Midi Matin a publié un bilan. Les habitants de Sommières sont en colère. « On nous avait promis des travaux », ont-ils expliqué.",
         [("Midi Matin", EntityType.organisation), ("Sommières", .location)], "habitants de Sommières"),
        ("en", "The Daily Lantern published a report. Residents of Brill are angry. \"They promised us repairs,\" they said.",
         [("Daily Lantern", EntityType.organisation), ("Brill", .location)], "Residents"),
        ("ru", "Газета «Вести Севера» опубликовала данные. Жители Твери возмущены. «Нам обещали ремонт», — сказали они.",
         [("Вести Севера", EntityType.organisation), ("Твери", .location)], "Жители Твери"),
    ])
    func theGroupOpeningTheSentenceBefore(language: String, text: String, entities: [(String, EntityType)], group: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.hasPrefix(group) == true, "\(language): \(quotes.map { $0.speaker })")
    }
}
