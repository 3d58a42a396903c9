import Foundation
import Testing
@testable import ArticleKit

/// An indefinite role introduces someone new ("a spokeswoman for the company", "une porte-parole
/// de l'entreprise"); it does not refer back to the person just named. A passive ("it is said
/// that") names no one.
@Suite struct IndefiniteAndPassiveSpeakerTests {
    @Test(arguments: [
        ("en", "Lena Fischer presented the report.\n\n\"Our drivers have waited years for this,\" a spokeswoman for the company said.",
         "spokeswoman for the company"),
        ("fr", "Lena Fischer a présenté le rapport.\n\n« Nos chauffeurs attendent cela depuis des années », a déclaré une porte-parole de l'entreprise.",
         "porte-parole de l'entreprise"),
    ])
    func anIndefiniteRoleIsSomeoneNew(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Lena Fischer", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    @Test(arguments: [
        "Tom Reyes met the council. It is said that the mayor will sign the order next week.",
        "Tom Reyes met the council. It was reported that the mayor would sign the order next week.",
    ])
    func aPassiveNamesNoOne(text: String) {
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Tom Reyes", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.evidence == .impersonal)
    }

    /// The neuter pronoun of an active cue still refers back ("The agency … It said that").
    @Test func anActiveNeuterPronounStillSpeaks() {
        let text = "The Calloway Agency published its figures. It said that prices would fall next year."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Calloway Agency", .organisation)]).quotes
        #expect(quotes.first?.speaker == "Calloway Agency")
    }
}
