import Foundation
import Testing
@testable import ArticleKit

/// Descriptions listed after the cue and before a name ("said the actor, producer and
/// director Mark Hale") describe that name: the name is the speaker, whole.
@Suite struct ListedDescriptionSpeakerTests {
    @Test(arguments: [
        ("en", "\"It was brave,\" said the actor, producer and director Mark Hale, known for his stage roles.", "Mark Hale"),
        ("fr", "« C'était courageux », a déclaré l'acteur, producteur et réalisateur Marc Lavoie, connu pour ses rôles.", "Marc Lavoie"),
        ("ru", "«Это было смело», — заявил актер, продюсер и режиссёр Марк Питер Хэйл, известный своими ролями.", "Марк Питер Хэйл"),
    ])
    func theNameAfterTheListIsTheSpeaker(language: String, text: String, name: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(name, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == name)
    }

    @Test func aRelativeClauseEndsTheList() {
        let text = "«Это было смело», — заявил актер, который знал Ивана Смирнова много лет."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Ивана Смирнова", .person)]).quotes
        #expect(quotes.first?.speaker != "Иван Смирнов" && quotes.first?.speaker != "Ивана Смирнова")
    }
}
