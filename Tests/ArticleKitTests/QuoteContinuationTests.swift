import Foundation
import Testing
@testable import ArticleKit

/// A short quoted sentence right after a cued quotation's sentence, in its paragraph, continues it
/// ("“…,” he said. “We will be back.”"), though an uncued quotation needs five words; a short
/// quoted phrase elsewhere is not a statement.
@Suite struct QuoteContinuationTests {
    @Test(arguments: [
        ("en", "Book ban rejected\n\n\"Our children deserve protection,\" Glenn Avery said. \"We will be back.\"", "We will be back."),
        ("fr", "Interdiction rejetée\n\n« Nos enfants méritent d'être protégés », a dit Glenn Avery. « Nous reviendrons. »", "Nous reviendrons."),
        ("ru", "Запрет отклонён\n\n«Наши дети заслуживают защиты», — сказал Глеб Аверин. «Мы вернёмся».", "Мы вернёмся"),
    ])
    func aShortSentenceContinuesTheQuote(language: String, text: String, short: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(language == "ru" ? "Глеб Аверин" : "Glenn Avery", .person)]).quotes
        #expect(quotes.count == 2, "\(language): \(quotes.map(\.text))")
        #expect(quotes.last?.text == short)
        #expect(quotes.last?.speaker == (language == "ru" ? "Глеб Аверин" : "Glenn Avery"))
    }

    @Test func aShortQuotedPhraseAfterAnotherParagraphIsNoStatement() {
        let text = "Book ban rejected\n\n\"Our children deserve protection,\" Glenn Avery said.\n\nThe board called it \"a fair outcome.\""
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Glenn Avery", .person)]).quotes
        #expect(quotes.count == 1, "\(quotes.map(\.text))")
    }
}
