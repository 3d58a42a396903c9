import Testing
@testable import ArticleKit

/// Shouting verbs are cues in Russian as in French and English ("крикнул: «…»"): the quote after
/// the colon is his, not the next cue's. Invented sentence.
@Suite struct ShoutedQuoteSpeakerTests {
    @Test func theShouterSpeaks() {
        let text = "Депутат Олег Смирнов вышел к собравшимся. После выступления он крикнул: «Казань — наш дом!», пришедшие студенты ответили: «Мы с вами!»."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Олег Смирнов", .person)]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker == "Олег Смирнов")
        #expect(quotes.last?.speakerMentionText?.contains("студенты") == true)
    }
}
