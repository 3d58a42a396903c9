import Testing
@testable import ArticleKit

/// Verbs of the manner of speaking attribute a quotation as "said" does ("“…,” he snapped",
/// "« … », a ricané le maire"). Invented sentences.
@Suite struct MannerOfSpeakingCueTests {
    @Test(arguments: [
        ("en", "The talks failed on Monday. \"The port will stay closed,\" an angry Marc Hollin snapped.", "Marc Hollin"),
        ("en", "The talks failed on Monday. \"The port will stay closed,\" Marc Hollin laughed.", "Marc Hollin"),
        ("fr", "Les discussions ont échoué lundi. « Le port restera fermé », a ricané Marc Hollin.", "Marc Hollin"),
    ])
    func theVerbAttributesTheQuotation(language: String, text: String, speaker: String) throws {
        let quote = try #require(StatementTestSupport.analyze(text, language: language, entities: [(speaker, .person)]).quotes.first)
        #expect(quote.text.hasPrefix("Le port restera fermé") || quote.text.hasPrefix("The port will stay closed"))
        #expect(quote.speaker == speaker)
        #expect(!quote.cue.isEmpty)
    }
}
