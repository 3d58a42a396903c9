import Foundation
import Testing
@testable import ArticleKit

/// A person completing the common noun that opens the subject ("Supporters of Ruth Vale said",
/// "Les partisans de Paul Girard ont déclaré", "Сторонники Анны Ветровой заявили") is not the
/// speaker: the group is, named by its whole phrase. Invented texts.
@Suite struct ComplementOfACommonNounTests {
    @Test(arguments: [
        ("Senator Ruth Vale spoke at the rally. Supporters of Ruth Vale said that the strike would go on for weeks.",
         "en", "Ruth Vale", "Supporters of Ruth Vale"),
        ("La sénatrice a pris la parole. Les partisans de Paul Girard ont déclaré que le syndicat ne céderait pas.",
         "fr", "Paul Girard", "partisans de Paul Girard"),
        ("Сенатор Анна Ветрова выступила на митинге. Сторонники Анны Ветровой заявили, что забастовка продлится несколько недель.",
         "ru", "Анны Ветровой", "Сторонники Анны Ветровой"),
    ])
    func theGroupSpeaks(text: String, language: String, person: String, speaker: String) {
        var people = [person]
        if language == "ru" { people.append("Анна Ветрова") }
        let quotes = StatementTestSupport.analyze(text, language: language, entities: people.map { ($0, .person) }).quotes
        #expect(quotes.last?.speaker == speaker, "\(String(describing: quotes.last?.speaker))")
    }

    /// Russian joins the person in the genitive with no preposition, before the verb or after it.
    @Test(arguments: [
        ("Порт закрыт. Друзья Олега Миронова рассказали журналистам, что ему не раз угрожали.", "Друзья Олега Миронова"),
        ("Порт закрыт. Как рассказал дядя Олега Миронова, его не раз предупреждали об угрозах.", "дядя Олега Миронова"),
    ])
    func aPersonInTheGenitive(text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Олега Миронова", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker, "\(String(describing: quotes.first?.speaker))")
    }

    /// A look-back window that opens inside a name (the relative pronoun's antecedent eight
    /// tokens back) finds no head before it, and does not trap.
    @Test func aWindowOpeningInsideANameDoesNotTrap() {
        let text = "The letter came with support from Mary Ann Vale to all of the union members, who said that the strike would go on for weeks."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Mary Ann Vale", .person)]).quotes
        #expect(quotes.count == 1)
    }
}
