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
        let text = "Book ban rejected\n\n\"Our children deserve protection,\" Glenn Avery said.\n\nThe board found it \"a fair outcome.\""
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Glenn Avery", .person)]).quotes
        #expect(quotes.count == 1, "\(quotes.map(\.text))")
    }
}

/// Typewriter double quotes, two apostrophes or two backquotes (''…'', ``…''), as news archives
/// and plain-text wires write them, pair like "…"; a single or tripled apostrophe does not.
@Suite struct TypewriterQuoteTests {
    @Test(arguments: [
        "''We are offering our readers the chance to help,'' Ms. Whitcombe said.",
        "``We are offering our readers the chance to help,'' Ms. Whitcombe said.",
    ])
    func twoApostrophesAreADoubleQuote(text: String) {
        let quotes = StatementTestSupport.analyze("Title\n\n" + text, language: "en", entities: [("Whitcombe", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "We are offering our readers the chance to help,")
        #expect(quotes.first?.speaker == "Whitcombe")
    }

    @Test func singleAndTripledApostrophesAreNoQuotes() {
        let text = "Title\n\nThe band's '''rock 'n' roll''' tour, said Ms. Whitcombe, starts in May and ends in June next year."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Whitcombe", .person)]).quotes
        #expect(!quotes.contains { $0.kind == .direct }, "\(quotes.map(\.text))")
    }
}
