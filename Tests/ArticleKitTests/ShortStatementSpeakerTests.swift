import Testing
@testable import ArticleKit

/// A short quotation found as a statement ("« Nous verrons »", "«Слава!»") is what someone said:
/// it ends the clause before a cue and never names the next quotation's speaker. Invented sentences.
@Suite struct ShortStatementSpeakerTests {
    @Test func theSecondPartOfASplitQuotationKeepsItsSpeaker() {
        let text = "Le maire a répondu qu'il recevrait les syndicats. « Nous verrons », a répliqué Karim Benali, « mais rien n'est fait »."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Karim Benali", .person)]).quotes
        #expect(quotes.count == 3)
        #expect(quotes.suffix(2).allSatisfy { $0.speaker == "Karim Benali" })
    }

    @Test func aShoutedReplyIsNotTheNextSpeaker() {
        let text = "После приговора он крикнул: «Правда победит!», собравшиеся у суда сторонники ответили: «Мы с тобой до конца!»."
        let quotes = StatementTestSupport.analyze(text, language: "ru").quotes
        #expect(quotes.last.map { $0.text.hasPrefix("Мы с тобой") } == true)
        #expect(quotes.last?.speaker != "Правда победит")
        #expect(quotes.last?.speakerMentionText == "собравшиеся")
    }
}
