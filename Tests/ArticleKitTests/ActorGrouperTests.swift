import Foundation
import Testing
@testable import ArticleKit

/// Merging mentions into actors: full name, surname, initials, declension, acronyms, parentheses.
@Suite struct ActorGrouperTests {
    private func actors(_ text: String, _ language: String, _ entities: [(String, EntityType)]) -> [Actor] {
        StatementTestSupport.analyze(text, language: language, entities: entities).actors
    }

    @Test func surnameJoinsTheFullName() {
        let a = actors("Obama et Romney s'affrontent. Barack Obama et Mitt Romney étaient en Ohio. B. Obama a gagné.", "fr",
                       [("Obama", .person), ("Romney", .person), ("Barack Obama", .person), ("Mitt Romney", .person), ("B. Obama", .person), ("Ohio", .location)])
        #expect(a.map(\.name).sorted() == ["Barack Obama", "Mitt Romney"])
        #expect(a.first { $0.name == "Barack Obama" }?.mentions.count == 3)
        #expect(a.first { $0.name == "Barack Obama" }?.aliases.contains("B. Obama") == true)
    }

    /// "Obama's", "DAB’s": the word the statements layer reads runs on over the possessive; the
    /// mention is still the same actor as "Barack Obama", "DAB".
    @Test func possessiveMentionsJoinTheirActor() {
        let a = actors("Barack Obama spoke. Obama's speech was short. DAB's Ben Chan won, and Gary Chan of DAB too. The DAB’s vote rose.", "en",
                       [("Barack Obama", .person), ("Obama", .person), ("DAB", .organisation), ("Ben Chan", .person),
                        ("Gary Chan", .person), ("DAB", .organisation), ("DAB", .organisation)])
        #expect(a.map(\.name) == ["Barack Obama", "DAB", "Ben Chan", "Gary Chan"])
        #expect(a.first { $0.name == "Barack Obama" }?.mentions.count == 2)
        #expect(a.first { $0.name == "DAB" }?.mentions.count == 3)
    }

    @Test func sameSurnameDifferentPeople() {
        let a = actors("Jean-Claude Le Goff présente son fils, Pierre Le Goff. Pierre a souri.", "fr",
                       [("Jean-Claude Le Goff", .person), ("Pierre Le Goff", .person), ("Pierre", .person)])
        #expect(a.count == 2)
        #expect(a.first { $0.name == "Pierre Le Goff" }?.mentions.count == 2)
    }

    @Test func russianCaseForms() {
        let a = actors("Стив Ирвин погиб. Ирвину было 44 года. Смерть Стива Ирвина потрясла всех.", "ru",
                       [("Стив Ирвин", .person), ("Ирвину", .person), ("Стива Ирвина", .person)])
        #expect(a.count == 1)
        #expect(a.first?.name == "Стив Ирвин")
    }

    /// A Russian name met only in another case is named in the nominative: the first name tells
    /// the gender and the case, the patronymic and the surname follow ("-ова" → "-ов", "-ой" →
    /// "-а", a consonant stem loses the case ending). Names the rules cannot read stay as written.
    @Test func russianNameMetOnlyInAnotherCaseIsNamedInTheNominative() {
        let text = "По словам Сергея Лаврова, встреча прошла. Анны Петровой не было. Поздравили Владимира Владимировича Путина. "
            + "Выступление Дональда Трампа было долгим. С Дмитрием Медведевым говорили. Александра Петрова заявила, что всё хорошо. "
            + "Джона Керри ждали."
        let a = actors(text, "ru", [("Сергея Лаврова", .person), ("Анны Петровой", .person), ("Владимира Владимировича Путина", .person),
                                    ("Дональда Трампа", .person), ("Дмитрием Медведевым", .person), ("Александра Петрова", .person),
                                    ("Джона Керри", .person)])
        #expect(a.map(\.name) == ["Сергей Лавров", "Анна Петрова", "Владимир Владимирович Путин", "Дональд Трамп",
                                  "Дмитрий Медведев", "Александра Петрова", "Джон Керри"])
        #expect(a.first?.aliases == ["Сергея Лаврова"])
        // Only the Russian lexicon declines: the same words in a French article stay as written.
        let french = actors("Selon Сергея Лаврова, la réunion a eu lieu.", "fr", [("Сергея Лаврова", .person)])
        #expect(french.map(\.name) == ["Сергея Лаврова"])
    }

    /// A second given name takes the first's case ("Джорджем Гербертом Уокером" is not a
    /// patronymic): the same ending goes from both.
    @Test func russianSecondGivenNameInTheFirstsCase() {
        let text = "С Марком Дэвидом Олсеном говорили. Интервью с Джоном Робертом Келли показали вечером."
        let a = actors(text, "ru", [("Марком Дэвидом Олсеном", .person), ("Джоном Робертом Келли", .person)])
        #expect(a.map(\.name) == ["Марк Дэвид Олсен", "Джон Роберт Келли"])
    }

    /// A first name with a fleeting vowel loses it in the other cases ("Павел" → "Павла",
    /// "Павлу", "Павлом"): the nominative puts it back.
    @Test func russianFirstNameWithAFleetingVowel() {
        let text = "По мнению экономиста Павла Меньшова, спад продолжится. Павлу Гранину позвонили. С Павлом Ореховым говорили."
        let a = actors(text, "ru", [("Павла Меньшова", .person), ("Павлу Гранину", .person), ("Павлом Ореховым", .person)])
        #expect(a.map(\.name) == ["Павел Меньшов", "Павел Гранин", "Павел Орехов"])
    }

    @Test func parenthesesAndAcronyms() {
        let a = actors("Питер Уолш (Peter Walsh) сказал это. La Fédération nationale des pêcheurs (FNP) proteste. La FNP tiendra une réunion.", "fr",
                       [("Питер Уолш", .person), ("Peter Walsh", .person), ("Fédération nationale des pêcheurs", .organisation), ("FNP", .organisation)])
        #expect(a.count == 2)
        #expect(a.first { $0.type == .person }?.name == "Питер Уолш")
        #expect(a.first { $0.type == .organisation }?.aliases == ["FNP"])
    }

    @Test func placesAreNotActors() {
        let a = actors("Vladimir Poutine est à Moscou.", "fr", [("Vladimir Poutine", .person), ("Moscou", .location)])
        #expect(a.map(\.name) == ["Vladimir Poutine"])
    }

    @Test func rolesFromAppositions() {
        let a = actors("Plus tôt, le directeur de cabinet du ministre belge, Marc Lemaire a parlé. Hugo Salas, président de la fédération chilienne, a tranché.", "fr",
                       [("Marc Lemaire", .person), ("Hugo Salas", .person)])
        #expect(a.first { $0.name == "Marc Lemaire" }?.role == "directeur de cabinet du ministre belge")
        #expect(a.first { $0.name == "Hugo Salas" }?.role == "président de la fédération chilienne")
    }

    /// A role in parentheses after the name ("Hugo Salas (président de la fédération)", "Ruth
    /// Vale (chair of the board)", "Анна Ветрова (глава профсоюза)") is that person's; a name or
    /// an acronym in parentheses is none.
    @Test func aRoleInParentheses() {
        let fr = actors("Hugo Salas (président de la fédération chilienne) a tranché.", "fr", [("Hugo Salas", .person)])
        #expect(fr.first?.role == "président de la fédération chilienne")
        let en = actors("Ruth Vale (chairman of the port board) disagreed.", "en", [("Ruth Vale", .person)])
        #expect(en.first?.role == "chairman of the port board")
        let ru = actors("Анна Ветрова (глава профсоюза докеров) не согласилась.", "ru", [("Анна Ветрова", .person)])
        #expect(ru.first?.role == "глава профсоюза докеров")
        let none = actors("Иван Громов (ЛДПР) не согласился.", "ru", [("Иван Громов", .person), ("ЛДПР", .organisation)])
        #expect(none.first { $0.name == "Иван Громов" }?.role == nil)
    }

    /// An elided article in the role's complement is not a verb ("le préfet de l'Hérault, Paul Vidal").
    @Test(arguments: ["l'", "l\u{2019}"])
    func aRoleAcrossAnElidedArticle(apostrophe: String) {
        let a = actors("Il a vu le préfet de \(apostrophe)Aveyronne, Paul Vidal, mardi.", "fr", [("Paul Vidal", .person), ("Aveyronne", .location)])
        #expect(a.first { $0.name == "Paul Vidal" }?.role == "préfet de \(apostrophe)Aveyronne")
    }

    /// A role written before a name is the name's only when no verb stands between them; titles
    /// listed before one name with commas all describe it.
    @Test func rolesBeforeANameStopAtAVerbAndSpanListedTitles() {
        let sent = actors("Президент Бразилии направил телеграмму Ивану Сорокину в среду.", "ru", [("Бразилии", .location), ("Ивану Сорокину", .person)])
        #expect(sent.first { $0.type == .person }?.role == nil)
        let received = actors("Le ministre a reçu Paul Girard mardi.", "fr", [("Paul Girard", .person)])
        #expect(received.first?.role == nil)
        let listed = actors("Выступил председатель совета, генеральный секретарь партии Олег Вяземский.", "ru", [("Олег Вяземский", .person)])
        #expect(listed.first?.role == "председатель совета, генеральный секретарь партии")
    }

    /// "Д. Сорокина" (genitive) and "Сорокин": the man's name with the bare surname; a woman
    /// named "Анна Сорокина" keeps hers.
    @Test func aMansSurnameInTheGenitiveTakesItsBareForm() {
        let man = actors("Инициативу Д. Сорокина поддержали. Сорокин заявил об этом.", "ru", [("Д. Сорокина", .person), ("Сорокин", .person)])
        #expect(man.map(\.name) == ["Д. Сорокин"])
        let woman = actors("Анна Сорокина выступила. Сорокина заявила об этом.", "ru", [("Анна Сорокина", .person), ("Сорокина", .person)])
        #expect(woman.map(\.name) == ["Анна Сорокина"])
    }

    /// "в правительстве Дмитрия Сорокина": a first name and surname after an institution noun
    /// is its possessor in the genitive, still a person; "организация Мемориал" names the institution.
    @Test func aPersonAfterAnInstitutionNounStaysAPerson() {
        let a = actors("Министр не будет работать в правительстве Дмитрия Сорокина.", "ru", [("Дмитрия Сорокина", .person)])
        #expect(a.first?.type == .person)
    }

    @Test func titlesAndDeterminersInsideEntitiesAreNotPartOfTheName() {
        let a = actors("Le président Vladimir Poutine a parlé. Poutine a ajouté un mot. Le Kremlin a confirmé.", "fr",
                       [("président Vladimir Poutine", .person), ("Poutine", .person), ("Le Kremlin", .organisation)])
        #expect(a.map(\.name) == ["Vladimir Poutine", "Kremlin"])
        let quoted = actors("Об этом сообщил \"Коммерсантъ\" в среду.", "ru", [("\"Коммерсантъ\"", .organisation)])
        #expect(quoted.map(\.name) == ["Коммерсантъ"])
    }

    @Test func aRoleNounTaggedAsAPersonIsNotAnActor() {
        let analysis = StatementTestSupport.analyze(
            "Le porte-parole Marc Lemaire a parlé. Porte-parole a aussi constaté qu'il reste beaucoup à faire.", language: "fr",
            entities: [("Marc Lemaire", .person), ("Porte-parole", .person)])
        #expect(analysis.actors.map(\.name) == ["Marc Lemaire"])
        #expect(analysis.quotes.first?.speaker == "Marc Lemaire")
    }
}
