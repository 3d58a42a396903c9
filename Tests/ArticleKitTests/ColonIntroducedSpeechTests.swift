import Foundation
import Testing
@testable import ArticleKit

/// Words a speech verb introduces with a colon and no quotation marks: on the cue's line or as
/// the paragraph after a line ending in the colon. Invented texts.
@Suite struct ColonIntroducedSpeechTests {
    private func quotes(_ text: String, _ language: String, _ people: [String]) -> [(String, String?)] {
        StatementTestSupport.analyze(text, language: language, entities: people.map { ($0, .person) }).quotes.map { ($0.text, $0.speaker) }
    }

    @Test(arguments: [
        ("Le port\n\nLa directrice du port, Anne Vidal, a déclaré à la presse :\n\nNous comptons retrouver notre trafic dès le printemps. Les quais seront prêts.\n\nLes travaux commencent demain.",
         "fr", "Anne Vidal", "Nous comptons retrouver notre trafic dès le printemps. Les quais seront prêts"),
        ("The port\n\nPort director Anne Vidal told reporters:\n\nWe expect our old traffic back by the spring. The quays will be ready.\n\nWork starts tomorrow.",
         "en", "Anne Vidal", "We expect our old traffic back by the spring. The quays will be ready"),
        ("Порт\n\nДиректор порта Анна Ветрова сообщила агентству «Север»:\n\nМы рассчитываем вернуть прежний объём грузов к весне. Причалы будут готовы.\n\nРаботы начнутся завтра.",
         "ru", "Анна Ветрова", "Мы рассчитываем вернуть прежний объём грузов к весне. Причалы будут готовы"),
        ("Le port\n\nLe maire Paul Girard a ajouté : la ville paiera la réparation du quai.", "fr", "Paul Girard", "la ville paiera la réparation du quai"),
        ("The port\n\nMayor Paul Grant added: the city will pay for the repairs to the quay.", "en", "Paul Grant", "the city will pay for the repairs to the quay"),
        ("Порт\n\nМэр Павел Громов заявил: ремонт причала оплатит город.", "ru", "Павел Громов", "ремонт причала оплатит город"),
    ])
    func theWordsAfterTheColonAreTheStatement(text: String, language: String, speaker: String, words: String) {
        let found = quotes(text, language, [speaker])
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.0 == words)
        #expect(found.first?.1 == speaker)
    }

    /// The subject after the verb: "Об этом сообщил журналистам сам мэр …:".
    @Test func theSubjectAfterTheVerb() {
        let text = "Порт\n\nОб этом сообщил журналистам сам мэр Павел Громов:\n\nРемонт причала оплатит город, работы начнутся весной.\n"
        let found = quotes(text, "ru", ["Павел Громов"])
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.1 == "Павел Громов")
    }

    @Test(arguments: [
        // The cue word is a noun, or the clause's main verb is another.
        ("Vote\n\nSports Desk Note: the following results were checked by the league on Monday.", "en"),
        ("Vote\n\nCaution is needed: the harbour road will be icy and dark tonight.", "en"),
        ("Vote\n\nThe party won four state seats on Tuesday: two in the north and two in the south.", "en"),
        // The paragraph after the colon has a speech verb of its own.
        ("Le port\n\nLe syndicat a réagi :\n\nPaul Girard a ajouté que la grève continuerait jusqu'au vote.", "fr"),
    ])
    func noStatementAfterTheColon(text: String, language: String) {
        let found = quotes(text, language, ["Paul Girard"])
        #expect(!found.contains { $0.0.hasPrefix("the following") || $0.0.hasPrefix("the harbour") || $0.0.hasPrefix("two in") || $0.0.hasPrefix("Paul Girard") })
    }
}
