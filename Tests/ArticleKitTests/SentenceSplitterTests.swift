import Testing
@testable import ArticleKit

@Suite struct SentenceSplitterTests {
    @Test func frenchAbbreviationsAndInitials() {
        #expect(sentenceTexts("M. Dupont est arrivé. Il a parlé avec V. Poutine hier. Fin.") ==
                ["M. Dupont est arrivé.", "Il a parlé avec V. Poutine hier.", "Fin."])
    }

    @Test func quotesThatContainSentenceEnds() {
        #expect(sentenceTexts("\"Je pars.\" dit-il. Puis il partit.") == ["\"Je pars.\" dit-il.", "Puis il partit."])
        #expect(sentenceTexts("« Nous partons. » Le lendemain, rien.") == ["« Nous partons. »", "Le lendemain, rien."])
        #expect(sentenceTexts("Il a dit : « Non ! » et il est parti.") == ["Il a dit : « Non ! » et il est parti."])
    }

    @Test func englishAbbreviations() {
        #expect(sentenceTexts("Mr. Smith went to Washington. The U.S. economy grew. Really?") ==
                ["Mr. Smith went to Washington.", "The U.S. economy grew.", "Really?"])
    }

    @Test func russianAbbreviations() {
        #expect(sentenceTexts("Он приехал в 1990 г. Потом уехал, т.е. навсегда. Конец.") ==
                ["Он приехал в 1990 г.", "Потом уехал, т.е. навсегда.", "Конец."])
        #expect(sentenceTexts("— Да, — сказал он. — Нет.") == ["— Да, — сказал он.", "— Нет."])
    }

    @Test func lowercaseAfterPeriodContinues() {
        #expect(sentenceTexts("Le prix est de 3 fr. par mois.").count == 1)
    }

    @Test func paragraphsBreakSentencesAndAreNumbered() {
        let text = "Titre sans point\n\nPremier paragraphe. Encore.\r\n\r\nSecond paragraphe"
        let analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: "fr")
        #expect(analysis.paragraphs.count == 3)
        #expect(analysis.sentences.map { analysis.text[$0.span] } ==
                ["Titre sans point", "Premier paragraphe.", "Encore.", "Second paragraphe"])
        #expect(analysis.sentences.map(\.paragraph) == [0, 1, 1, 2])
        // Token ranges tile the tokens in order.
        var next = 0
        for s in analysis.sentences { #expect(s.tokens.lowerBound == next); next = s.tokens.upperBound }
        #expect(next == analysis.tokens.count)
    }
}
