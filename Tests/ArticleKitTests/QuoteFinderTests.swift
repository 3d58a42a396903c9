import Foundation
import Testing
@testable import ArticleKit

/// Quotation styles, attribution positions and adversarial texts, in French, English and Russian.
@Suite struct QuoteFinderTests {
    private func quotes(_ text: String, _ language: String, _ entities: [(String, EntityType)] = []) -> [Quote] {
        StatementTestSupport.analyze(text, language: language, entities: entities).quotes
    }

    // MARK: Quotation marks

    @Test(arguments: [
        ("Le ministre a déclaré : « Nous ne céderons pas sur ce point. »", "fr", "Nous ne céderons pas sur ce point."),
        ("Le ministre a déclaré : «Nous ne céderons pas sur ce point.»", "fr", "Nous ne céderons pas sur ce point."),
        ("The minister said: \u{201C}We will not give up on this point.\u{201D}", "en", "We will not give up on this point."),
        ("The minister said: \"We will not give up on this point.\"", "en", "We will not give up on this point."),
        ("Министр заявил: \u{201E}Мы не уступим в этом вопросе\u{201C}.", "ru", "Мы не уступим в этом вопросе"),
        ("Le ministre a déclaré : \u{2039}Nous ne céderons pas sur ce point\u{203A}.", "fr", "Nous ne céderons pas sur ce point"),
        ("The minister said: \u{2018}We will not give up on this point.\u{2019}", "en", "We will not give up on this point."),
        ("The minister said: 'We will not give up on this point.'", "en", "We will not give up on this point."),
    ])
    func markStyles(text: String, language: String, content: String) {
        let found = quotes(text, language)
        #expect(found.count == 1)
        #expect(found.first?.text == content)
        #expect(found.first?.kind == .direct)
    }

    @Test func nestedQuotesStayInsideTheOuterQuote() {
        let found = quotes("Elle a ajouté : « Ils ont chanté \u{201C}Victoire\u{201D} et ils ont ouvert la grille. »", "fr")
        #expect(found.count == 1)
        #expect(found.first?.text == "Ils ont chanté \u{201C}Victoire\u{201D} et ils ont ouvert la grille.")
        let ru = quotes("Он сказал: «Завод „Веедерн“ работает без перерыва».", "ru")
        #expect(ru.count == 1)
        #expect(ru.first?.text == "Завод „Веедерн“ работает без перерыва")
    }

    @Test func quoteOverSeveralParagraphsWithRepeatedOpeningMark() {
        let text = "Le président a déclaré : « Nous avons beaucoup travaillé cette année.\n\n« Et nous continuerons l'an prochain. »"
        let found = quotes(text, "fr")
        #expect(found.count == 1)
        #expect(found.first?.text.hasPrefix("Nous avons beaucoup") == true)
        #expect(found.first?.text.hasSuffix("l'an prochain.") == true)
    }

    @Test func dashDialogue() {
        let fr = quotes("— Je ne sais pas ce qui va se passer, dit-il.\n— Nous verrons bien demain matin.", "fr")
        #expect(fr.count == 2)
        #expect(fr.first?.text == "Je ne sais pas ce qui va se passer")
        let ru = quotes("— Мы готовы к переговорам, — сказал он.", "ru")
        #expect(ru.count == 1)
        #expect(ru.first?.text == "Мы готовы к переговорам")
    }

    // MARK: Attribution positions

    @Test func attributionBeforeTheQuote() {
        let found = quotes("Barack Obama a déclaré : « La situation en Syrie reste très difficile. »", "fr", [("Barack Obama", .person)])
        #expect(found.first?.cue == "a déclaré")
        #expect(found.first?.speaker == "Barack Obama")
    }

    @Test func attributionAfterTheQuote() {
        let fr = quotes("« La situation en Syrie reste très difficile », a dit Barack Obama.", "fr", [("Barack Obama", .person)])
        #expect(fr.first?.cue == "a dit")
        #expect(fr.first?.speaker == "Barack Obama")
        let dash = quotes("\"Le choix est fait de fermer la frontière\", — dit dans le communiqué du Bundestag.", "fr", [("Bundestag", .organisation)])
        #expect(dash.first?.speaker == "Bundestag")
        #expect(dash.first?.text == "Le choix est fait de fermer la frontière")
        let en = quotes("\"The situation remains very difficult,\" said John Kerry.", "en", [("John Kerry", .person)])
        #expect(en.first?.speaker == "John Kerry")
        let ru = quotes("«Ситуация остаётся очень сложной», — заявил Сергей Лавров.", "ru", [("Сергей Лавров", .person)])
        #expect(ru.first?.speaker == "Сергей Лавров")
    }

    @Test func attributionInsideTheQuote() {
        let text = "\"The situation is difficult,\" John Kerry said. \"But we will keep talking to everyone.\""
        let found = quotes(text, "en", [("John Kerry", .person)])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "John Kerry" })
        #expect(found.last?.cue == "")
    }

    @Test func accordingToSelonPoSlovam() {
        let fr = quotes("Selon le ministère de l'Agriculture, les récoltes de blé ont baissé de 12 % cette année.", "fr",
                        [("ministère de l'Agriculture", .organisation)])
        #expect(fr.first?.kind == .indirect)
        #expect(fr.first?.text == "les récoltes de blé ont baissé de 12 % cette année")
        #expect(fr.first?.speaker == "ministère de l'Agriculture")
        let after = quotes("Les deux ministres ont parlé du budget pendant une heure, selon le site du Bundestag.", "fr", [("Bundestag", .organisation)])
        #expect(after.first?.text == "Les deux ministres ont parlé du budget pendant une heure")
        #expect(after.first?.speaker == "Bundestag")
        let dapres = quotes("D'après l'AFP, le bilan de l'accident s'élève à douze morts.", "fr", [("AFP", .organisation)])
        #expect(dapres.first?.speaker == "AFP")
        let en = quotes("According to the Chilean Mining Ministry, over 120 workers have been rescued from the flooded shaft.", "en",
                        [("Chilean Mining Ministry", .organisation)])
        #expect(en.first?.text == "over 120 workers have been rescued from the flooded shaft")
        let ru = quotes("По словам Игоря Конашенкова, генерал освобождён от должности в связи с возрастом.", "ru", [("Игоря Конашенкова", .person)])
        #expect(ru.first?.text == "генерал освобождён от должности в связи с возрастом")
        #expect(ru.first?.speaker == "Игорь Конашенков")   // the actor's name, in the nominative
    }

    // MARK: Reported speech

    @Test func reportedSpeechWithComplementizer() {
        let fr = quotes("Anne Dupont a déclaré que la fermeture de l'usine n'a pas été discutée.", "fr", [("Anne Dupont", .person)])
        #expect(fr.first?.kind == .indirect)
        #expect(fr.first?.text == "la fermeture de l'usine n'a pas été discutée")
        let gap = quotes("Luc Moreau a déclaré à Reuters que les pêcheurs sont victimes d'une injustice.", "fr",
                         [("Luc Moreau", .person), ("Reuters", .organisation)])
        #expect(gap.first?.text == "les pêcheurs sont victimes d'une injustice")
        #expect(gap.first?.speaker == "Luc Moreau")
        let en = quotes("The spokesman told reporters that the talks would resume on Monday.", "en")
        #expect(en.first?.text == "the talks would resume on Monday")
        let bare = quotes("Sarah Collins said she believes moving the festival has a clear benefit.", "en", [("Sarah Collins", .person)])
        #expect(bare.first?.text == "she believes moving the festival has a clear benefit")
        let ru = quotes("Конашенков заявил, что Шляхтуров освобождён от должности.", "ru", [("Конашенков", .person), ("Шляхтуров", .person)])
        #expect(ru.first?.text == "Шляхтуров освобождён от должности")
        #expect(ru.first?.speaker == "Конашенков")
    }

    @Test func reportedClauseAfterItsCue() {
        let fr = quotes("Un cycliste de 40 ans a été blessé sur une route de campagne, indique le ministère de l'Intérieur.", "fr",
                        [("ministère de l'Intérieur", .organisation)])
        #expect(fr.first?.text == "Un cycliste de 40 ans a été blessé sur une route de campagne")
        #expect(fr.first?.speaker == "ministère de l'Intérieur")
    }

    // MARK: Precision

    @Test func notQuotes() {
        #expect(quotes("Dupont s'est félicité de la baisse du chômage en Bretagne.", "fr", [("Dupont", .person)]).isEmpty)
        #expect(quotes("Il a publié la vidéo « Silent Harbour » sur internet.", "fr").isEmpty)
        #expect(quotes("Des Polonais servaient de « mules » au réseau.", "fr").isEmpty)
        #expect(quotes("A fan going by the name \"The Night Baker\" was there.", "en").isEmpty)
        #expect(quotes("Ирвин известен передачей «Охотник на крокодилов» на телевидении.", "ru").isEmpty)
        #expect(quotes("Il a lu le roman « Le Seigneur des anneaux et la Communauté de l'anneau » hier.", "fr").isEmpty)
        #expect(quotes("Le club l'a nommée « marraine de la jeunesse et du sport au même titre que son frère » .", "fr").isEmpty)
        #expect(quotes("Об этом сообщает \"Интерфакс\".", "ru", [("Интерфакс", .organisation)]).isEmpty)
        #expect(quotes("Cette hypothèse n'a jamais pu être confirmée jusqu'à ce que le laboratoire s'y intéresse.", "fr").isEmpty)
        #expect(quotes("Lisbonne a salué un signe de la détermination des Portugais à « garder leurs ports ouverts ».", "fr").isEmpty)
    }

    // MARK: Adversarial

    @Test func unbalancedQuotes() {
        let text = "Il a dit : « Nous verrons bien ce qui arrive.\n\nLe lendemain, le ministre a démissionné sans explication."
        let found = quotes(text, "fr")
        #expect(found.allSatisfy { !$0.text.contains("démissionné") })
        let stray = quotes("He said \" and then nothing else happened for a very long time.\n\nThe end.", "en")
        #expect(stray.allSatisfy { !$0.text.contains("The end") })
    }

    @Test func quoteMarkInsideAWord() {
        let found = quotes("Aujourd'hui, il n'a rien dit. Don't worry, it's fine, l'homme s'est tu.", "fr")
        #expect(found.isEmpty)
        let en = quotes("The students' union and the teachers' union met. She said: \"It's over, don't worry about it.\"", "en")
        #expect(en.count == 1)
        #expect(en.first?.text == "It's over, don't worry about it.")
    }

    @Test func quoteAtTheVeryEndOfTheText() {
        let found = quotes("Le ministre a déclaré : « Nous ne céderons jamais", "fr")
        #expect(found.isEmpty)
        let closed = quotes("Le ministre a déclaré : « Nous ne céderons jamais »", "fr")
        #expect(closed.first?.text == "Nous ne céderons jamais")
        #expect(quotes("He said \"", "en").isEmpty)
        #expect(quotes("«", "ru").isEmpty)
    }

    @Test func emptyQuote() {
        #expect(quotes("Il a dit : «  » puis il est parti.", "fr").isEmpty)
        #expect(quotes("He said \"\" and left.", "en").isEmpty)
        #expect(quotes("", "en").isEmpty)
    }

    @Test func hundredKilobyteQuote() {
        let sentence = "Nous avons travaillé sans relâche pour la paix et la sécurité de tous. "
        let body = String(repeating: sentence, count: 100_000 / sentence.count + 1)
        let text = "Le président a déclaré : « " + body + "» Puis il est parti."
        let found = quotes(text, "fr")
        #expect(found.count == 1)
        #expect((found.first?.text.count ?? 0) >= 100_000)
        // Stray marks by the thousand, and one endless sentence full of quotes: still one pass.
        let stray = String(repeating: "\u{2018}", count: 20_000) + String(repeating: "\u{BB} ", count: 20_000)
        #expect(quotes(stray, "fr").isEmpty)
        let endless = String(repeating: "il a dit « nous viendrons demain sans faute » puis ", count: 3_000)
        #expect(quotes(endless, "fr").count >= 3_000)
        // Many short quotes, many stray marks: still one pass.
        let many = String(repeating: "Il a dit : « Oui, nous viendrons demain. » Elle a dit \" non. ", count: 2_000)
        #expect(quotes(many, "fr").count >= 2_000)
    }
}

/// Every prefix and suffix of real articles: cut quotes, cues without speakers, marks at the
/// very end. Nothing may crash and every span must lie in the text.
@Suite struct QuoteFinderTruncationTests {
    @Test func truncatedArticlesNeverCrash() throws {
        var records = try StatementTestSupport.goldRecords("seed.jsonl")
        records += try StatementTestSupport.goldRecords("wikinews-dev-ru.jsonl").prefix(2)
        records += try StatementTestSupport.goldRecords("wikinews-dev-fr.jsonl").prefix(3)
        let extra = "— Nous verrons, dit-il. « Oui », a dit \"Non\" — сказал он, — according to \u{201C}"
        for record in records + [GoldRecord(id: "x", lang: "fr", text: extra)] {
            let scalars = Array(record.text.unicodeScalars)
            var cut = 0
            while cut <= scalars.count {
                for piece in [Array(scalars[0..<cut]), Array(scalars[cut...])] {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: piece)
                    let text = String(view)
                    let analysis = StatementTestSupport.analyze(text, language: record.lang ?? "fr", entities: [("Kremlin", .organisation), ("Josh Ernest", .person)])
                    for quote in analysis.quotes {
                        #expect(quote.span.end <= piece.count && quote.span.start >= 0)
                        if let actor = quote.actor { #expect(actor < analysis.actors.count) }
                    }
                }
                cut += 13
            }
        }
    }
}

/// Inputs the analyzer fuzzer crashed on, kept as they were found (Fuzz/AnalyzerFuzz.swift: the
/// first byte picks the language hint, '"' is "und").
@Suite struct AnalyzerFuzzRegressionTests {
    /// A quotation closed after "said." and a capitalised word: its sentence now ends at the
    /// closing mark, and the cue search after it ran past that end into a parenthesis.
    @Test func aParenthesisPastTheSentenceEnd() throws {
        let data = try #require(Data(base64Encoded: "IlRoZSBzaXR1YXRpb24gaXMgZGlmZmljdWx01NkgSm9obiBLZXJyeSBzYWlkLiAiQnV0IHdlIHdpbGwgKGVlcCB0YWxrg9GA0IvQuw=="))
        let text = String(decoding: data, as: UTF8.self)
        let analysis = ArticleAnalyzer().analyze(Article(id: "fuzz", title: "fuzz", language: "und", text: text))
        for quote in analysis.quotes { #expect(quote.span.start >= 0 && quote.span.end <= text.unicodeScalars.count) }
    }
}
