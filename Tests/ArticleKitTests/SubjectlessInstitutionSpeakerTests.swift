import Foundation
import Testing
@testable import ArticleKit

/// Russian reports an institution's statement with a plural verb and no subject, the
/// institution after a locative preposition ("В полиции заявили, что …", "Как сообщили в
/// пресс-службе министерства, …"): the institution speaks, named in its dictionary form.
/// "Как" before any finite form of a reporting verb opens an attribution as "по словам" does.
@Suite struct SubjectlessInstitutionSpeakerTests {
    @Test(arguments: [
        ("В полиции заявили, что задержанных отпустили после допроса.", "полиция"),
        ("В администрации города сообщили, что ремонт дороги закончится к осени.", "администрация города"),
        ("Как сообщили в пресс-службе министерства, консультации с профсоюзами возобновятся в понедельник.", "пресс-служба министерства"),
        ("Как пояснили в прокуратуре, проверка по жалобе жильцов ещё продолжается.", "прокуратура"),
        ("На заводе подчеркнули, что выпуск продукции не прекращался ни на день.", "завод"),
    ])
    func theInstitutionAfterTheLocativeSpeaks(text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: "ru").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    /// A person or a named institution, when there is one, is still the subject.
    @Test(arguments: [
        ("В министерстве Иван Сомов заявил, что консультации возобновятся в понедельник.", [("Иван Сомов", EntityType.person)], "Иван Сомов"),
        ("В Минобороны сообщили, что учения на полигоне завершены досрочно.", [("Минобороны", .organisation)], "Минобороны"),
    ])
    func aNamedSubjectComesFirst(text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: entities).quotes
        #expect(quotes.first?.speaker == speaker)
    }

    /// French and English name a subject ("on", "officials"): the place after "à"/"at" is no speaker.
    @Test(arguments: [
        ("fr", "À la mairie, les agents ont déclaré que le ramassage reprendrait lundi."),
        ("en", "At the ministry, officials said the talks would resume on Monday."),
    ])
    func otherLanguagesKeepTheirSubject(language: String, text: String) {
        let quote = StatementTestSupport.analyze(text, language: language).quotes.first
        #expect(quote?.speaker != nil)
        #expect(quote?.speaker?.contains("mairie") != true && quote?.speaker?.contains("ministry") != true)
    }

    /// "Как" with a finite reporting verb in any gender, number or tense.
    @Test(arguments: ["Как сообщили в министерстве", "Как пишет газета «Северный вестник»", "Как отмечается в докладе фонда",
                      "Как рассказала Анна Белова"])
    func asWithAReportingVerbOpensAnAttribution(opener: String) {
        let text = "\(opener), консультации с профсоюзами возобновятся в понедельник."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Анна Белова", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasPrefix("консультации") == true)
    }
}

/// A name in quotation marks after a preposition or a noun is a complement ("в интервью
/// «Северному вестнику»"), not the subject of the verb.
@Suite struct QuotedComplementSpeakerTests {
    /// (Russian puts the complement between subject and verb; French and English rarely do.)
    @Test func theQuotedComplementIsNotTheSubject() {
        let text = "Губернатор Анна Кравец в интервью «Северному вестнику» заявила, что область готова финансировать переобучение."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Анна Кравец", .person), ("Северному вестнику", .organisation)]).quotes
        #expect(quotes.first?.speaker == "Анна Кравец")
    }

    /// After the cue, a quoted name inside the speaker's phrase does not end it: the name after
    /// it is the speaker ("— считает президент «Опоры России» Евгений Ватутин").
    @Test(arguments: [
        ("ru", "«Реформа движется в правильном направлении», — считает президент «Опоры Севера» Евгений Ватутин.", "Евгений Ватутин"),
        ("fr", "« La réforme va dans le bon sens », estime la présidente de « La Ruche » Anne Morel.", "Anne Morel"),
        ("en", "\"The reform goes in the right direction,\" said the head of \"Open Doors\" Anne Morel.", "Anne Morel"),
    ])
    func aQuotedNameInsideThePhraseIsCrossed(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(speaker, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    /// Russian has no articles: after a fronted phrase and a comma, the subject opens with its
    /// role noun ("Говоря о …, глава фонда сообщила"), and a name in the fronted phrase is not it.
    @Test func aFrontedPhraseBeforeARoleSubjectIsSkipped() {
        let text = "Говоря о планах Ивана Сомова, глава фонда сообщила, что переговоры шли легко и быстро."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Ивана Сомова", .person)]).quotes.first
        #expect(quote?.speakerMentionText == "глава фонда")
    }
}

/// An attribution made of a noun of speech ("по словам", "selon ses propos", "in the words of")
/// reports a clause whatever opens it, a preposition included; "selon les cas, de 3 à 5 euros"
/// stays a fragment.
@Suite struct SpeechNounAttributionTests {
    @Test(arguments: [
        ("ru", "По словам начальника пожарной части Якова Фёдорова, к тушению привлекли восемьдесят человек.", "Якова Фёдорова"),
        ("fr", "Selon les propos de Paul Girard, à Lyon rien n'a encore changé.", "Paul Girard"),
    ])
    func aPrepositionMayOpenTheClaim(language: String, text: String, name: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(name, .person)]).quotes
        #expect(quotes.count == 1)
    }

    @Test func aFragmentAfterAPlainAttributionIsNoClaim() {
        let quotes = StatementTestSupport.analyze("Selon les cas, de trois à cinq euros par mois.", language: "fr").quotes
        #expect(quotes.isEmpty)
    }
}
