import Foundation
import Testing
@testable import ArticleKit

/// A document speaks for its author ("indique le communiqué", "the report said", "согласно
/// сообщению"); a plural pronoun or possessive ("leurs", "their", "их") is a group or an
/// institution, never one person.
@Suite struct DocumentAndGroupSpeakerTests {
    @Test(arguments: [
        ("fr", "Le syndicat Force Unie a publié un communiqué lundi.\n\n« Nous irons jusqu'au bout de ce mouvement », indique le communiqué.", "Force Unie"),
        ("en", "The watchdog Global Watch released its findings on Monday.\n\n\"Prisons are overcrowded and unsafe,\" the report said.", "Global Watch"),
        ("ru", "Компания Северсталь опубликовала отчёт за год.\n\nСогласно сообщению, выручка компании выросла на десять процентов за год.", "Северсталь"),
    ])
    func aDocumentSpeaksForItsAuthor(language: String, text: String, author: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(author, .organisation)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == author)
    }

    @Test(arguments: [
        ("ru", "Актриса Анастасия Орлова не выходит на связь. Об этом сообщили несколько российских СМИ.\n\nПо их данным, у актрисы серьёзная болезнь и она находится в клинике.", "Анастасия Орлова"),
        ("en", "Senator Ann Lee met the farmers on Monday.\n\nAccording to their representatives, the new tax would ruin most of the small farms.", "Ann Lee"),
    ])
    func aPluralIsNeverOnePerson(language: String, text: String, person: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(person, .person)]).quotes
        #expect(quotes.last?.speaker != person)
    }
}
