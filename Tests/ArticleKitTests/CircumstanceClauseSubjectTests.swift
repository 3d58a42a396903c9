import Foundation
import Testing
@testable import ArticleKit

/// A circumstance set between commas before the verb ("Sexton, after the rallies with Tom Hardy,
/// wrote", "Le maire, après l'affaire Girard, a déclaré", "Мэр, после
/// того как Петров покинул зал, заявила"): a name inside it is not the subject. Invented texts.
@Suite struct CircumstanceClauseSubjectTests {
    @Test(arguments: [
        ("Mayor Ruth Vale met the dockers on Monday. Sexton, after previous Hardy rallies in Ohio, wrote that the city could not pay more.",
         "en", ["Ruth Vale", "Hardy"], "Sexton"),
        ("Le port est fermé depuis lundi. Le maire, après l'affaire Girard de lundi soir, a déclaré que la ville ne paierait pas davantage.",
         "fr", ["Girard"], "maire"),
        ("Порт закрыт с понедельника. Мэр, после того как Петров покинул зал, заявила, что город не будет платить больше.",
         "ru", ["Петров"], "Мэр"),
    ])
    func aNameInsideTheCircumstanceIsNotTheSubject(text: String, language: String, people: [String], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: people.map { ($0, .person) }).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.contains(speaker) == true, "\(String(describing: quotes.first?.speaker))")
    }
}
