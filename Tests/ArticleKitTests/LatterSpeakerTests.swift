import Foundation
import Testing
@testable import ArticleKit

/// "Ce dernier", "the latter", "последний" is the person mentioned last, of its gender, not the
/// subject of the sentence before (which a pronoun would take). Invented names and sentences.
@Suite struct LatterSpeakerTests {
    private func speakers(_ text: String, _ language: String, _ entities: [(String, EntityType)]) -> [String?] {
        StatementTestSupport.analyze(text, language: language, entities: entities).quotes.map(\.speaker)
    }

    @Test func frenchCeDernier() {
        let text = "Le ministre Olivier Brunet a rencontré mardi le député Antoine Deschamps. "
            + "Ce dernier estime que « la majorité n'a plus de légitimité »."
        #expect(speakers(text, "fr", [("Olivier Brunet", .person), ("Antoine Deschamps", .person)]) == ["Antoine Deschamps"])
        // The feminine form skips a man mentioned after the woman.
        let feminine = "La sénatrice Claire Vasseur a interpellé le ministre Olivier Brunet. "
            + "Cette dernière a déclaré que « le texte est injuste »."
        #expect(speakers(feminine, "fr", [("Claire Vasseur", .person), ("Olivier Brunet", .person)]) == ["Claire Vasseur"])
    }

    @Test func englishTheLatter() {
        let text = "Governor Ellen Park spoke with Senator Mark Delaney on Tuesday. "
            + "The latter said, \"We will not support this bill.\""
        #expect(speakers(text, "en", [("Ellen Park", .person), ("Mark Delaney", .person)]) == ["Mark Delaney"])
    }

    @Test func russianPosledniy() {
        let text = "Министр Олег Брунов встретился во вторник с депутатом Антоном Дешевовым. "
            + "Последний считает, что «у большинства больше нет легитимности»."
        #expect(speakers(text, "ru", [("Олег Брунов", .person), ("Антоном Дешевовым", .person)]) == ["Антон Дешевов"])
    }
}
