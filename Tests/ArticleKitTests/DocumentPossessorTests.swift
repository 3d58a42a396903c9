import Foundation
import Testing
@testable import ArticleKit

/// "— отмечается в его телеграмме", "indique son communiqué", "his statement said": a document
/// with a possessive speaks for its possessor, not for whoever spoke before. Invented texts.
@Suite struct DocumentPossessorTests {
    @Test(arguments: [
        ("ru", "Лыжница Дарья Лосева выиграла гонку. «Я бежала в своём темпе», — сказала Лосева.\n\n"
            + "Чемпионку поздравил губернатор Сергей Боженов. «Вашим успехом гордится вся область», — отмечается в его телеграмме.",
         [("Дарья Лосева", EntityType.person), ("Лосева", .person), ("Сергей Боженов", .person)], "Сергей Боженов"),
        ("fr", "La skieuse Daria Loseva a gagné la course. « J'ai couru à mon rythme », a dit Loseva.\n\n"
            + "Le gouverneur Serge Bonnet a félicité la championne. « Toute la région est fière de vous », indique son communiqué.",
         [("Daria Loseva", EntityType.person), ("Loseva", .person), ("Serge Bonnet", .person)], "Serge Bonnet"),
        ("en", "The skier Daria Loseva won the race. \"I ran at my own pace,\" Loseva said.\n\n"
            + "Governor Sam Bonner congratulated the champion. \"The whole state is proud of you,\" his statement said.",
         [("Daria Loseva", EntityType.person), ("Loseva", .person), ("Sam Bonner", .person)], "Sam Bonner"),
    ])
    func theDocumentIsItsPossessors(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker == speaker)
    }
}
