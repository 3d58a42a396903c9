import Testing
@testable import ArticleKit

/// A name after a role noun in the addressee's case is whom it was said to ("Олег Ветров
/// корреспонденту Анне Седовой рассказал"). Invented names.
@Suite struct NamedAddresseeBeforeVerbTests {
    @Test func theNominativeNameSpeaks() {
        let text = "Писатель Олег Ветров корреспонденту Анне Седовой рассказал, что закончил новый роман о войне."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Олег Ветров", .person), ("Анне Седовой", .person)]).quotes
        #expect(quotes.first?.speaker == "Олег Ветров")
    }
}
