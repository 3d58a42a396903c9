import Testing
@testable import ArticleKit

@Suite struct LanguageIdentifierTests {
    let id = LanguageIdentifier()

    @Test func frenchEnglishRussian() {
        #expect(id.identify("La présidente du Chili a parlé avec les dirigeants des deux pays dans la soirée.") == "fr")
        #expect(id.identify("The president said that the talks with the leaders of both countries were useful.") == "en")
        #expect(id.identify("Президент России заявил, что переговоры были полезными.") == "ru")
    }

    /// German and Spanish are told apart by their diacritics as well as their function words, and
    /// Ukrainian from Russian by its own letters (і ї є ґ): each counter must reach the decision.
    @Test func germanSpanishUkrainianAndTheirLetters() {
        #expect(id.identify("Der Präsident hat mit den Regierungschefs über die Lage gesprochen, sagte ein Sprecher.") == "de")
        #expect(id.identify("El presidente habló con los líderes de ambos países, según un portavoz del gobierno.") == "es")
        #expect(id.identify("Президент України заявив, що переговори були корисними і відбудуться знову.") == "uk")
        // Diacritics alone, without a single function word: ä ü ß, ñ ú á, é è decide.
        #expect(id.identify("Präsident Müller grüßt") == "de")
        #expect(id.identify("Señor Núñez habló") == "es")
        #expect(id.identify("Élève éminent à Genève") == "fr")
    }

    @Test func undeterminedWithoutEvidence() {
        #expect(id.identify("") == "und")
        #expect(id.identify("12345 678 !!!") == "und")
        #expect(id.identify("東京都は日本の首都です") == "und")
    }

    @Test func articleAndParagraphLanguages() {
        let text = "Le gouvernement a annoncé une réforme des retraites, selon le ministre, qui a parlé aux journalistes. "
            + "Les syndicats ont appelé à une grève générale pour la semaine prochaine dans tout le pays, et "
            + "les partis de l'opposition ont demandé un débat au Parlement sur le financement du système.\n\n"
            + "Президент России заявил журналистам, что переговоры с американской стороной были очень полезными."
            + " Он добавил, что встреча состоится в Москве."
        let analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: nil)
        #expect(analysis.language == "fr")
        #expect(analysis.paragraphs.map(\.language) == ["fr", "ru"])
        // In a Russian paragraph of a French article, Cyrillic is not foreign.
        #expect(analysis.foreignFragments.isEmpty)
    }

    @Test func hintWins() {
        let analysis = TextAnalyzer().analyze(ScalarText("The president said hello to the press."), languageHint: "fr")
        #expect(analysis.language == "fr")
    }
}
