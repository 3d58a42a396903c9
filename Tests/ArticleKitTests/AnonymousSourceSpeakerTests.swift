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
