import Foundation
import Testing
@testable import ArticleKit

/// A bare description as speaker ("заявила актриса", "по словам футболиста") refers back to
/// the person the article is about, in any case form, when the gender agrees; a description
/// with a complement or a name stays its own speaker.
@Suite struct DescribedSpeakerTests {
    private func quotes(_ text: String, _ entities: [(String, EntityType)]) -> [Quote] {
        StatementTestSupport.analyze(text, language: "ru", entities: entities).quotes
    }

    @Test func aBareDescriptionIsThePersonTheArticleIsAbout() {
        let text = "Ольга Зимина покидает сцену. Зимина выступала в театре двадцать лет. Об этом сообщил Игорь Ланской.\n\n"
            + "«Я благодарна зрителям за всё», — заявила актриса."
        let q = quotes(text, [("Ольга Зимина", .person), ("Зимина", .person), ("Игорь Ланской", .person)])
        #expect(q.last?.speaker == "Ольга Зимина")
        #expect(q.last?.speakerMentionText == "актриса")
    }

    @Test func anObliqueCaseFormIsTheSameDescription() {
        let text = "Пётр Волков завершил карьеру. Волков играл за клуб десять лет.\n\n"
            + "По словам футболиста, решение уйти из клуба после стольких лет далось ему очень нелегко."
        let q = quotes(text, [("Пётр Волков", .person), ("Волков", .person)])
        #expect(q.first?.speaker == "Пётр Волков")
    }

    @Test func theGenderOfTheNounChoosesAmongThePeople() {
        // Волков is mentioned more, but the noun and the verb are feminine.
        let text = "Пётр Волков и Анна Серова поженились. Волков играл за клуб десять лет. Волков доволен.\n\n"
            + "«Мы счастливы», — призналась певица."
        let q = quotes(text, [("Пётр Волков", .person), ("Волков", .person), ("Анна Серова", .person)])
        #expect(q.last?.speaker == "Анна Серова")
    }

    @Test func aProfessionTheTreebanksNeverSawIsAPersonNoun() {
        // "хоккеист", "биатлонистка": OpenCorpora's animate nouns, not only the treebanks'.
        let text = "Игорь Сомов завершил карьеру. Сомов провёл в лиге восемнадцать сезонов.\n\n"
            + "«Я ждал этого решения два года», — сказал хоккеист."
        let q = quotes(text, [("Игорь Сомов", .person), ("Сомов", .person)])
        #expect(q.last?.speaker == "Игорь Сомов")
    }

    @Test func adjectivesMayStandBeforeTheNoun() {
        let text = "Дарья Лосева выиграла гонку. Лосева финишировала первой.\n\n"
            + "«Я бежала в своём темпе», — сказала двукратная чемпионка."
        let q = quotes(text, [("Дарья Лосева", .person), ("Лосева", .person)])
        #expect(q.last?.speaker == "Дарья Лосева")
        #expect(q.last?.speakerMentionText == "двукратная чемпионка")
    }

    @Test func theDescriptionWrittenBeforeANameNamesThatPersonAgain() {
        // "сопредседатель" is no role of the lexicon: the article's own description links it.
        let text = "Сопредседатель движения «Рассвет» Олег Лунин выступил на съезде. Его поддержал Игорь Ланской.\n\n"
            + "«Нам нужен новый закон об отходах», — заключил сопредседатель движения."
        let q = quotes(text, [("Олег Лунин", .person), ("Рассвет", .organisation), ("Игорь Ланской", .person)])
        #expect(q.last?.speaker == "Олег Лунин")
    }

    @Test func aMasculinePluralNamesAGroupNotThePerson() {
        let text = "Павел Гринев был задержан в среду.\n\n"
            + "Гринева задержали вечером, сообщили следователи, добавив, что обыск в его квартире уже начался."
        let q = quotes(text, [("Павел Гринев", .person), ("Гринева", .person)])
        #expect(q.last.map { $0.speaker != "Павел Гринев" } ?? false)
        let genitive = "Павел Гринев был задержан в среду.\n\nПо мнению журналистов, «задержание было проведено с грубыми нарушениями»."
        let g = quotes(genitive, [("Павел Гринев", .person)])
        #expect(g.last.map { $0.speaker != "Павел Гринев" } ?? false)
    }

    @Test func aDescriptionWithAComplementOrOfNoKnownPersonStaysItself() {
        let text = "Пётр Волков завершил карьеру. Волков играл за клуб десять лет.\n\n"
            + "«Он всегда был честным», — сказал отец футболиста."
        let q = quotes(text, [("Пётр Волков", .person), ("Волков", .person)])
        #expect(q.last?.speaker != "Пётр Волков")
        let nobody = quotes("«Мы открыты для всех», — заявила актриса.", [])
        #expect(nobody.first?.speaker == "актриса")
    }
}


/// An institution named by a common noun ("l'ONG", "the NGO", "Издание") is the salient one:
/// just mentioned, else the one the article is about.
@Suite struct DescribedInstitutionTests {
    @Test(arguments: [
        ("fr", "Amnistie Globale publie un rapport sur les prisons. Amnistie Globale dénonce la torture. Le ministère de la Santé a publié un communiqué la veille sur un autre sujet.\n\n"
            + "Les témoignages sont nombreux. Ils viennent de plusieurs villes. Cependant, l'ONG précise que « le nombre réel de centres est sans doute beaucoup plus élevé ».",
         [("Amnistie Globale", EntityType.organisation), ("ministère de la Santé", .organisation), ("ONG", .organisation)], "Amnistie Globale"),
        ("en", "Global Amnesty released a report on prisons. Global Amnesty accused the authorities of torture. The Health Ministry issued a statement on another matter.\n\n"
            + "The accounts are many. They come from several cities. The NGO said that the real number of centres was probably much higher.",
         [("Global Amnesty", .organisation), ("Health Ministry", .organisation), ("NGO", .organisation)], "Global Amnesty"),
    ])
    func aCommonNounTakenForANameIsTheSalientInstitution(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker == speaker)
    }
}
