import Testing
@testable import ArticleKit

/// Acronyms (issue 16): all-caps words of 2–6 letters as organisations when the text supports it,
/// and acronyms defined in parentheses. Invented names and sentences.
@Suite struct EntityAcronymTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    func types(of word: String, in found: [Entity]) -> [EntityType] {
        found.filter { $0.text == word }.map(\.type)
    }

    @Test func fiveLetterAcronymThatRecursIsAnOrganisation() {
        let text = "Le syndicat VORAL a appelé à la grève jeudi. Selon les chiffres de VORAL, 300 salariés ont cessé le travail."
        let found = entities(text, lang: "fr")
        #expect(types(of: "VORAL", in: found) == [.organisation, .organisation])
    }

    @Test func twoLetterAcronymThatRecursIsAnOrganisation() {
        let text = "Группировка ТЗ взяла на себя ответственность за взрыв. Эксперты считают, что ТЗ действует на севере страны."
        let found = entities(text, lang: "ru")
        #expect(types(of: "ТЗ", in: found) == [.organisation, .organisation])
    }

    @Test func lonelyShoutedWordsAreNotOrganisations() {
        // A long all-caps word met once, and a shouted function word, are not acronyms.
        let text = "The staff at the Blue Kettle were friendly and we will NEVER forget the soup. FANTASTIC place for a quiet dinner."
        let found = entities(text, lang: "en")
        #expect(types(of: "NEVER", in: found).isEmpty)
        #expect(types(of: "FANTASTIC", in: found).isEmpty)
    }

    @Test func commonNounAbbreviationsAreNotOrganisations() {
        let fr = entities("Le PIB a reculé de 2 % et l'ONG locale s'inquiète pour les PME de la région.", lang: "fr")
        #expect(types(of: "ONG", in: fr).isEmpty)
        #expect(types(of: "PME", in: fr).isEmpty)
        let ru = entities("Рост ВВП замедлился, а число ДТП на дорогах области выросло.", lang: "ru")
        #expect(types(of: "ВВП", in: ru).isEmpty)
        #expect(types(of: "ДТП", in: ru).isEmpty)
    }

    @Test func acronymDefinedByAnOrganisationInParentheses() {
        // "PS" alone is an abbreviation (post-scriptum); defined by a party it is the party, everywhere.
        let text = "Le Parti socialiste (PS) a présenté son programme. Le PS promet une réforme fiscale."
        let found = entities(text, lang: "fr")
        #expect(types(of: "PS", in: found) == [.organisation, .organisation])
    }

    @Test func acronymSpelledByLowercaseWordsIsNoEntity() {
        let en = entities("Farmers asked about the genetically engineered crops (GEC) grown near Lowmoor.", lang: "en")
        #expect(types(of: "GEC", in: en).isEmpty)
        let fr = entities("Les travaux du bassin de rétention temporaire (BRT) commencent à Vaultrans.", lang: "fr")
        #expect(types(of: "BRT", in: fr).isEmpty)
    }
}

/// An organisation spelled out before its acronym keeps its lowercase last words; Russian
/// organisations of the gazetteer are found in other cases.
@Suite struct EntityExpansionTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    @Test func expansionWithLowercaseWordsBeforeItsAcronym() {
        let fr = entities("Les délégués de l'Alliance des pêcheurs côtiers (APC) ont voté la motion.", lang: "fr")
        #expect(fr.contains { $0.text == "Alliance des pêcheurs côtiers" && $0.type == .organisation })
        #expect(fr.contains { $0.text == "APC" && $0.type == .organisation })
        let ru = entities("Решение поддержали делегаты Северной ассоциации рыбаков (САР) на съезде.", lang: "ru")
        #expect(ru.contains { $0.text == "Северной ассоциации рыбаков" && $0.type == .organisation })
    }

    @Test func russianGazetteerOrganisationInAnotherCase() {
        let found = entities("Акции Газпрома выросли, сообщили аналитики в пятницу.", lang: "ru")
        #expect(found.contains { $0.text == "Газпрома" && $0.type == .organisation })
        // A sentence's first word is not read by stem: "Думаю" is a verb.
        let verb = entities("Думаю, что завтра будет дождь.", lang: "ru")
        #expect(!verb.contains { $0.type == .organisation })
    }
}
