import Testing
@testable import ArticleKit

/// Russian: a foreign first name the gazetteer lacks stays with its surname; a place adjective or
/// a known first name before a name does not join it; the first name before a patronymic always
/// does, also one that is a town's name. Invented names.
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

    @Test(arguments: ["Владимир Львович Осокин — актёр театра и кино.", "Вчера Владимир Сергеевич Гусятин приехал в Тверь."])
    func aFirstNameBeforeAPatronymicBelongsToTheName(text: String) {
        let found = entities(text)
        #expect(found.contains { $0.type == .person && $0.text.hasPrefix("Владимир ") && $0.text.split(separator: " ").count == 3 }, "\(found.map(\.text))")
    }
}
