import Testing
@testable import ArticleKit

/// A Russian institution or place named only in an oblique case takes the gazetteer's form as the
/// actor's name ("в Кремле" → "Кремль"); a name already in that form, a person, or a word the
/// gazetteer does not know keeps what was written.
@Suite struct InstitutionNominativeTests {
    @Test(arguments: [("Кремле", "Кремль"), ("Кремлём", "Кремль"), ("Москве", "Москва")])
    func anObliqueFormTakesTheGazetteersForm(written: String, nominative: String) {
        #expect(InstitutionNominative.nominative(of: written) == nominative)
    }

    @Test(arguments: ["Кремль", "Москва", "Брусвальде", "Белым домом"])
    func otherNamesStayAsWritten(written: String) {
        #expect(InstitutionNominative.nominative(of: written) == nil)
    }

    @Test func theActorOfAnObliqueInstitutionIsNamedInTheNominative() {
        let text = "Об этом сообщили в Кремле. В Кремле заявили, что переговоры продолжатся."
        let analysis = StatementTestSupport.analyze(text, language: "ru", entities: [("Кремле", .organisation)])
        #expect(analysis.actors.contains { $0.name == "Кремль" })
    }
}
