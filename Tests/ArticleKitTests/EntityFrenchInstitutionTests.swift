import Testing
@testable import ArticleKit

/// French institutions written with a lowercase head and their lowercase words (issue 16):
/// "ministère de la Santé" when the tagger took the domain alone, "Confédération des petites et
/// moyennes entreprises" cut at the coordination, "syndicats d'exploitants agricoles" cut before
/// the adjective. Invented sentences.
@Suite struct EntityFrenchInstitutionTests {
    func entities(_ text: String) -> [Entity] { EntityTestSupport.recognize(text, lang: "fr") }

    @Test(arguments: ["ministère de la Santé", "ministère de la Culture", "ministère de la Justice"])
    func aMinistryTakesItsDomain(name: String) {
        let found = entities("Lundi, le \(name) a publié un avis sur la réforme des retraites.")
        #expect(EntityTestSupport.has(found, name, .organisation))
    }

    /// An acronym after "de" is an organisation of its own ("le conseil de l'ONU").
    @Test func anAcronymAfterDeStaysApart() {
        let found = entities("Lundi, le conseil de l'ONU a publié un avis sur la situation au Sahel.")
        #expect(!found.contains { $0.text.hasPrefix("conseil") })
    }

    @Test func coordinatedLowercaseWordsStayInTheName() {
        let found = entities("Lundi, la Confédération des petites et moyennes entreprises a réclamé une baisse des charges.")
        #expect(EntityTestSupport.has(found, "Confédération des petites et moyennes entreprises", .organisation))
        let other = entities("Mardi, la Fédération nationale des syndicats d'exploitants agricoles a appelé à manifester.")
        #expect(EntityTestSupport.has(other, "Fédération nationale des syndicats d'exploitants agricoles", .organisation))
    }

    /// A coordination of two names is two names ("la CGT et la CFDT").
    @Test func twoNamesCoordinatedStayTwo() {
        let found = entities("Lundi, la CGT et la CFDT ont appelé à la grève dans les transports.")
        #expect(!found.contains { $0.text.contains(" et ") })
    }
}
