import Foundation
import Testing
@testable import ArticleKit

/// A pronoun with no one before it names the person who opens the next sentence: an article may
/// speak of its subject before naming them ("In an interview, she said … . Lea Fontaine, 31, …").
/// A name in the pronoun's own sentence is what was said, not the pronoun. Invented texts.
@Suite struct CataphoricPronounTests {
    @Test(arguments: [
        ("fr", "Dans un entretien au « Courrier du Sud », elle affirme qu'elle « travaille douze heures par jour ». "
            + "À 31 ans, Léa Fontaine vient d'ouvrir son troisième restaurant à Nantes.", "Léa Fontaine"),
        ("en", "In an interview with the Harbour Gazette, she said that she \"works twelve hours a day.\" "
            + "Lea Fontaine, 31, has just opened her third restaurant in Bristol.", "Lea Fontaine"),
        // (An adjective before the name describes it: "31-летний" does not govern "Артём Власов".)
        ("ru", "В интервью газете «Северный курьер» он заявил, что «работает по двенадцать часов в день». "
            + "31-летний Артём Власов открыл третий ресторан в Казани.", "Артём Власов"),
    ])
    func thePronounNamesThePersonWhoComesNext(language: String, text: String, person: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(person, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == person, "\(String(describing: quotes.first?.speaker))")
    }

    @Test func aNameInThePronounsOwnSentenceIsWhatWasSaid() {
        let text = "Il a affirmé que Léa Fontaine « travaillait douze heures par jour ». Le restaurant a ouvert en mai."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Léa Fontaine", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker != "Léa Fontaine")
    }

    /// A period just inside the closing mark ends the sentence when a capitalised word follows:
    /// the statement stops at its quotation and the next sentence is not part of it.
    @Test func aQuotationEndingInAPeriodEndsItsSentence() {
        let text = "The mayor said the plan \"will cost nothing.\" Residents of the valley disagree with her."
        let quotes = StatementTestSupport.analyze(text, language: "en").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first.map { !$0.text.contains("Residents") } == true, "\(String(describing: quotes.first?.text))")
    }
}
