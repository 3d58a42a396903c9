import Foundation
import Testing
@testable import ArticleKit

/// A quoted title in the subject ("l'auteur de « Vent du nord » et de « Port blanc »", "the
/// author of "North Wind"", "автор «…» и «…»") names a work, never the speaker, and does not hide
/// the verb's subject; a quoted organisation's name still speaks. Invented texts.
@Suite struct QuotedTitleSpeakerTests {
    private func speakers(_ text: String, _ language: String, _ entities: [(String, EntityType)]) -> [String?] {
        StatementTestSupport.analyze(text, language: language, entities: entities).quotes.map(\.speaker)
    }

    @Test(arguments: [
        ("L'écrivain arrête\n\nLe romancier Olivier Mayer a annoncé la fin de sa carrière. Dans un entretien, l'auteur de « Vent du nord » et de « Port blanc » a déclaré qu'il n'écrirait plus de livres.",
         "fr", [("Olivier Mayer", EntityType.person), ("Port blanc", .person)]),
        ("Writer retires\n\nThe novelist Oliver Mason announced the end of his career. The author of \"North Wind\" and \"White Harbour\" said he would not write another book.",
         "en", [("Oliver Mason", .person), ("White Harbour", .person)]),
        ("Писатель уходит\n\nРежиссёр Олег Миронов объявил о завершении карьеры. Автор «Северного ветра» и «Белой гавани» сказал, что его последним проектом останется комедия.",
         "ru", [("Олег Миронов", .person), ("Белой гавани", .person)]),
    ])
    func aTitleIsNeverTheSpeaker(text: String, language: String, entities: [(String, EntityType)]) {
        let found = speakers(text, language, entities)
        #expect(found.count == 1, "\(found)")
        let title = entities[1].0
        #expect(found.first.flatMap { $0 } != nil)
        #expect(found.first.flatMap { $0 }?.contains(title.split(separator: " ").last!) == false)
    }

    @Test func aQuotedOrganisationStillSpeaks() {
        let text = "Движение «Северный фронт» заявило, что его бойцы покинули город."
        #expect(speakers(text, "ru", [("Северный фронт", .organisation)]) == ["Северный фронт"])
    }
}
