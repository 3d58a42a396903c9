import Foundation
import Testing
@testable import ArticleKit

/// French and English first names tell a person's gender ("Claire" feminine, "Thomas"
/// masculine), so a pronoun skips the nearer person of the other gender; "l'édile" is the mayor.
@Suite struct FirstNameGenderAgreementTests {
    @Test(arguments: [
        ("fr", "Claire Morvan a rencontré Thomas Bellec lundi. Thomas Bellec a parlé le premier. Elle a rappelé que la dette de la ville avait baissé de quatre pour cent."),
        ("en", "Claire Morgan met Thomas Bell on Monday. Thomas Bell spoke first. She said that the city debt had fallen by four percent since the election."),
    ])
    func aPronounAgreesWithTheFirstName(language: String, text: String) {
        let names = language == "fr" ? ["Claire Morvan", "Thomas Bellec"] : ["Claire Morgan", "Thomas Bell"]
        let quote = StatementTestSupport.analyze(text, language: language, entities: names.map { ($0, .person) }).quotes.last
        #expect(quote?.speaker == names[0])
        #expect(FirstNameGenders.latin.gender(of: "Claire") == .feminine)
        #expect(FirstNameGenders.latin.gender(of: "Thomas") == .masculine)
    }

    @Test func theEdileIsTheMayor() {
        let text = "La maire de Rennes, Claire Morvan, a présenté sa liste. Son adversaire, Thomas Bellec, l'accuse d'avoir laissé filer la dette. "
            + "« Je n'ai de leçon à recevoir de personne », a rétorqué l'édile."
        let quote = StatementTestSupport.analyze(text, language: "fr", entities: [("Claire Morvan", .person), ("Thomas Bellec", .person)]).quotes.last
        #expect(quote?.speaker == "Claire Morvan")
    }
}

/// The two readers of the gendered word-list format agree: the keyed one (first names) gives
/// for each word the key and gender the substring one (person nouns) gives.
@Suite struct GenderedWordListReadersTests {
    @Test func bothReadersGiveTheSameWordsAndGenders() {
        let text = "# comment: x: ignored\nf: Claire hélène Ольга\n\nm: thomas  Игорь\nx: dominique\nbad line\nf:trailing"
        var bySubstring: [CueWordKey: CueLexicon.Pronoun.Gender] = [:]
        GenderedWordList.forEach(in: text) { gender, word in bySubstring[CueWordKey(String(word))] = gender }
        var byKey: [CueWordKey: CueLexicon.Pronoun.Gender] = [:]
        GenderedWordList.forEachKey(in: text) { gender, key in byKey[key] = gender }
        #expect(byKey == bySubstring)
        #expect(byKey.count == 7)
        #expect(byKey[CueWordKey("claire")] == .feminine)
        #expect(byKey[CueWordKey("игорь")] == .masculine)
        #expect(byKey[CueWordKey("dominique")] == .unknown)
    }
}
