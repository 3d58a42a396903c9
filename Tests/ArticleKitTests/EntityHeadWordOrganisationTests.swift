import Testing
@testable import ArticleKit

/// Organisations in English word order, ending in the noun of their kind (issue 16): the whole
/// capitalised run is one organisation in English, French and Russian text, and the runs that are
/// something else are left alone. Invented names and sentences.
@Suite struct EntityHeadWordOrganisationTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    func has(_ found: [Entity], _ text: String, _ type: EntityType) -> Bool {
        EntityTestSupport.has(found, text, type)
    }

    @Test func englishNewspaperAndLeagueNamedAfterPlaces() {
        let text = "The strike was first reported by the Lake Orvan Evening Herald on Monday. "
            + "Officials of the Northern Cascadia Rugby League said the season would go on."
        let found = entities(text, lang: "en")
        #expect(has(found, "Lake Orvan Evening Herald", .organisation))
        #expect(has(found, "Northern Cascadia Rugby League", .organisation))
        #expect(!found.contains { $0.type == .location && $0.text.hasPrefix("Lake Orvan") })
    }

    @Test func complementAfterTheHeadBelongsToTheName() {
        let text = "A spokesman for the Delmarva Department of Coastal Safety declined to comment on the closure."
        #expect(has(entities(text, lang: "en"), "Delmarva Department of Coastal Safety", .organisation))
    }

    @Test func frenchAndRussianTextsQuoteEnglishNames() {
        let fr = "Selon le Port Talbrick Gazette, le chantier reprendra en mai, a indiqué la mairie."
        #expect(has(entities(fr, lang: "fr"), "Port Talbrick Gazette", .organisation))
        let ru = "В интервью газете Kestrel Bay Morning Post он заявил, что не собирается уходить."
        #expect(has(entities(ru, lang: "ru"), "Kestrel Bay Morning Post", .organisation))
    }

    @Test func companyNamedByItsTradeOrForm() {
        #expect(has(entities("Veloxa Motors said on Wednesday it would cut 3,000 jobs.", lang: "en"), "Veloxa Motors", .organisation))
        #expect(has(entities("Les salariés de Kestrel Airways ont voté la grève mardi.", lang: "fr"), "Kestrel Airways", .organisation))
        #expect(has(entities("В среду акции Orion Holdings выросли на 4 процента.", lang: "ru"), "Orion Holdings", .organisation))
    }

    /// A company's legal form ends its name ("Orbita Corp", "Kelder GmbH").
    @Test(arguments: ["Orbita Corp", "Halvern Corp.", "Brisko LLC", "Kelder GmbH", "Tarrow PLC"])
    func aLegalFormEndsACompanysName(name: String) {
        let found = entities("\(name) won the contract on Monday, ahead of two rivals.", lang: "en")
        #expect(has(found, name, .organisation), "\(found.map { ($0.text, $0.type) })")
    }

    @Test func runsThatAreNotOrganisationNamesAreLeftAlone() {
        // A first name and a surname that is also a head; a French name with its head first;
        // a head inside a longer name.
        let en = "The etiquette columnist Margaret Post answered readers' letters for forty years."
        #expect(!entities(en, lang: "en").contains { $0.type == .organisation })
        let fr = "L'Association des pêcheurs de Kerlouan a déposé un recours."
        #expect(!entities(fr, lang: "fr").contains { $0.text == "L'Association" || $0.text == "Association" })
        let station = "Trains stopped at Varden Hospital Station for an hour."
        #expect(!entities(station, lang: "en").contains { $0.text == "Varden Hospital" })
    }
}
