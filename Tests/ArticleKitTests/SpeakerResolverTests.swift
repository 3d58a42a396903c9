import Foundation
import Testing
@testable import ArticleKit

/// Each kind of speaker mention, in French, English and Russian.
@Suite struct SpeakerResolverTests {
    private func analyze(_ text: String, _ language: String, _ entities: [(String, EntityType)] = []) -> Analysis {
        StatementTestSupport.analyze(text, language: language, entities: entities)
    }

    @Test func subjectOfTheCue() {
        let a = analyze("Le Parquet national annonce que des escrocs ont détourné près de 2 millions d'euros.", "fr", [("Parquet national", .organisation)])
        #expect(a.quotes.first?.speaker == "Parquet national")
        let en = analyze("The Irish Farmers Union estimates that the loss is nearer to 9,000.", "en", [("Irish Farmers Union", .organisation)])
        #expect(en.quotes.first?.speaker == "Irish Farmers Union")
    }

    @Test func nameInApposition() {
        let a = analyze("Le représentant de la Commission européenne Marc Lemaire, le 3 juin, a déclaré que Lyon n'a reçu aucune plainte.", "fr",
                        [("Commission européenne", .organisation), ("Marc Lemaire", .person), ("Lyon", .location)])
        #expect(a.quotes.first?.speaker == "Marc Lemaire")
        #expect(a.actors.first { $0.name == "Marc Lemaire" }?.role == "représentant de la Commission européenne")
        let ru = analyze("Представитель Минздрава Олег Смирнов подтвердил, что врач уволен из больницы.", "ru",
                         [("Минздрава", .organisation), ("Олег Смирнов", .person)])
        #expect(ru.quotes.first?.speaker == "Олег Смирнов")
    }

    @Test func roleNounResolvedToItsHolder() {
        let text = "Le porte-parole de la Commission européenne Marc Lemaire a parlé aux élus. Porte-parole a aussi constaté qu'il est trop tôt pour conclure sur ce dossier."
        let a = analyze(text, "fr", [("Commission européenne", .organisation), ("Marc Lemaire", .person)])
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.speaker == "Marc Lemaire")
        #expect(a.quotes.first?.speakerMentionText == "Porte-parole")
        let en = analyze("Downing Street spokesman Tom Price met reporters on Monday. The spokesman said that no decision had been taken.", "en",
                         [("Downing Street", .organisation), ("Tom Price", .person)])
        #expect(en.quotes.first?.speaker == "Tom Price")
        let ru = analyze("Пресс-секретарь губернатора Олег Смирнов встретился с журналистами. Пресс-секретарь заявил, что решение уже принято.", "ru",
                         [("Олег Смирнов", .person)])
        #expect(ru.quotes.first?.speaker == "Олег Смирнов")
    }

    @Test func pronounResolvedToTheLastSpeaker() {
        let fr = analyze("Marc Lemaire a déclaré que Lyon n'a reçu aucune plainte. Il a souligné que Claire Dubois est en contact permanent avec Paul Martin.", "fr",
                         [("Marc Lemaire", .person), ("Lyon", .location), ("Claire Dubois", .person), ("Paul Martin", .person)])
        #expect(fr.quotes.count == 2)
        #expect(fr.quotes.last?.speaker == "Marc Lemaire")
        #expect(fr.quotes.last?.speakerMentionText == "Il")
        let en = analyze("Mr Hale opened the fair on Harvest Day. Of the plan, he said, \"When it comes down to it, my voice counts like anyone's.\"", "en",
                         [("Tom Hale", .person), ("Hale", .person), ("Harvest Day", .miscellaneous)])
        #expect(en.quotes.first?.speaker == "Hale")
        let ru = analyze("О своих планах Сидоров рассказал в интервью РИА. «В планах — строительство теплиц рядом с заводом», — сказал он.", "ru",
                         [("Сидоров", .person), ("РИА", .organisation)])
        #expect(ru.quotes.first?.speaker == "Сидоров")
        let inverted = analyze("Jean-Claude Le Goff décrit son voisin comme un rêveur. « Je suis un homme simple, j'ai grandi dans un village de marins », explique-t-il.", "fr",
                               [("Jean-Claude Le Goff", .person)])
        #expect(inverted.quotes.first?.speaker == "Jean-Claude Le Goff")
    }

    @Test func institutionOrPlaceSpeaking() {
        let place = analyze("À Berlin ont déclaré que Weber et Dupont ont discuté la réforme des retraites.", "fr",
                            [("Berlin", .location), ("Weber", .person), ("Dupont", .person)])
        #expect(place.quotes.first?.speaker == "Berlin")
        #expect(place.quotes.first?.actor == nil)
        #expect(!place.actors.contains { $0.name == "Berlin" })
        let org = analyze("Le Kremlin a annoncé que les troupes quitteront la Syrie dès demain.", "fr", [("Kremlin", .organisation), ("Syrie", .location)])
        #expect(org.quotes.first?.speaker == "Kremlin")
        let generic = analyze("Первое сообщение опубликовал \"Коммерсантъ\". Издание сообщило, что генерал продолжает ходить на работу.", "ru",
                              [("Коммерсантъ", .organisation)])
        #expect(generic.quotes.first?.speaker == "Коммерсантъ")
    }

    @Test func collectiveSpeaker() {
        let text = "Le président de la Finlande Mikko Laine a appelé le président estonien Jaan Tamm. Les deux présidents ont plaidé pour \"une coopération qui doit profiter aux deux peuples\"."
        let a = analyze(text, "fr", [("Mikko Laine", .person), ("Jaan Tamm", .person)])
        let quote = a.quotes.first
        #expect(quote?.speaker == "Mikko Laine")
        #expect(quote?.speakerAlternatives == ["Jaan Tamm"])
        #expect(quote?.speakerMentionText == "Les deux présidents")
    }

    @Test func collectiveSpeakerInEnglishAndRussian() {
        let en = analyze("President Joe Biden called President Emmanuel Macron on Monday. Both presidents said that the alliance remains strong.", "en",
                         [("Joe Biden", .person), ("Emmanuel Macron", .person)])
        #expect(en.quotes.first?.speaker == "Joe Biden")
        #expect(en.quotes.first?.speakerAlternatives == ["Emmanuel Macron"])
        let ru = analyze("Президент России Владимир Путин позвонил президенту США Джо Байдену. Оба президента заявили, что переговоры будут продолжены.", "ru",
                         [("Владимир Путин", .person), ("Джо Байдену", .person), ("России", .location), ("США", .location)])
        #expect(ru.quotes.first?.speaker == "Владимир Путин")
        #expect(ru.quotes.first?.speakerAlternatives == ["Джо Байдену"])
    }

    @Test func unnamedSpeakerIsTheDescription() {
        let a = analyze("De nombreux passants, témoins de l'accident, ont déclaré : « Le camion roulait beaucoup trop vite. »", "fr")
        #expect(a.quotes.first?.speaker == "passants")
        let en = analyze("Danish court has ruled that tenants may now legally sublet.", "en")
        #expect(en.quotes.first?.speaker == "Danish court")
    }

    @Test func continuationWithoutCueKeepsTheSpeaker() {
        let text = "«Я очень рад этой победе», сказал Сидоров.\n\n«Это большой успех для всей команды, ребята играли замечательно»."
        let a = analyze(text, "ru", [("Сидоров", .person)])
        #expect(a.quotes.count == 2)
        #expect(a.quotes.allSatisfy { $0.speaker == "Сидоров" })
        #expect(a.quotes.last?.cue == "")
    }

    @Test func everyQuoteHasConfidenceAndMention() throws {
        let a = analyze("Barack Obama a déclaré : « La situation reste difficile. »", "fr", [("Barack Obama", .person)])
        let q = try #require(a.quotes.first)
        #expect(q.confidence > 0.5)
        #expect(q.speakerMention == TextSpan(0, 12))
        #expect(q.cueSpan == TextSpan(13, 22))
        #expect(q.actor == 0)
        #expect(a.actors.first?.quotes == [0])
    }

    @Test func invertedSubjectOnTheAuxiliary() {
        let direct = analyze("Josh Ernest était à Washington. « Nous n'avons reçu aucun message de Moscou », a-t-il ajouté.", "fr",
                             [("Josh Ernest", .person), ("Washington", .location), ("Moscou", .location)])
        #expect(direct.quotes.first?.speaker == "Josh Ernest")
        #expect(direct.quotes.first?.cue == "a-t-il ajouté")
        let reported = analyze("Josh Ernest était à Washington. Aucun message n'a été reçu de Moscou ce jour-là, a-t-il précisé.", "fr",
                               [("Josh Ernest", .person), ("Washington", .location), ("Moscou", .location)])
        #expect(reported.quotes.first?.text == "Aucun message n'a été reçu de Moscou ce jour-là")
        #expect(reported.quotes.first?.speaker == "Josh Ernest")
    }

    @Test func possessiveInsideTheAttribution() {
        let a = analyze("Игорь Конашенков выступил перед журналистами. По его словам, генерал освобождён от должности в связи с возрастом.", "ru",
                        [("Игорь Конашенков", .person)])
        #expect(a.quotes.first?.text == "генерал освобождён от должности в связи с возрастом")
        #expect(a.quotes.first?.speaker == "Игорь Конашенков")
        let fr = analyze("Craig Murray écrit souvent. Selon lui, les États-Unis ont demandé au Royaume-Uni de le faire.", "fr",
                         [("Craig Murray", .person), ("États-Unis", .location), ("Royaume-Uni", .location)])
        #expect(fr.quotes.first?.speaker == "Craig Murray")
    }

    @Test func nameRightBeforTheVerbIsTheSubject() {
        let a = analyze("Уход главы ФАС \"РБК\" объяснил тем, что министр велел чиновникам оставить советы директоров.", "ru",
                        [("ФАС", .organisation), ("РБК", .organisation)])
        #expect(a.quotes.first?.speaker == "РБК")
    }

    @Test func pronounAgreesInGender() {
        let fr = analyze("M. Karim Khan a rencontré Mme Fatou Bensouda hier à La Haye. « Nous enquêterons sur tous ces crimes », a-t-elle déclaré.", "fr",
                         [("Karim Khan", .person), ("Fatou Bensouda", .person), ("La Haye", .location)])
        #expect(fr.quotes.first?.speaker == "Fatou Bensouda")
        let ru = analyze("Лопес заявила, что концерт был частным. Халворссен сказал, что это была большая ошибка. Потом Халворссен уехал. «Я ни о чём не жалею», — добавила она.", "ru",
                         [("Лопес", .person), ("Халворссен", .person)])
        #expect(ru.quotes.last?.speaker == "Лопес", "\(ru.quotes.map { ($0.speaker ?? "-", $0.speakerMentionText ?? "-", $0.cue) })")
    }

    @Test func quotationAfterASentenceAboutItsSpeaker() {
        let a = analyze("La réunion a duré trois heures.\n\nLe ministre Jean Dupont a ensuite pris la parole. « Nous allons réformer le système de retraite dès cette année. »", "fr",
                        [("Jean Dupont", .person)])
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.speaker == "Jean Dupont")
    }
}
