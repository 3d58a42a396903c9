import Testing
@testable import ArticleKit

/// Organisations named after the noun of their kind (issue 16), in French, English and Russian,
/// and the persons that follow such a noun left alone. Invented names and sentences.
@Suite struct EntityKindNounTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    func has(_ found: [Entity], _ text: String, _ type: EntityType) -> Bool {
        EntityTestSupport.has(found, text, type)
    }

    /// A country after the noun is its complement ("организация Мали" is Mali's organisation), and
    /// every other mention of the country stays a place; a name that goes on past the country is a
    /// name ("la chaîne France 2").
    @Test func aCountryAfterTheKindNounIsItsComplement() {
        let found = entities("Кандидатку поддерживает крупная женская организация Мали. Это первые в Мали выборы после переворота.", lang: "ru")
        #expect(!found.contains { $0.text == "Мали" && $0.type == .organisation })
        #expect(has(found, "Мали", .location))
        let channel = entities("Le débat a été diffusé par la chaîne France 2 et commenté le lendemain.", lang: "fr")
        #expect(has(channel, "France 2", .organisation))
    }

    @Test func frenchKindNounBeforeAName() {
        let found = entities("Le reportage a été diffusé par la chaîne Brenvaux Direct et repris par le quotidien Ouest Lumière.", lang: "fr")
        #expect(has(found, "Brenvaux Direct", .organisation))
        #expect(has(found, "Ouest Lumière", .organisation))
    }

    @Test func englishKindNounBeforeAName() {
        let found = entities("Passengers of the airline Skyvo were stranded after the newspaper Daily Lantern reported the strike.", lang: "en")
        #expect(has(found, "Skyvo", .organisation))
        #expect(has(found, "Daily Lantern", .organisation))
    }

    @Test func kindNounAbbreviatedInCapitalsStaysOutOfTheName() {
        // "ONG", "NGO", "НКО": the kind, in capitals; the name after it is the organisation.
        let fr = entities("Selon l'ONG Océan Vivant, les rejets ont doublé. L'ONG réclame une enquête.", lang: "fr")
        #expect(has(fr, "Océan Vivant", .organisation))
        #expect(!fr.contains { $0.text.hasPrefix("ONG") })
        let en = entities("The report by the NGO Harbour Watch found that the dredging had damaged the reef.", lang: "en")
        #expect(has(en, "Harbour Watch", .organisation))
        #expect(!en.contains { $0.text.hasPrefix("NGO") })
        let ru = entities("По данным НКО Clean Tundra, разлив затронул три реки.", lang: "ru")
        #expect(has(ru, "Clean Tundra", .organisation))
        #expect(!ru.contains { $0.text.hasPrefix("НКО") })
    }

    @Test func russianKindNounBeforeQuotedAndLatinNames() {
        let text = "Об этом сообщило агентству «Север-Пресс» руководство клуба. Интервью вышло на телеканале Norvik TV в пятницу."
        let found = entities(text, lang: "ru")
        #expect(has(found, "Север-Пресс", .organisation))
        #expect(has(found, "Norvik TV", .organisation))
    }

    @Test func russianListOfQuotedClubs() {
        let text = "Нападающий выступал за клубы «Зарница», «Полярный Ветер» и «Торнадо Сити»."
        let found = entities(text, lang: "ru")
        #expect(has(found, "Зарница", .organisation))
        #expect(has(found, "Полярный Ветер", .organisation))
        #expect(has(found, "Торнадо Сити", .organisation))
    }

    @Test func quotedCityNameAfterAgencyIsTheAgency() {
        // The kind noun wins over the place list: an agency named after a city.
        let found = entities("Представитель театра сообщил агентству «Москва», что премьера переносится.", lang: "ru")
        #expect(has(found, "Москва", .organisation))
        #expect(!has(found, "Москва", .location))
    }

    @Test func personAfterAGenitiveKindNounStaysAPerson() {
        // "главный редактор канала Анна Петрова": the channel's editor, not the channel.
        let ru = entities("Об этом рассказала главный редактор канала Анна Петрова.", lang: "ru")
        #expect(!ru.contains { $0.type == .organisation && $0.text.contains("Анна") })
        let ruGroup = entities("Следователи считают, что группировка Лебедева действовала в трёх областях.", lang: "ru")
        #expect(!has(ruGroup, "Лебедева", .organisation))
        let fr = entities("Le directeur de la chaîne Martine Roussel a démenti l'information.", lang: "fr")
        #expect(!fr.contains { $0.type == .organisation && $0.text.contains("Martine") })
    }
}

/// The other mentions of a name found after a kind noun keep its type.
@Suite struct EntityKindNounMentionTests {
    @Test func laterMentionsOfAKindNounNameAreTheOrganisation() {
        func entities(_ text: String, lang: String) -> [Entity] {
            EntityTestSupport.recognize(text, lang: lang)
        }
        let fr = entities("Le milieu a signé avec le club Norvalia en juin. Avec Norvalia, il a remporté deux titres.", lang: "fr")
        #expect(fr.filter { $0.text == "Norvalia" }.map(\.type) == [.organisation, .organisation])
        let ru = entities("Он перешёл в клуб «Полярный Ветер» летом. В «Полярный Ветер» он провёл три сезона.", lang: "ru")
        #expect(ru.filter { $0.text == "Полярный Ветер" }.map(\.type) == [.organisation, .organisation])
    }
}

/// Legal forms and capitalised kind nouns before a quoted name.
@Suite struct EntityLegalFormTests {
    @Test func legalFormOrKindNounBeforeAQuotedName() {
        func entities(_ text: String, lang: String) -> [Entity] {
            EntityTestSupport.recognize(text, lang: lang)
        }
        let ru = entities("Контракт получило ООО «Северный Путь». Завод «Кедровый» закрылся в мае.", lang: "ru")
        #expect(ru.contains { $0.text == "Северный Путь" && $0.type == .organisation })
        #expect(ru.contains { $0.text == "Кедровый" && $0.type == .organisation })
        let fr = entities("Le marché a été confié à la SARL « Vallon Bâtiment » en mars.", lang: "fr")
        #expect(fr.contains { $0.text == "Vallon Bâtiment" && $0.type == .organisation })
    }
}

/// A French organisation keeps the feminine adjectives after its capitalised complement.
@Suite struct EntityFrenchOrganisationAdjectiveTests {
    @Test func feminineAdjectiveEndingInEre() {
        var analysis = TextAnalyzer().analyze(ScalarText("Selon la note, l'office des Routes côtières a suspendu les travaux à Brenvaux."), languageHint: "fr")
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        #expect(analysis.entities.contains { $0.text == "office des Routes côtières" && $0.type == .organisation })
    }
}

/// A Russian person noun opening a sentence is not part of the name after it.
@Suite struct EntityRussianPersonNounTests {
    @Test func sentenceInitialPersonNounLeavesTheName() {
        var analysis = TextAnalyzer().analyze(ScalarText("В субботу прошли выборы. Лидер Ольга Ветрова поблагодарила избирателей."), languageHint: "ru")
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        #expect(!analysis.entities.contains { $0.text.hasPrefix("Лидер") })
        #expect(analysis.entities.contains { $0.text == "Ольга Ветрова" && $0.type == .person })
    }
}
