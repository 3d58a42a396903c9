import Testing
@testable import ArticleKit

/// A relative pronoun before the cue stands for the phrase just before it ("a ministry
/// spokesman, who said", "un porte-parole du ministère, qui a déclaré", "официального
/// представителя министерства, который заявил"), not for the main clause's subject nor its verb.
@Suite struct RelativePronounSpeakerTests {
    @Test(arguments: [
        ("en", "The newspaper quoted a ministry spokesman, who said that the talks would continue in Geneva next week.", "a ministry spokesman"),
        ("fr", "Le journal a cité un porte-parole du ministère, qui a déclaré que les négociations se poursuivraient à Genève.", "un porte-parole du ministère"),
        ("ru", "Газета процитировала официального представителя министерства, который заявил, что переговоры продолжатся в Женеве.", "представителя министерства"),
        ("en", "The senator echoed some commentators who have suggested that the plan would fail in the spring.", "some commentators"),
    ])
    func theAntecedentSpeaks(language: String, text: String, mention: String) {
        // The whole pipeline: the recogniser's entities and the role phrases decide here.
        let analysis = ArticleAnalyzer().analyze(Article(id: "relative", title: "", language: language, text: text))
        let quote = analysis.quotes.first
        #expect(quote?.speakerMentionText == mention)
    }
}
