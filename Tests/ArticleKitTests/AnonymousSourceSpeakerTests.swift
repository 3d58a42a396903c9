import Foundation
import Testing
@testable import ArticleKit

/// A source is anonymous by nature: "— отметил собеседник агентства", "a source close to the
/// talks said" name the source, never the person the article named before.
@Suite struct AnonymousSourceSpeakerTests {
    @Test(arguments: [
        ("ru", "Олег Сомов покинул пост в пятницу.\n\n«Он очень хотел остаться», — сказал изданию информированный источник.", "информированный источник", "Олег Сомов"),
        ("ru", "Олег Сомов покинул пост в пятницу.\n\n«Он очень хотел остаться», — отметил собеседник агентства.", "собеседник агентства", "Олег Сомов"),
        ("en", "Tom Reyes resigned on Friday.\n\n\"He wanted to stay,\" a source close to the talks said.", "source", "Tom Reyes"),
    ])
    func aSourceIsNotTheNamedPerson(language: String, text: String, speaker: String, named: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(named, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.hasPrefix(speaker) == true)
        #expect(quotes.first?.speaker != named)
    }
}

/// Russian "Как сообщил <кому> <кто>, <клауза>": the attribution's clause, whatever word opens it,
/// its dative addressee (quoted or not) skipped.
@Suite struct RussianVerbalAttributionTests {
    @Test(arguments: [
        "Как сообщил агентству источник в ведомстве, к работе привлечены более 500 спасателей.",
        "Как сообщил «Северпрессу» источник в ведомстве, к работе привлечены более 500 спасателей.",
    ])
    func theClauseAfterTheAttributionIsTheStatement(text: String) {
        let quotes = StatementTestSupport.analyze(text, language: "ru").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "к работе привлечены более 500 спасателей")
        // (The source's affiliation, "в ведомстве", may come along: AnonymousSourceAffiliationTests.)
        #expect(quotes.first?.speaker?.hasPrefix("источник") == true, "\(String(describing: quotes.first?.speaker))")
        #expect(quotes.first?.speaker?.contains("Северпресс") == false)
    }
}

/// A document's named author speaks: "Selon le classement établi par <Organisation>", "according
/// to a study by <Institute>".
@Suite struct DocumentAuthorSpeakerTests {
    @Test(arguments: [
        ("fr", "Selon le classement mondial établi par Amnesty International, le pays est classé 169e parmi les pays du monde.", "Amnesty International"),
        ("en", "According to a study by the Brill Institute, the country ranks 169th among the countries of the world.", "Brill Institute"),
    ])
    func theNamedAuthorSpeaks(language: String, text: String, author: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(author, .organisation)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == author)
    }
}
