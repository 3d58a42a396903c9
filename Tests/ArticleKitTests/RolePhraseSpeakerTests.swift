import Foundation
import Testing
@testable import ArticleKit

/// A role noun whose complement makes it another role ("chef de l'État" is the president,
/// "глава региона" the governor) resolves to the holder of that role, in the three languages.
@Suite struct RolePhraseSpeakerTests {
    private func speakers(_ text: String, _ language: String, _ entities: [(String, EntityType)]) -> [String?] {
        StatementTestSupport.analyze(text, language: language, entities: entities).quotes.map(\.speaker)
    }

    @Test func frenchHeadOfStateIsThePresident() {
        let text = "Le président Emmanuel Macron a reçu le ministre Bruno Le Maire à l'Élysée. "
            + "Le chef de l'État a ensuite déclaré que la réforme serait maintenue."
        let found = speakers(text, "fr", [("Emmanuel Macron", .person), ("Bruno Le Maire", .person), ("Élysée", .location)])
        #expect(found == ["Emmanuel Macron"])
    }

    @Test func englishHeadOfGovernmentIsTheMinister() {
        let text = "Prime Minister Jacinda Ardern met President Joe Biden in Washington on Monday. "
            + "The head of government told reporters that the talks had been useful."
        let found = speakers(text, "en", [("Jacinda Ardern", .person), ("Joe Biden", .person), ("Washington", .location)])
        #expect(found == ["Jacinda Ardern"])
    }

    @Test func russianHeadOfRegionIsTheGovernorNotAnotherHead() {
        // Two people called "глава": a department head and the governor. "Глава региона" is the governor.
        let text = "Губернатор Светлана Орлова встретилась с главой департамента Иваном Петровым. "
            + "Глава региона заявила, что фонд будет закрыт."
        let found = speakers(text, "ru", [("Светлана Орлова", .person), ("Иваном Петровым", .person)])
        #expect(found == ["Светлана Орлова"])
        // "Глава Минфина": the minister named in the article, not the ministry.
        let minister = speakers("Министр финансов Олег Смирнов выступил в Думе. «Я не собираюсь уходить в отставку», — сказал глава Минфина.",
                                "ru", [("Олег Смирнов", .person), ("Думе", .organisation)])
        #expect(minister == ["Олег Смирнов"])
    }
}

/// "Нынешний глава государства заявил" after "Сорокин предложил Петрову …": a role with only
/// adjectives before it refers to the subject of the sentence before, not to the name mentioned last.
@Suite struct SalientSubjectRoleTests {
    @Test func aBareRoleGoesToThePreviousSentencesSubject() {
        let text = "Съезд партии прошёл в Москве.\n\nНа съезде Д.Сорокин предложил В.Петрову баллотироваться в президенты. Нынешний глава государства заявил, что сам он сосредоточится на работе в правительстве."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Д.Сорокин", .person), ("В.Петрову", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "Д.Сорокин")
    }
}

/// "La ministre de la Culture a déclaré" after "Claire Vasseur a visité …": the holder of an
/// office (a class in [office-roles]) is a person of the article.
@Suite struct OfficeHolderSpeakerTests {
    @Test(arguments: [
        ("fr", "Le musée rouvre ses portes.\n\nClaire Vasseur a visité le musée mardi avec Paul Girard. La ministre de la Culture a déclaré que « les travaux commenceront en mai ».", "Claire Vasseur"),
        ("en", "The museum reopens.\n\nClaire Vasseur visited the museum on Tuesday with Paul Girard. The minister of culture said the works \"would start in May and end in the autumn\".", "Claire Vasseur"),
        ("ru", "Музей открывается.\n\nКлара Васнецова посетила музей во вторник вместе с Павлом Гиреевым. Министр культуры заявила, что «работы начнутся в мае».", "Клара Васнецова"),
    ])
    func anOfficeRefersBackToTheSalientPerson(language: String, text: String, holder: String) {
        let names: [(String, EntityType)] = [("Claire Vasseur", .person), ("Paul Girard", .person), ("Клара Васнецова", .person), ("Павлом Гиреевым", .person)]
        let quotes = StatementTestSupport.analyze(text, language: language, entities: names).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == holder)
    }
}
