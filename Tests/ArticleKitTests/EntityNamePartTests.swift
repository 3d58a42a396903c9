import Foundation
import Testing
@testable import ArticleKit

/// Parts of a name the tokenizer or tagger cut off: a known first name, a capitalised particle and
/// a surname are one name ("Ahmed Ag Moussa", "Jan Van Dijk"), even when the tagger found only the
/// surname; outside English an "'s" against a name ends it ("chez Brillby's"). Invented names.
@Suite struct EntityNamePartTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    @Test(arguments: [
        ("fr", "Ahmed Ag Moussa, collectionneur malien, a acheté mardi un manuscrit.", "Ahmed Ag Moussa"),
        ("en", "The coach, Jan Van Dijk, said the team would win.", "Jan Van Dijk"),
    ])
    func theParticleJoinsTheName(lang: String, text: String, name: String) {
        #expect(entities(text, lang: lang).contains { $0.text == name && $0.type == .person })
    }

    /// A sentence that opens on a surname with its particle keeps the particle when the text
    /// wrote the full name with it ("Jean-Marc Le Gall … Le Gall a ajouté").
    @Test(arguments: [
        ("fr", "Jean-Marc Le Gall, député du Finistère, a voté contre. Le Gall a ajouté qu'il restait opposé au texte.", "Le Gall"),
        ("en", "Pieter Van Loon, the club's coach, was angry. Van Loon said the referee had been wrong.", "Van Loon"),
    ])
    func theParticleOfAKnownNameStays(lang: String, text: String, name: String) {
        let found = entities(text, lang: lang)
        #expect(found.filter { $0.text == name && $0.type == .person }.count == 1, "\(found.map { ($0.text, $0.type) })")
    }

    /// A surname that is also a town, after a first name, is the person's ("Clément Beauvais");
    /// accented first names are known first names (the gazetteer once read them garbled).
    @Test(arguments: [
        ("fr", "Le ministre des Transports, Clément Beauvais, s'est dit ouvert au dialogue.", "Clément Beauvais"),
        ("fr", "Selon Hélène Toulon, la grève durera encore une semaine.", "Hélène Toulon"),
        ("en", "The inquiry was led by Emma Lyon, a former judge.", "Emma Lyon"),
    ])
    func aPlaceAfterAFirstNameIsTheSurname(lang: String, text: String, name: String) {
        let found = entities(text, lang: lang)
        #expect(EntityTestSupport.has(found, name, .person), "\(found.map { ($0.text, $0.type) })")
        #expect(!found.contains { $0.type == .location })
    }

    @Test func aCapitalAfterAFirstNameStaysAPlaceWhenPunctuationSeparatesThem() {
        let found = entities("Pour Martin, Paris reste la meilleure ville du monde.", lang: "fr")
        #expect(EntityTestSupport.has(found, "Paris", .location), "\(found.map { ($0.text, $0.type) })")
    }

    /// A newspaper named by a common noun is the newspaper only with its article: "economist" before
    /// a name is the person's title.
    @Test func aNewspaperNamedByACommonNounNeedsItsArticle() {
        let title = entities("Economist Rachel Stein of Harvard University said the project could pay for itself.", lang: "en")
        #expect(!title.contains { $0.type == .organisation && $0.text.contains("Economist") }, "\(title.map { ($0.text, $0.type) })")
        #expect(EntityTestSupport.has(title, "Rachel Stein", .person))
        let paper = entities("An editorial in The Economist said the project could pay for itself.", lang: "en")
        #expect(paper.contains { $0.type == .organisation && $0.text.hasSuffix("Economist") }, "\(paper.map { ($0.text, $0.type) })")
    }

    @Test func accentedFirstNamesAreInTheGazetteer() throws {
        let url = try #require(Bundle.module.url(forResource: "firstnames", withExtension: "txt", subdirectory: "Resources/gazetteers"))
        let names = Set(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init))
        for name in ["Clément", "François", "Hélène", "Zoé", "Jérôme"] { #expect(names.contains(name), "\(name)") }
        #expect(!names.contains { $0.contains("Ã") })
    }

    @Test func aTrailingSOutsideEnglishIsPartOfTheName() {
        let found = entities("Le manuscrit a été vendu mardi chez Brillby's pour deux millions d'euros.", lang: "fr")
        #expect(found.contains { $0.text == "Brillby's" })
        #expect(!found.contains { $0.text == "Brillby" })
    }

    /// "M. de La Brède" is the man named "Aymeric de La Brède" before, without the title.
    @Test func anAbbreviatedTitleIsNotPartOfTheName() {
        let found = entities("Aymeric de La Brède était présent. Selon M. de La Brède, la vente a été un succès.", lang: "fr")
        #expect(!found.contains { $0.text.hasPrefix("M.") })
    }
}
