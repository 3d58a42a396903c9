import Testing
@testable import ArticleKit

/// ArticleKit's rules for two names of one actor, on strings (what the archive merges by).
@Suite struct ActorNameMatchTests {
    private func part(_ short: String, _ long: String) -> Bool {
        ActorNameMatch.isPart(ActorNameMatch.words(short), of: ActorNameMatch.words(long))
    }

    @Test func wordsInOrderInitialsAndCase() {
        #expect(part("Lavrov", "Sergueï Lavrov"))
        #expect(part("S. Lavrov", "Sergueï Lavrov"))
        #expect(part("serguei lavrov", "Sergueï Lavrov"))
        #expect(part("Jean-Claude", "Jean-Claude Le Goff"))
        #expect(!part("Lavrov Sergueï", "Sergueï Lavrov"))
        #expect(!part("Sergueï Lavrov", "S. Lavrov"))
        #expect(!part("Anne Dupont", "Pierre Dupont"))
        #expect(!part("", "Pierre Dupont"))
    }

    @Test func cyrillicCaseFormsAreOneWord() {
        #expect(part("Лаврова", "Сергей Лавров"))
        #expect(part("Сергея Лаврова", "Сергей Лавров"))
        #expect(!part("Лавровский", "Сергей Лавров"))
        #expect(ActorNameMatch.lookupPrefix("лаврова") == "лав")
        #expect(ActorNameMatch.lookupPrefix("obama") == "obama")
    }

    @Test func keysFoldCaseDiacriticsAndApostrophes() {
        #expect(ActorNameMatch.key("  SERGUEÏ   Lavrov ") == "serguei lavrov")
        #expect(ActorNameMatch.key("Jeanne d’Arc") == ActorNameMatch.key("jeanne d'arc"))
        #expect(ActorNameMatch.key("Ёлкин ЙОШКИН Łukasz Dvořák") == "елкин иошкин łukasz dvorak")
        // Outside the table's scripts, Foundation's folding.
        #expect(ActorNameMatch.key("Ἀθῆναι") == "αθηναι")
    }
}
