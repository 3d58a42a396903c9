import Foundation
import Testing
@testable import ArticleKit

/// Russian speakers when the recogniser's names are imperfect: a first name left out, an
/// institution glued to the name, a role's holder in the genitive, a quoted newspaper.
@Suite struct RussianSpeakerTests {
    private func quotes(_ text: String, _ entities: [(String, EntityType)] = []) -> [Quote] {
        StatementTestSupport.analyze(text, language: "ru", entities: entities).quotes
    }

    /// "В МИД Франции сообщили", "Минобороны Латвии заявило": a place right after an
    /// institution's name is its genitive complement, not the speaker.
    @Test(arguments: [
        ("В МИД Франции сообщили, что иностранные суда в порту не пострадали.", "МИД", "Франции"),
        ("Минобороны Латвии заявило, что учения пройдут по плану до конца месяца.", "Минобороны", "Латвии"),
    ])
    func aPlaceCompletingAnInstitutionIsNotTheSpeaker(text: String, institution: String, place: String) {
        let q = quotes(text, [(institution, .organisation), (place, .location)])
        #expect(q.count == 1)
        #expect(q.first?.speaker == institution, "\(String(describing: q.first?.speaker))")
    }

    @Test func firstNameLeftOutByTheRecogniserJoinsTheSurname() {
        let q = quotes("«Это большая ошибка правительства», — заявил директор фонда Пётр Смирницкий. «Мы будем бороться», — добавил Смирницкий.",
                       [("Смирницкий", .person)])
        #expect(q.count == 2)
        #expect(q.first?.speaker == "Пётр Смирницкий")
        #expect(q.last?.speaker == "Пётр Смирницкий")
    }

    /// A first name that is also a common word ("Яков", genitive plural of "як"; "Роза", a rose)
    /// is left out of the recogniser's gazetteer, yet declines as a first name once the person
    /// is recognised: "по словам Якова Фёдорова" is Яков Фёдоров.
    @Test(arguments: [
        ("По мнению Якова Фёдорова, поджог очевиден всем жителям района.", "Якова Фёдорова", "Яков Фёдоров"),
        ("По данным Розы Бакировой, пострадавших среди жителей района нет.", "Розы Бакировой", "Роза Бакирова"),
    ])
    func aFirstNameThatIsAlsoACommonWordDeclines(text: String, written: String, name: String) {
        #expect(quotes(text, [(written, .person)]).first?.speaker == name)
    }

    @Test func institutionGluedToTheNameIsNotPartOfIt() {
        let q = quotes("Представитель Минтранса Олег Вершинин подтвердил, что новые правила вступят в силу весной.",
                       [("Минтранса Олег Вершинин", .person)])
        #expect(q.first?.speaker == "Олег Вершинин")
        let patronymic = quotes("Представитель Олег Петрович Вершинин подтвердил, что правила вступят в силу весной.",
                                [("Олег Петрович Вершинин", .person)])
        #expect(patronymic.first?.speaker == "Олег Петрович Вершинин")
    }

    @Test func roleBeforeAWomansNameWithAMasculineVerbIsHerRepresentative() {
        let text = "Актриса Мария Соколова выступила на фестивале. Представитель Соколовой сообщил, что гонорар уйдёт на благотворительность. "
            + "Представители актрисы утверждают, что решение было принято заранее."
        let q = quotes(text, [("Мария Соколова", .person), ("Соколовой", .person)])
        #expect(q.count == 2)
        #expect(q.first?.speaker?.lowercased() == "представитель соколовой")
        #expect(q.last?.speaker?.lowercased() == "представитель соколовой")
        let same = quotes("Актриса Мария Соколова выступила на фестивале. Соколова сообщила, что гонорар уйдёт на благотворительность.",
                          [("Мария Соколова", .person), ("Соколова", .person)])
        #expect(same.first?.speaker == "Мария Соколова")
    }

    @Test func quotedNewspaperAfterTheVerbIsTheSubjectAndNamesTheEdition() {
        let text = "Утром эту новость опровергла \"Северная правда\". Издание сообщило, что министр продолжает работать."
        let q = quotes(text)
        #expect(q.count == 1)
        #expect(q.first?.text == "министр продолжает работать")
        #expect(q.first?.speaker == "Северная правда")
    }

    @Test func nameTheRecogniserMissedBeforeAGenitiveComplement() {
        let q = quotes("Тренер Ларри Финч после известия о травме Петрова заявил, что команда справится без него в финале.", [("Петрова", .person)])
        #expect(q.first?.speaker == "Ларри Финч")
    }

    @Test func untaggedSurnameInAnotherCaseIsTheActor() {
        let text = "Суд оставил Ольгу Веснину под стражей, несмотря на просьбы Весниной. Прокурор заявил, что решение суда было полностью законным. Веснина, в свою очередь, подчеркнула, что не признаёт свою вину."
        let q = quotes(text, [("Ольгу Веснину", .person), ("Весниной", .person)])
        #expect(q.count == 2)
        // The actor is named in the nominative, though the text never writes it so.
        #expect(q.last?.speaker == "Ольга Веснина")
        // A masculine verb does not go to the woman named before.
        #expect(q.first?.speaker != "Ольга Веснина")
    }

    @Test func nominativeFullNameIsTheCanonicalName() {
        let text = "Суд оставил Ольгу Веснину под стражей. Адвокаты Ольги Весниной обжаловали решение. Ольга Веснина заявила, что продолжит борьбу за свои права."
        let q = quotes(text, [("Ольгу Веснину", .person), ("Ольги Весниной", .person), ("Ольга Веснина", .person)])
        #expect(q.first?.speaker == "Ольга Веснина")
    }

    @Test func nameAfterAGenitiveNameIsTheSpeaker() {
        let q = quotes("«Мы подадим апелляцию», — заявил на суде защитник Весниной Игорь Ломов.",
                       [("Весниной", .person), ("Игорь Ломов", .person)])
        #expect(q.first?.speaker == "Игорь Ломов")
    }

    @Test func cueBeforeAQuotedNameAndAColonWithItsSubjectAfterTheVerb() {
        let q = quotes("Ранее об этом сообщал представитель партии «Зелёный союз»: «Руководство партии отстранили от выборов без объяснения причин».")
        #expect(q.count == 1)
        #expect(q.first?.text == "Руководство партии отстранили от выборов без объяснения причин")
        #expect(q.first?.speaker == "представитель партии")
    }

    @Test func passiveParticipleAfterAQuote() {
        let q = quotes("«Мы никогда не играли перед такой публикой, это важнейший концерт в нашей истории», — было отмечено в заявлении группы.")
        #expect(q.count == 1)
        #expect(q.first?.cue.contains("отмечено") == true)
    }

    @Test func sourceOfAnImpersonalReport() {
        let q = quotes("Со ссылкой на источник в правительстве также сообщалось, что министр покинет свой пост до конца месяца.",
                       [("правительстве", .organisation)])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "источник в правительстве")
        let subject = quotes("Со ссылкой на источник в правительстве газета «Вечер» сообщила, что министр покинет свой пост до конца месяца.")
        #expect(subject.first?.speaker != "источник в правительстве")
    }

    @Test func doctorTitleIsNotPartOfTheName() {
        let text = "Полёт оплатил Карл Мюллер. «Я считаю это отличной возможностью изучить станцию», сказал Доктор Мюллер."
        let q = quotes(text, [("Карл Мюллер", .person), ("Доктор Мюллер", .person)])
        #expect(q.first?.speaker == "Карл Мюллер")
    }

    @Test func genitiveInstitutionGluedAfterALowercaseNounAndInitialsAreNotTheName() {
        let text = "Бывший заместитель прокурора Генпрокуратуры Юрий Синдеров ушёл в отставку. Ю.Синдеров заявил, что покидает пост по собственному желанию."
        let q = quotes(text, [("Генпрокуратуры Юрий Синдеров", .person), ("Ю.Синдеров", .person)])
        #expect(q.first?.speaker == "Юрий Синдеров")
    }

    @Test func verbWithAnObjectAboutIsNotAPostposedCue() {
        let text = "Защитники передали судье несколько хороших отзывов о подсудимом, напомнили о его работе в приюте."
        #expect(quotes(text).isEmpty)
    }
}

/// A pronoun goes to the subject of the sentences before, not to a name in a genitive
/// complement ("администрации Орлова", "участии Сомова").
@Suite struct RussianPronounSubjectTests {
    @Test func aGenitiveComplementIsNotThePronounsAntecedent() {
        let text = "Сенатор Иван Ланин долго работал в комитете.\n\n"
            + "Ланин заслужил высокую оценку представителей администрации Орлова на съезде партии.\n\n"
            + "«Спросите избирателей, лучше ли им живётся сейчас», — заявил он в своём выступлении."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Иван Ланин", .person), ("Ланин", .person), ("Орлова", .person)]).quotes
        #expect(quotes.last?.speaker == "Иван Ланин")
    }

    @Test func theSubjectAfterTheVerbIsTheAntecedent() {
        let text = "Ранее об участии Юрия Сомова в группировке заявил бывший прокурор Станислав Ветлугин.\n\n"
            + "В обращении к СМИ он рассказал, что столкнулся с массовыми злоупотреблениями руководства."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Юрия Сомова", .person), ("Станислав Ветлугин", .person)]).quotes
        #expect(quotes.last?.speaker == "Станислав Ветлугин")
    }
}
