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

    /// A role first, the name apposed to it, then the cue: "“…,” the White House spokesman,
    /// Josh Earnest, said" (the plainest newswire pattern).
    @Test(arguments: [
        ("en", "Ed Lorenzen praised the plan.\n\n\"It would have been better for the economy,\" the press secretary, Josh Earnest, said on Tuesday.", "Josh Earnest"),
        ("en", "Ed Lorenzen praised the plan.\n\n\"The attacks draw us all together,\" Ms. Merkel's spokesman, Steffen Seibert, wrote on Twitter.", "Steffen Seibert"),
        ("fr", "Paul Girard a salué le plan.\n\n« Cela aurait été meilleur pour l'économie », la porte-parole, Anne Morel, a déclaré mardi.", "Anne Morel"),
    ])
    func aRoleThenTheApposedNameSpeaks(language: String, text: String, speaker: String) {
        let people: [(String, EntityType)] = [("Ed Lorenzen", .person), ("Paul Girard", .person), ("Josh Earnest", .person),
                                              ("Steffen Seibert", .person), ("Anne Morel", .person), ("Merkel", .person)]
        let quotes = StatementTestSupport.analyze(text, language: language, entities: people).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    /// Before a verb, a name set off by commas is the verb's apposed subject, not the end of
    /// what was said: "Arrivée sur place, la maire de Vénissieux, Nadia Kessaci, a salué le
    /// travail des pompiers" reports nothing.
    @Test(arguments: [
        ("fr", "Arrivée sur place dans la matinée, la maire de Vénissieux, Nadia Kessaci, a salué le travail des pompiers."),
        ("en", "Arriving at the site in the morning, the mayor of the town, Nadia Kessler, hailed the work of the firefighters."),
    ])
    func anApposedSubjectIsNoContent(language: String, text: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Nadia Kessaci", .person), ("Nadia Kessler", .person), ("Vénissieux", .location)]).quotes
        #expect(quotes.isEmpty)
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
