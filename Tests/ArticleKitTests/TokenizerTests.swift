import Testing
@testable import ArticleKit

@Suite struct TokenizerTests {
    @Test func frenchElisionsSplitAfterTheApostrophe() {
        #expect(tokenTexts("l'agence d'Obama qu'il jusqu'à") == ["l'", "agence", "d'", "Obama", "qu'", "il", "jusqu'", "à"])
        // Typographic apostrophe too, and offsets stay those of the original text.
        #expect(tokenTexts("L’Élysée lorsqu’il") == ["L’", "Élysée", "lorsqu’", "il"])
        #expect(tokenTexts("aujourd'hui presqu'île") == ["aujourd'hui", "presqu'", "île"])
    }

    @Test func hyphenatedNamesStayWhole() {
        #expect(tokenTexts("Bachar al-Assad, Russo-américaine cessez-le-feu") ==
                ["Bachar", "al-Assad", ",", "Russo-américaine", "cessez-le-feu"])
        #expect(tokenTexts("Jean-Pierre - Paris") == ["Jean-Pierre", "-", "Paris"])
    }

    @Test func abbreviationsAndInitialsKeepTheirPeriod() {
        #expect(tokenTexts("M. Dupont et Mme Martin.") == ["M.", "Dupont", "et", "Mme", "Martin", "."])
        #expect(tokenTexts("Dr. Smith of the U.S. Army") == ["Dr.", "Smith", "of", "the", "U.S.", "Army"])
        #expect(tokenTexts("V. Poutine") == ["V.", "Poutine"])
        #expect(tokenTexts("т.е. Москва, etc. Fin") == ["т.е.", "Москва", ",", "etc.", "Fin"])
        #expect(tokenTexts("Il est parti.") == ["Il", "est", "parti", "."])
    }

    @Test func englishClitics() {
        #expect(tokenTexts("Obama's plan, they're here, don't") == ["Obama", "'s", "plan", ",", "they", "'re", "here", ",", "do", "n't"])
        #expect(tokenTexts("O'Brien") == ["O'Brien"])
    }

    @Test func numbersAndDates() {
        #expect(tokenTexts("le 14.03.2016 à 12:30, 1,5 % et 2016-03-14") ==
                ["le", "14.03.2016", "à", "12:30", ",", "1,5", "%", "et", "2016-03-14"])
        let kinds = tokenKinds("1er 2268 80-летнего")
        #expect(kinds.map(\.0) == ["1er", "2268", "80-летнего"])
        #expect(kinds[1].1 == .number)
        #expect(tokenTexts("en 2016. Puis") == ["en", "2016", ".", "Puis"])
    }

    @Test func urlsAndEmails() {
        let kinds = tokenKinds("Voir https://example.org/a?b=1. Écrire à jean.dupont@example.fr, ou www.lemonde.fr")
        #expect(kinds.contains { $0.0 == "https://example.org/a?b=1" && $0.1 == .url })
        #expect(kinds.contains { $0.0 == "jean.dupont@example.fr" && $0.1 == .email })
        #expect(kinds.contains { $0.0 == "www.lemonde.fr" && $0.1 == .url })
        #expect(kinds.last?.0 == "www.lemonde.fr")
    }

    @Test func everyQuotationMarkIsAQuote() {
        for mark in ["\"", "“", "”", "«", "»", "„", "‹", "›", "'", "‘", "’"] {
            let kinds = tokenKinds("\(mark)x\(mark)")
            #expect(kinds.first?.1 == .quote, "\(mark)")
            #expect(kinds.last?.1 == .quote, "\(mark)")
        }
        #expect(tokenKinds("« Bonjour »").map(\.1) == [.quote, .word, .quote])
    }

    @Test func dashesAndEllipses() {
        let kinds = tokenKinds("— dit-il – non - oui… Bon... Fin")
        #expect(kinds.filter { $0.1 == .dash }.map(\.0) == ["—", "–", "-"])
        #expect(kinds.filter { $0.1 == .ellipsis }.map(\.0) == ["…", "..."])
        #expect(kinds.contains { $0.0 == "dit-il" })
    }

    @Test func russianWords() {
        #expect(tokenTexts("«Газпром» заявил, что г-н Лавров…") == ["«", "Газпром", "»", "заявил", ",", "что", "г-н", "Лавров", "…"])
    }

    @Test func combiningMarksStayInTheirWord() {
        #expect(tokenTexts("Cafe\u{301} noir") == ["Cafe\u{301}", "noir"])
    }

    @Test func noBreakSpacesSeparateTokens() {
        #expect(tokenTexts("«\u{00A0}Oui\u{202F}» 10\u{00A0}000") == ["«", "Oui", "»", "10", "000"])
    }
}
