import Foundation
import Testing
@testable import ArticleKit

/// Content before a postposed cue may open with a circumstance when it has a main verb of its
/// own; a phrase without one ("À la mairie, le texte qui a été lu par l'adjoint, a précisé …")
/// is the verb's subject, and a cue before a colon introduces what follows it. Invented texts.
@Suite struct CircumstanceContentTests {
    private func quotes(_ text: String, _ language: String, _ people: [String]) -> [String] {
        StatementTestSupport.analyze(text, language: language, entities: people.map { ($0, .person) }).quotes.map(\.text)
    }

    @Test(arguments: [
        ("В прошлом веке город платил соседям пошлину за каждый корабль в порту, рассказал историк Павел Громов.", "ru", "Павел Громов",
         "В прошлом веке город платил соседям пошлину за каждый корабль в порту"),
        ("In the last century the town paid its neighbours a toll for every ship in the port, Paul Grant said.", "en", "Paul Grant",
         "In the last century the town paid its neighbours a toll for every ship in the port"),
    ])
    func aClauseOpeningWithACircumstance(text: String, language: String, person: String, words: String) {
        #expect(quotes(text, language, [person]) == [words])
    }

    @Test func aSubjectWithARelativeClauseIsNoContent() {
        let text = "À la mairie, le texte qui a été lu par l'adjoint aux finances du port, a évoqué une réunion entre les deux maires."
        #expect(!quotes(text, "fr", []).contains { $0.hasPrefix("À la mairie") })
    }

    @Test func aCueBeforeAColonIntroducesWhatFollows() {
        let text = "Après une de ces longues hésitations qu'il faut savoir attendre sur le quai, elle répondit : « Non, jamais. »"
        #expect(quotes(text, "fr", []) == ["Non, jamais."])
    }
}
