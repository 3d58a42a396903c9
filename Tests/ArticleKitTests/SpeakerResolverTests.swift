import Foundation
import Testing
@testable import ArticleKit

/// Each kind of speaker mention, in French, English and Russian.
@Suite struct SpeakerResolverTests {
    private func analyze(_ text: String, _ language: String, _ entities: [(String, EntityType)] = []) -> Analysis {
        StatementTestSupport.analyze(text, language: language, entities: entities)
    }

    @Test func subjectOfTheCue() {
        let a = analyze("Le Parquet fédéral annonce que des hackers ont volé près de 3 millions d'euros.", "fr", [("Parquet fédéral", .organisation)])
        #expect(a.quotes.first?.speaker == "Parquet fédéral")
        let en = analyze("The Greek Orthodox Church estimates that the number is closer to 40,000.", "en", [("Greek Orthodox Church", .organisation)])
        #expect(en.quotes.first?.speaker == "Greek Orthodox Church")
    }

    @Test func nameInApposition() {
        let a = analyze("Le représentant de la maison Blanche Josh Ernest, le 14 mars, a déclaré que Washington n'a reçu aucun message.", "fr",
                        [("maison Blanche", .organisation), ("Josh Ernest", .person), ("Washington", .location)])
        #expect(a.quotes.first?.speaker == "Josh Ernest")
        #expect(a.actors.first { $0.name == "Josh Ernest" }?.role == "représentant de la maison Blanche")
        let ru = analyze("Представитель Минобороны Игорь Конашенков подтвердил, что генерал уволен с военной службы.", "ru",
                         [("Минобороны", .organisation), ("Игорь Конашенков", .person)])
        #expect(ru.quotes.first?.speaker == "Игорь Конашенков")
    }

    @Test func roleNounResolvedToItsHolder() {
        let text = "Le porte-parole de la maison Blanche Josh Ernest a parlé aux journalistes. Porte-parole a également constaté qu'il est difficile de répondre à la question."
        let a = analyze(text, "fr", [("maison Blanche", .organisation), ("Josh Ernest", .person)])
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.speaker == "Josh Ernest")
        #expect(a.quotes.first?.speakerMentionText == "Porte-parole")
        let en = analyze("White House spokesman Josh Earnest met reporters on Monday. The spokesman said that no message had been received.", "en",
                         [("White House", .organisation), ("Josh Earnest", .person)])
        #expect(en.quotes.first?.speaker == "Josh Earnest")
        let ru = analyze("Пресс-секретарь президента Дмитрий Песков встретился с журналистами. Пресс-секретарь заявил, что решение уже принято.", "ru",
                         [("Дмитрий Песков", .person)])
        #expect(ru.quotes.first?.speaker == "Дмитрий Песков")
    }

    @Test func pronounResolvedToTheLastSpeaker() {
        let fr = analyze("Josh Ernest a déclaré que Washington n'a reçu aucun message. Il a souligné que John Kerry est en contact permanent avec Sergueï Lavrov.", "fr",
                         [("Josh Ernest", .person), ("Washington", .location), ("John Kerry", .person), ("Sergueï Lavrov", .person)])
        #expect(fr.quotes.count == 2)
        #expect(fr.quotes.last?.speaker == "Josh Ernest")
        #expect(fr.quotes.last?.speakerMentionText == "Il")
        let en = analyze("Mr Key promoted the campaign on Waitangi Day. Of the process, he said, \"In the end I'll have one vote in each referendum.\"", "en",
                         [("John Key", .person), ("Key", .person), ("Waitangi Day", .miscellaneous)])
        #expect(en.quotes.first?.speaker == "Key")
        let ru = analyze("О своих планах Лужков рассказал в интервью ТАСС. «В планах — выращивание грибов на базе предприятия», — сказал он.", "ru",
                         [("Лужков", .person), ("ТАСС", .organisation)])
        #expect(ru.quotes.first?.speaker == "Лужков")
        let inverted = analyze("Jean-Marie Le Pen décrit sa fille comme une bourgeoise. « Je suis un homme du peuple, je viens d'une famille de paysans », explique-t-il.", "fr",
                               [("Jean-Marie Le Pen", .person)])
        #expect(inverted.quotes.first?.speaker == "Jean-Marie Le Pen")
    }

    @Test func institutionOrPlaceSpeaking() {
        let place = analyze("À Washington ont déclaré qu'Obama et Poutine ont discuté le retrait des troupes.", "fr",
                            [("Washington", .location), ("Obama", .person), ("Poutine", .person)])
        #expect(place.quotes.first?.speaker == "Washington")
        #expect(place.quotes.first?.actor == nil)
        #expect(!place.actors.contains { $0.name == "Washington" })
        let org = analyze("Le Kremlin a annoncé que les troupes quitteront la Syrie dès demain.", "fr", [("Kremlin", .organisation), ("Syrie", .location)])
        #expect(org.quotes.first?.speaker == "Kremlin")
        let generic = analyze("Первое сообщение опубликовал \"Коммерсантъ\". Издание сообщило, что генерал продолжает ходить на работу.", "ru",
                              [("Коммерсантъ", .organisation)])
        #expect(generic.quotes.first?.speaker == "Коммерсантъ")
    }

    @Test func collectiveSpeaker() {
        let text = "Le président de la Russie Vladimir Poutine a appelé le président américain Barack Obama. Les deux présidents se sont prononcés pour \"une solution politique qui doit venir des Syriens eux-mêmes\"."
        let a = analyze(text, "fr", [("Vladimir Poutine", .person), ("Barack Obama", .person)])
        let quote = a.quotes.first
        #expect(quote?.speaker == "Vladimir Poutine")
        #expect(quote?.speakerAlternatives == ["Barack Obama"])
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
        let a = analyze("De nombreux habitants, témoins de la scène, ont déclaré : « Ils ont arraché la porte sacrée. »", "fr")
        #expect(a.quotes.first?.speaker == "habitants")
        let en = analyze("Greek court has ruled that worshippers may now formally associate.", "en")
        #expect(en.quotes.first?.speaker == "Greek court")
    }

    @Test func continuationWithoutCueKeepsTheSpeaker() {
        let text = "«Я потрясен этой смертью», сказал Говард.\n\n«Это огромная потеря для Австралии, он был замечательным человеком»."
        let a = analyze(text, "ru", [("Говард", .person)])
        #expect(a.quotes.count == 2)
        #expect(a.quotes.allSatisfy { $0.speaker == "Говард" })
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
        let a = analyze("Отставку главы ГРУ \"Коммерсантъ\" объяснил тем, что президент поручил чиновникам покинуть советы директоров.", "ru",
                        [("ГРУ", .organisation), ("Коммерсантъ", .organisation)])
        #expect(a.quotes.first?.speaker == "Коммерсантъ")
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
