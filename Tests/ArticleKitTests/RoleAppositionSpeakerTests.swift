import Foundation
import Testing
@testable import ArticleKit

/// A role written before a name with a comma ("la directrice de l'hôpital, Claire Vasseur,"),
/// and the everyday occupations of news sources (a nurse, a union delegate), give the name its
/// role; the role said alone later is that person. Invented names and sentences.
@Suite struct RoleAppositionSpeakerTests {
    private func speakers(_ text: String, _ language: String, _ entities: [(String, EntityType)]) -> [String?] {
        StatementTestSupport.analyze(text, language: language, entities: entities).quotes.map(\.speaker)
    }

    @Test func roleWithAnElidedComplementBeforeTheName() {
        // "de l'hôpital": the elided article after a preposition is not a verb between role and name.
        let fr = "Jeudi, la directrice de l'hôpital, Claire Vasseur, a reçu les grévistes. Le maire Paul Lenoir était présent. "
            + "« Nous ne pouvons pas embaucher », a expliqué la directrice."
        #expect(speakers(fr, "fr", [("Claire Vasseur", .person), ("Paul Lenoir", .person)]) == ["Claire Vasseur"])
        let en = "On Thursday the director of the hospital, Laura Whitfield, met the strikers. Mayor Tom Becker attended. "
            + "\"We cannot hire,\" the director said."
        #expect(speakers(en, "en", [("Laura Whitfield", .person), ("Tom Becker", .person)]) == ["Laura Whitfield"])
        let ru = "В четверг директор больницы Елена Сорокина встретилась с бастующими. Мэр Олег Никитин тоже пришёл. "
            + "«Мы не можем нанимать людей», — заявила директор."
        #expect(speakers(ru, "ru", [("Елена Сорокина", .person), ("Олег Никитин", .person)]) == ["Елена Сорокина"])
    }

    @Test func occupationsAreRoles() {
        let fr = "Martine Le Goff, infirmière aux urgences, manifestait devant l'hôpital avec Yannick Perrot. "
            + "« Rien ne vient », a dénoncé l'infirmière."
        #expect(speakers(fr, "fr", [("Martine Le Goff", .person), ("Yannick Perrot", .person)]) == ["Martine Le Goff"])
        let en = "Megan O'Rourke, an emergency room nurse, marched with Daniel Ruiz outside the hospital. "
            + "\"Nothing comes,\" the nurse said."
        #expect(speakers(en, "en", [("Megan O'Rourke", .person), ("Daniel Ruiz", .person)]) == ["Megan O'Rourke"])
    }

    @Test func feminineFormOfARoleNamesItsHolder() {
        // "защитница", "l'avocate": the feminine noun of the role the name was given.
        let ru = "Адвокат Ирина Белова встретилась с журналистами вместе с мэром Олегом Никитиным. "
            + "«Мой подзащитный невиновен», — заявила защитница."
        #expect(speakers(ru, "ru", [("Ирина Белова", .person), ("Олегом Никитиным", .person)]) == ["Ирина Белова"])
        let fr = "L'avocate Claire Vasseur est arrivée au tribunal avec le maire Paul Lenoir. "
            + "« Mon client est innocent », a déclaré l'avocate."
        #expect(speakers(fr, "fr", [("Claire Vasseur", .person), ("Paul Lenoir", .person)]) == ["Claire Vasseur"])
    }

    @Test func russianHeadPhysicianIsTheHeadOfTheHospital() {
        // "главврач" is the contracted "главный врач": the head of the hospital.
        let text = "Главный врач больницы Елена Сорокина встретилась с мэром Олегом Никитиным. «Мы не можем нанимать людей», — заявила главврач."
        #expect(speakers(text, "ru", [("Елена Сорокина", .person), ("Олегом Никитиным", .person)]) == ["Елена Сорокина"])
    }

    @Test func roleBeforeAPossessorAndANameIsTheNames() {
        // "адвокат Смирнова Наталья Белова": Белова is Смирнов's lawyer.
        let text = "Бывший вице-губернатор Михаил Смирнов задержан. Адвокат Смирнова Наталья Белова назвала обвинения абсурдными."
        let actors = StatementTestSupport.analyze(text, language: "ru", entities: [("Михаил Смирнов", .person), ("Смирнова", .person),
                                                                                   ("Наталья Белова", .person)]).actors
        #expect(actors.first { $0.name == "Наталья Белова" }?.role == "Адвокат Смирнова")
        #expect(actors.first { $0.name == "Михаил Смирнов" }?.role == nil)
    }
}

/// A party or nationality word between a role and a name belongs to the name's description:
/// the role is still the name's. Invented names.
@Suite struct RoleBeforePartyWordTests {
    @Test(arguments: [
        ("en", "The committee's chairman, Democrat Luis Ortega, called the delay regrettable.",
         [("Luis Ortega", EntityType.person), ("Democrat", .miscellaneous)], "Luis Ortega", "chairman"),
        ("fr", "Le directeur de l'équipe, le Norvégien Lars Berg, a salué la victoire.",
         [("Lars Berg", EntityType.person), ("Norvégien", .miscellaneous)], "Lars Berg", "directeur de l'équipe"),
    ])
    func roleBeforeAPartyWordIsTheNames(language: String, text: String, entities: [(String, EntityType)], name: String, role: String) {
        let actors = StatementTestSupport.analyze(text, language: language, entities: entities).actors
        #expect(actors.first { $0.name == name }?.role == role, "\(language): \(actors.map { ($0.name, $0.role) })")
    }
}
