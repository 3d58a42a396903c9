import Foundation
import Testing
@testable import ArticleKit

/// A bare role noun names the person a noun of the same role class stood for in the sentence
/// before, even one who did not speak there ("на вопрос корреспондента … Журналист отметил");
/// a Russian description met in another case is named in the nominative.
@Suite struct BridgedRoleSpeakerTests {
    @Test(arguments: [
        ("fr", "Lina Varga n'a pas répondu à la question d'un correspondant du Courrier des Landes. Le journaliste a noté que sa voix semblait très fatiguée.",
         "Lina Varga", "Courrier des Landes", "correspondant"),
        ("en", "Lina Varga did not answer a question from a correspondent of the Harbour Gazette. The reporter noted that her voice sounded very tired.",
         "Lina Varga", "Harbour Gazette", "correspondent"),
        ("ru", "Лина Варга не ответила на вопрос корреспондента «Вечернего курьера». Журналист отметил, что её голос звучал очень устало.",
         "Лина Варга", "Вечернего курьера", "корреспондент «Вечернего курьера»"),
    ])
    func theBareRoleIsThePersonJustDescribed(language: String, text: String, person: String, outlet: String, described: String) {
        let quote = StatementTestSupport.analyze(text, language: language, entities: [(person, .person), (outlet, .organisation)]).quotes.last
        #expect(quote?.speaker?.contains(described) == true, "\(String(describing: quote?.speaker))")
    }

    @Test func aRoleWithItsOwnComplementIsNotBridged() {
        let text = "Лина Варга не ответила на вопрос корреспондента «Вечернего курьера». Корреспондент агентства отметил, что её голос звучал устало."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Лина Варга", .person)]).quotes.last
        #expect(quote?.speaker?.contains("Вечернего") == false, "\(String(describing: quote?.speaker))")
    }

    @Test func aRussianDescriptionIsNamedInTheNominative() {
        let text = "По словам представителя полиции, задержаны трое подозреваемых в краже машин из гаража."
        let quote = StatementTestSupport.analyze(text, language: "ru").quotes.last
        #expect(quote?.speaker == "представитель полиции")
        #expect(CueLexicon.forLanguage("ru").nominative(ofRoleNoun: "судьи") == "судья")
        #expect(CueLexicon.forLanguage("ru").nominative(ofRoleNoun: "Корреспонденту") == "Корреспондент")
        #expect(CueLexicon.forLanguage("ru").nominative(ofRoleNoun: "представителей") == nil)
    }
}
