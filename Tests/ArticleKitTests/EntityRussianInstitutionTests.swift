import Testing
@testable import ArticleKit

/// Russian institutions named by a capitalised head noun and its lowercase genitive complement
/// (issue 16); the French and English word orders have their own rules (head first with a
/// capitalised complement, EntityFrenchOrganisationAdjectiveTests; head last,
/// EntityHeadWordOrganisationTests). Invented names and sentences.
@Suite struct EntityRussianInstitutionTests {
    func entities(_ text: String) -> [Entity] { EntityTestSupport.recognize(text, lang: "ru") }

    @Test func headAndGenitiveComplementAfterARole() {
        let found = entities("Председатель Федерации северных рыболовов Ольга Ветрова выступила в среду. "
                             + "Позже эксперты Фонда морского наследия поддержали её.")
        #expect(found.contains { $0.text == "Федерации северных рыболовов" && $0.type == .organisation })
        #expect(found.contains { $0.text == "Ольга Ветрова" && $0.type == .person })
        #expect(found.contains { $0.text == "Фонда морского наследия" && $0.type == .organisation })
    }

    @Test func closingPlaceBelongsToTheNameButAPersonDoesNot() {
        let found = entities("Об этом сообщили в Министерстве рыболовства Карелии. Глава Союза журналистов Игорь Сомов отказался от комментариев.")
        #expect(found.contains { $0.text == "Министерстве рыболовства Карелии" && $0.type == .organisation })
        #expect(found.contains { $0.text == "Союза журналистов" && $0.type == .organisation })
        #expect(found.contains { $0.text == "Игорь Сомов" && $0.type == .person })
    }

    @Test func aSentenceOpeningNounWithAVerbIsNoName() {
        // "Компания заявила", "Партия решила": a common noun opening a sentence, then its verb.
        let found = entities("Партия решила не выдвигать кандидата. Совет собрался в пятницу.")
        #expect(!found.contains { $0.text.hasPrefix("Партия") || $0.text.hasPrefix("Совет ") })
    }

    @Test func aNameEndsBeforeALowercaseWordInAnotherCase() {
        // "в Госдуме проект": the accusative "проект" is the verb's object, not the Duma's complement;
        // after a capitalised adjective the lowercase head is part of the name in any case.
        let found = entities("Министр защитил в Госдуме проект пенсионной реформы. Она преподаёт в Тверском университете уже пять лет.")
        #expect(!found.contains { $0.text.hasSuffix("проект") })
        #expect(found.contains { $0.text == "Тверском университете" && $0.type == .organisation })
    }

    @Test func aKindNounInsideALongerNameStaysInIt() {
        // "партии Китая" after a capitalised adjective: the party's name, not a party called "Китая".
        let found = entities("Актриса заявила о верности Коммунистической партии Китая, отметив, что всё хорошо.")
        #expect(!found.contains { $0.text == "Китая" && $0.type == .organisation })
    }
}

/// "Адвокат Смирнова Ирина Белова": a surname in the genitive before a full name is whose
/// lawyer she is, another person; a surname-first full name with its patronymic stays one.
/// Invented names.
@Suite struct EntityRussianPossessorTests {
    func entities(_ text: String) -> [Entity] { EntityTestSupport.recognize(text, lang: "ru") }

    @Test func possessorSurnameIsCutFromTheName() {
        let found = entities("Вчера адвокат Смирнова Ирина Белова назвала обвинения абсурдными.")
        #expect(found.contains { $0.text == "Ирина Белова" && $0.type == .person })
        #expect(!found.contains { $0.text.contains("Смирнова Ирина") })
    }

    @Test func surnameFirstNameWithPatronymicStaysWhole() {
        let found = entities("Вчера Смирнова Ирина Петровна назвала обвинения абсурдными.")
        #expect(!found.contains { $0.text == "Смирнова" })
    }
}
