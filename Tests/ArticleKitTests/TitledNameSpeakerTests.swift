import Foundation
import Testing
@testable import ArticleKit

/// The plainest attribution with a title before the name: the period of "Mr." or "M." ends
/// neither the sentence nor the speaker's phrase, so the quote is found and its speaker is the
/// name, never the title.
@Suite struct TitledNameSpeakerTests {
    @Test(arguments: [
        ("en", "\"Taxes will rise,\" Mr. Hallett said.", "Hallett"),
        ("en", "\"We have no other choice,\" said Dr. Okafor, the party's whip.", "Okafor"),
        ("fr", "« Les impôts vont augmenter », a dit M. Lefort.", "Lefort"),
        ("fr", "« Les impôts vont augmenter », a déclaré Mme Aubry.", "Aubry"),
        ("ru", "«Налоги вырастут», — сказал г-н Петров.", "Петров"),
    ])
    func theNameAfterATitleIsTheSpeaker(language: String, text: String, name: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(name, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == name)
    }

    @Test func aSentenceEndingInAnAbbreviationStillEnds() {
        // "etc." before a capitalised sentence is an end: the next sentence's quote has its own speaker.
        let text = "« Nous avons tout vu : des grèves, des blocages, etc. » Puis Anne Roux a déclaré : « C'est fini. »"
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Anne Roux", .person)]).quotes
        #expect(quotes.last?.speaker == "Anne Roux")
    }
}
