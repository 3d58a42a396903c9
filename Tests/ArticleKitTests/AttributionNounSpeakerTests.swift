import Testing
@testable import ArticleKit

/// A word that can be a speech verb is a noun right after an attribution opener ("according to
/// state media", "according to reports"): the attribution's noun phrase speaks, and the
/// statement starts after the comma. Invented sentences.
@Suite struct AttributionNounSpeakerTests {
    @Test(arguments: [
        ("According to state media, the minister resigned on Monday after the vote.", "state media"),
        ("According to reports, the minister resigned on Monday after the vote.", "reports"),
        ("According to state law, no one may ask for a vote within 150 feet of a polling place.", "state law"),
    ])
    func theNounPhraseSpeaks(sentence: String, speaker: String) throws {
        let text = "The vote took place on Tuesday. " + sentence
        let quote = try #require(StatementTestSupport.analyze(text, language: "en").quotes.first)
        #expect(quote.speakerMentionText == speaker)
        #expect(quote.text == String(sentence.split(separator: ",", maxSplits: 1)[1].dropFirst().dropLast()))
    }
}
