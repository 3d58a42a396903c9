import Testing
@testable import ArticleKit

/// Russian: a foreign first name the gazetteer lacks stays with its surname; a place adjective or
/// a known first name before a name does not join it. Invented names.
@Suite struct EntityUnknownFirstNameTests {
    func entities(_ text: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: "ru")
    }

    @Test func aForeignFirstNameJoinsTheSurname() {
        let found = entities("Вчера актёр Уэнтуорт Миллер заявил, что покидает сериал.")
        #expect(found.contains { $0.text == "Уэнтуорт Миллер" && $0.type == .person })
    }

    @Test func anAdjectiveBeforeANameStaysOut() {
        let found = entities("Вчера губернатор Свердлянской области Иван Петров посетил завод.")
        #expect(!found.contains { $0.type == .person && $0.text.contains("Свердлянской") })
    }
}
