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

/// A capitalised Cyrillic preposition opening a sentence is not part of the name after it
/// ("По Громову"), whatever joined them; the particles of foreign names are ("Де Голль").
@Suite struct LeadingFunctionWordTests {
    @Test func aSentenceOpeningPrepositionIsTrimmedAndAParticleKept() throws {
        let analysis = TextAnalyzer().analyze(ScalarText("По Громову решение принято. Де Голль приехал."), languageHint: "ru")
        let v = analysis.text.normalized, tokens = analysis.tokens
        let rules = EntityRules()
        let words = tokens.indices.filter { tokens[$0].kind == .word }
        let preposition = try #require(rules.trim(EntityRules.Span(range: words[0]..<(words[1] + 1), type: .person), v, tokens))
        #expect(preposition.range == words[1]..<(words[1] + 1))
        let particle = try #require(words.firstIndex { analysis.text[tokens[$0].span] == "Де" })
        let name = try #require(rules.trim(EntityRules.Span(range: words[particle]..<(words[particle + 1] + 1), type: .person), v, tokens))
        #expect(name.range == words[particle]..<(words[particle + 1] + 1))
    }
}

/// The surname of a full name met again in another case is that person ("Виктор Громов" …
/// "Громову", "Анна Сидорова" … "Сидоровой").
@Suite struct RussianSurnameInAnotherCaseTests {
    @Test func theSurnameInAnotherCaseIsAPerson() {
        let found = EntityTestSupport.recognize("Виктор Громов покинул совет директоров. \"По Громову решение уже принято\", - сказал собеседник. "
            + "Анна Сидорова ушла в отставку. По Сидоровой решение уже принято.", lang: "ru")
        #expect(EntityTestSupport.has(found, "Громову", .person), "\(found.map { "\($0.text) \($0.type)" })")
        #expect(EntityTestSupport.has(found, "Сидоровой", .person), "\(found.map { "\($0.text) \($0.type)" })")
    }
}

/// States of the past and short forms of country names are places, in any case: the tagger read
/// "в СССР" and "в Британии" as organisations.
@Suite struct EntityCountryFormTests {
    @Test(arguments: [
        ("Он жил в США, Британии и Турции, а потом вернулся домой.", "Британии"),
        ("Он был представителем России и СССР при ООН много лет.", "СССР"),
        ("Павлов родился в 1983 году в Ухте, РСФСР.", "РСФСР"),
    ])
    func aCountryFormIsAPlace(text: String, country: String) {
        let found = EntityTestSupport.recognize(text, lang: "ru")
        #expect(EntityTestSupport.has(found, country, .location))
    }
}
