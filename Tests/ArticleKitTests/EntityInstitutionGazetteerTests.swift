import Foundation
import Testing
@testable import ArticleKit

/// Institutions the tagger cannot read from their shape: Russian federal bodies named by one
/// compound word, in any case ("Генпрокуратуры", "в Рособрнадзоре"), and broadcasters whose
/// names hold a country or a common word ("France 5", "France Culture").
@Suite struct EntityInstitutionGazetteerTests {
    func organisations(_ text: String, lang: String) -> [String] {
        EntityTestSupport.recognize(text, lang: lang).filter { $0.type == .organisation }.map(\.text)
    }

    @Test(arguments: [
        ("Проверку начала Генпрокуратура. Позже в Рособрнадзоре сообщили, что школа закрыта.", ["Генпрокуратура", "Рособрнадзоре"]),
        ("Жалобу направили в Мосгорсуд, а копию передали в Счётную палату.", ["Мосгорсуд", "Счётную палату"]),
    ])
    func russianFederalBodiesInAnyCase(text: String, expected: [String]) {
        let found = organisations(text, lang: "ru")
        for name in expected { #expect(found.contains(name), "\(name) in \(found)") }
    }

    @Test func broadcastersNamedAfterACountryAreOrganisations() {
        let text = "Le documentaire sera diffusé sur France 5 puis commenté sur France Culture jeudi."
        let found = EntityTestSupport.recognize(text, lang: "fr")
        #expect(found.contains { $0.text == "France 5" && $0.type == .organisation })
        #expect(found.contains { $0.text == "France Culture" && $0.type == .organisation })
        #expect(!found.contains { $0.text == "France" })
    }
}
