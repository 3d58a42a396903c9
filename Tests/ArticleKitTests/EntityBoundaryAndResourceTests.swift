import Foundation
import Testing
@testable import ArticleKit

/// Entity spans stay inside their sentence; the Russian name lists are loaded; every training
/// seed shuffles differently.
@Suite struct EntityBoundaryAndResourceTests {
    func entities(_ text: String, lang: String? = nil) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    @Test func noEntityCrossesAParagraphBreak() {
        // A headline ending in an acronym, then a paragraph opening with the organisation's full
        // name: joining organisations (ORG + "la" + ORG) must not reach over the blank line.
        let text = "Pêche : 2 000 bateaux à quai selon la FNP\n\n"
            + "La Fédération nationale des pêcheurs (FNP) estime à 2 000 le nombre de bateaux restés à quai.\n\n"
            + "Le ministre a reçu Jean\n\nDupont a répondu le lendemain."
        let found = entities(text, lang: "fr")
        #expect(!found.isEmpty)
        for entity in found {
            #expect(!entity.text.contains("\n"), "\(entity.text) spans a paragraph break")
        }
        #expect(found.contains { $0.text == "FNP" && $0.type == .organisation })
    }

    @Test func russianNameListsAreLoaded() throws {
        let gazetteer = Gazetteer.shared
        func classes(_ word: String) -> Gazetteer.Classes {
            let v = word.unicodeScalars.map { $0.value }
            return gazetteer.classes(ofToken: v, TextSpan(0, v.count))
        }
        // OpenCorpora lemmas, matched by stem in their inflected forms.
        #expect(classes("Шойгу").contains(.surname))
        #expect(classes("Москвы").contains(.place))
        #expect(classes("Алексея").contains(.firstName))
        // Lemmas with an ordinary reading ("Вера": faith, "Роза": rose) are left out of the lists.
        let url = Bundle.module.url(forResource: "opencorpora-firstnames", withExtension: "txt", subdirectory: "Resources/gazetteers")
        let names = (try? String(contentsOf: #require(url), encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        #expect(names.count > 10_000)
        #expect(names.contains("Алексей"))
        #expect(!names.contains("Вера") && !names.contains("Роза"))
    }

    @Test func everySeedShufflesDifferently() {
        var options = Trainer.Options()
        options.rowBits = 12
        options.epochs = 1
        var trainer = Trainer(options: options)
        for r in TrainingTests.fixture() { trainer.add(r) }
        let weights = (1...4).map { trainer.averagedWeights(seed: UInt64($0), progress: { _, _ in }) }
        for i in weights.indices { for j in weights.indices where j > i { #expect(weights[i] != weights[j], "seeds \(i + 1) and \(j + 1)") } }
    }
}
