import Testing
@testable import ArticleKit

/// A role after another role's phrase heads its own ("В беседе с журналистами директор завода
/// сказал"), and a role's quoted institution ("директор «Северного завода» Пётр Иванов") or
/// the titles of works ("автор «Тихой реки» и «Северного ветра»") complete it: the role, or its
/// holder, speaks. Invented names.
@Suite struct RoleWithQuotedComplementSpeakerTests {
    @Test func aRoleAfterAPrepositionalPhraseIsTheSubject() {
        let text = "В беседе с журналистами директор завода сказал, что план выполнен досрочно."
        let quote = StatementTestSupport.analyze(text, language: "ru").quotes.first
        #expect(quote?.speakerMentionText == "директор завода")
    }

    @Test(arguments: [
        ("ru", "Директор «Северного завода» Пётр Иванов посетил цех. Вчера директор сказал, что план выполнен досрочно.", "Пётр Иванов"),
        ("fr", "La présidente de « La Ruche » Anne Morel a visité le chantier. La présidente a affirmé que les travaux avanceraient avant l'hiver.", "Anne Morel"),
    ])
    func theRoleAcrossAQuotedNameIsTheHolders(language: String, text: String, holder: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(holder, .person)]).quotes
        #expect(quotes.last?.speaker == holder)
    }

    @Test func quotedTitlesAfterARoleAreNotTheSpeaker() {
        let text = "Режиссёр Анна Котова представила картину. Автор «Тихой реки» и «Северного ветра» сказала, что фильм снимали три года."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Анна Котова", .person), ("Северного", .location)]).quotes.last
        #expect(quote?.speaker != nil)
        #expect(quote?.speaker?.contains("Северн") == false)
        #expect(quote?.speaker?.contains("Тихой") == false)
    }
}
