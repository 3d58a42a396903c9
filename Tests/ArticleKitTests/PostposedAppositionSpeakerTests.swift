import Foundation
import Testing
@testable import ArticleKit

/// A quotation followed by its speaker, an apposition between commas, then the cue:
/// "“…,” Maria Olsen, 58, told Reuters", "« … », Jean Morel, maire de Lunel, a déclaré".
@Suite struct PostposedAppositionSpeakerTests {
    @Test(arguments: [
        ("en", "\"Prices will rise for everyone,\" Maria Olsen, 58, said on Monday.", "Maria Olsen", [("Maria Olsen", EntityType.person)]),
        ("en", "\"We are ready to talk tonight,\" Tomas Berg, the union's chief negotiator, said.", "Tomas Berg", [("Tomas Berg", .person)]),
        ("fr", "« Les prix vont augmenter pour tous », Jean Morel, maire de Lunel, a déclaré lundi.", "Jean Morel", [("Jean Morel", .person), ("Lunel", .location)]),
        ("ru", "«Цены вырастут для всех», — Олег Сомов, 58 лет, сказал в понедельник.", "Олег Сомов", [("Олег Сомов", .person)]),
    ])
    func theNameBeforeTheAppositionSpeaks(language: String, text: String, speaker: String, entities: [(String, EntityType)]) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
        // The quotation is read as such, not as a clause that swallows the name.
        #expect(quotes.first.map { !$0.text.contains(speaker) } ?? false)
    }

    /// "told" takes its addressee as object: "told Reuters", "told the Gazette" never speak.
    @Test(arguments: [
        ("\"Prices will rise for everyone,\" Maria Olsen, 58, told Reuters on Monday.", "Maria Olsen"),
        ("\"This is a mistake the city will regret,\" the retired engineer told Reuters.", "retired engineer"),
    ])
    func theObjectOfToldIsTheAddressee(text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Maria Olsen", .person), ("Reuters", .organisation)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    /// A retort is a cue ("shot back", "fired back").
    @Test func aRetortIsACue() {
        let text = "\"Nobody asked us about the plan,\" Berg shot back."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Berg", .person)]).quotes
        #expect(quotes.first?.speaker == "Berg")
    }
}

/// A name with a short parenthesis before its cue ("Rep. Ann Hale (D-Ore.) said", "Jean Morel
/// (PS) a déclaré"), and a name after a headline's dash before a colon.
@Suite struct ParenthesisAndHeadlineSpeakerTests {
    @Test(arguments: [
        ("en", "\"There is tremendous energy in these races,\" Ann Hale (D-Ore.) said.", "Ann Hale"),
        ("fr", "« Il y a une énergie formidable dans ces élections », Jean Morel (PS) a déclaré.", "Jean Morel"),
    ])
    func aParenthesisAfterTheName(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(speaker, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    @Test func aNameAfterAHeadlineDash() {
        let text = "TURNOUT IN BRILL DOES NOT RISE - Mara Quinlan: \"At long last the contests have started with a first solid glimpse at turnout.\""
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Mara Quinlan", .person)]).quotes
        #expect(quotes.first?.speaker == "Mara Quinlan")
    }
}
