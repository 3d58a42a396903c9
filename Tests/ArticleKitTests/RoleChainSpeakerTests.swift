import Foundation
import Testing
@testable import ArticleKit

/// A role whose complement is a named person is the speaker, not the person: "D'après un
/// conseiller du ministre Paul Girard", "An aide to Senator Ruth Vale said", "Советник министра
/// Павла Гирина сообщил". An indefinite role ("an aide") is someone new, never a person who held
/// that kind of role before. Invented texts.
@Suite struct RoleChainSpeakerTests {
    @Test(arguments: [
        ("fr", "La ville de Millac est privée d'eau depuis une semaine.\n\n"
            + "D'après un conseiller du ministre Paul Girard, les travaux dureront encore dix jours.", "Paul Girard", "conseiller"),
        ("fr", "La ville de Millac est privée d'eau depuis une semaine.\n\n"
            + "D'après un conseiller de Paul Girard, les travaux dureront encore dix jours.", "Paul Girard", "conseiller"),
        ("en", "The town of Millbrook has been without water for a week.\n\n"
            + "An aide to Senator Ruth Vale said the state would pay for the repairs.", "Ruth Vale", "aide"),
        ("ru", "Город Миллинск уже неделю живёт без воды.\n\n"
            + "Советник министра Павла Гирина сообщил, что ремонт продлится ещё десять дней.", "Павла Гирина", "оветник"),
    ])
    func theRoleIsTheSpeaker(language: String, text: String, person: String, role: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(person, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker != person)
        #expect(quotes.first?.speaker?.contains(role) == true, "\(String(describing: quotes.first?.speaker))")
    }

    /// The name right after its own title, in the case of the subject, is the speaker: "Пресс-
    /// секретарь президента Дмитрий Песков заявил" (invented: "Иван Орлов").
    @Test func aNameInTheSubjectsCaseHoldsTheFirstRole() {
        let text = "Пресс-секретарь президента Иван Орлов заявил, что встреча пройдёт в понедельник в Москве."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Иван Орлов", .person)]).quotes
        #expect(quotes.first?.speaker == "Иван Орлов")
    }

    @Test func anIndefiniteRoleIsSomeoneNew() {
        let text = "According to an adviser to Minister Paul Gerard, the repairs will take ten more days.\n\n"
            + "An aide to Senator Ruth Vale said the state would pay for the repairs."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Paul Gerard", .person), ("Ruth Vale", .person)]).quotes
        #expect(quotes.count == 2)
        #expect(!quotes.contains { $0.speaker == "Paul Gerard" || $0.speaker == "Ruth Vale" }, "\(quotes.map(\.speaker))")
    }
}
