import Testing
@testable import ArticleKit

/// The name an office or the people of a place complete is that place ("le maire de Lunel", "the
/// mayor of Brillhaven", "мэр Лунеля"), however much it reads like a surname. Invented places.
@Suite struct EntityJurisdictionPlaceTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    func has(_ found: [Entity], _ text: String, _ type: EntityType) -> Bool {
        EntityTestSupport.has(found, text, type)
    }

    @Test func frenchOfficeAndPeopleOfAPlace() {
        let found = entities("Le maire de Lunel, Pierre Gaillard, a reçu les habitants de Brou.", lang: "fr")
        #expect(has(found, "Lunel", .location))
        #expect(has(found, "Brou", .location))
        #expect(has(found, "Pierre Gaillard", .person))
    }

    @Test func englishOfficeAndPeopleOfAPlace() {
        let found = entities("The mayor of Brillhaven, Tom Reyes, met residents of Calloway on Monday.", lang: "en")
        #expect(has(found, "Brillhaven", .location))
        #expect(has(found, "Calloway", .location))
        #expect(has(found, "Tom Reyes", .person))
    }

    @Test func russianGenitivePlaceBeforeTheHoldersName() {
        let found = entities("Мэр Лунеля Пётр Гайяр встретился с жителями Брусова.", lang: "ru")
        #expect(has(found, "Лунеля", .location))
        #expect(has(found, "Пётр Гайяр", .person))
    }

    /// One word after a locative and an article is a place: "dans le Gard", "in the Bronx".
    @Test(arguments: [("fr", "Des pluies sont tombées dimanche dans le Vaudrac et sur le Brenois.", ["Vaudrac", "Brenois"]),
                      ("en", "Heavy rain fell on Sunday in the Brackwater.", ["Brackwater"])])
    func oneWordAfterALocativeAndAnArticleIsAPlace(lang: String, text: String, places: [String]) {
        let found = entities(text, lang: lang)
        for place in places { #expect(!found.contains { $0.text == place && $0.type == .person }) }
    }

    /// "analyste chez Brenvalt": the employer is an organisation; "chez Marie" (a first name) is left alone.
    @Test func anEmployerAfterChezIsAnOrganisation() {
        let found = entities("Jean-Marc Lebrun, analyste chez Brenvalt, reste prudent.", lang: "fr")
        #expect(has(found, "Brenvalt", .organisation))
    }

    /// A person after an office that is not a place's keeps its type ("le conseiller de Paul Girard").
    @Test func aPersonAfterAnotherRoleStaysAPerson() {
        let found = entities("Le conseiller de Paul Girard a démissionné.", lang: "fr")
        #expect(has(found, "Paul Girard", .person))
    }
}
