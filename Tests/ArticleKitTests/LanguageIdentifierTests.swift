import Testing
@testable import ArticleKit

@Suite struct LanguageIdentifierTests {
    let id = LanguageIdentifier()

    @Test func frenchEnglishRussian() {
        #expect(id.identify("Le président de la Russie a parlé avec les dirigeants des deux États dans la nuit.") == "fr")
        #expect(id.identify("The president said that the talks with the leaders of both countries were useful.") == "en")
        #expect(id.identify("Президент России заявил, что переговоры были полезными.") == "ru")
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
