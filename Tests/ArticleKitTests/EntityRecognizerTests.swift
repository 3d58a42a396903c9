import Foundation
import Testing
@testable import ArticleKit

@Suite struct EntityRecognizerTests {
    func entities(_ text: String, lang: String? = nil) -> [(String, String)] {
        var analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: lang)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        return analysis.entities.map { ($0.text, $0.type.rawValue) }
    }

    func has(_ found: [(String, String)], _ text: String, _ type: String) -> Bool {
        found.contains { $0.0 == text && $0.1 == type }
    }

    @Test func shippedModelLoads() throws {
        let model = try #require(TaggerModel.shipped)
        #expect(model.weights.count == (1 << model.rowBits) * TagSet.count)
        #expect(model.data().count < 25_000_000)
    }

    @Test func tagsAFixtureSentence() {
        let found = entities("Le ministre Jean Dupont a rencontré Angela Merkel à Berlin, selon l'agence Reuters.")
        #expect(has(found, "Jean Dupont", "PER"))
        #expect(has(found, "Angela Merkel", "PER"))
        #expect(has(found, "Berlin", "LOC"))
        #expect(has(found, "Reuters", "ORG"))
        #expect(!found.contains { $0.0.hasPrefix("Le") || $0.0.contains("ministre") })
    }

    @Test func organisationsHeadsAndNumbers() {
        let orgs = entities("Microsoft and Google signed the deal with the Labour Party near the Kellan Bridge.", lang: "en")
        #expect(has(orgs, "Microsoft", "ORG"))
        #expect(has(orgs, "Google", "ORG"))
        #expect(!orgs.contains { $0.0 == "Microsoft and Google" })
        #expect(has(orgs, "Labour Party", "ORG"))
        #expect(has(orgs, "Kellan Bridge", "LOC"))
        let fr = entities("Le roi Louis XIV a reçu les dirigeants de l'Association des pêcheurs artisanaux du Sénégal et ceux de Sanofi.", lang: "fr")
        #expect(has(fr, "Louis XIV", "PER"))
        #expect(has(fr, "Association des pêcheurs artisanaux du Sénégal", "ORG"))
        #expect(has(fr, "Sanofi", "ORG"))
        let ru = entities("Пожар произошёл в Новгородской области, сообщили в Минобороны.", lang: "ru")
        #expect(has(ru, "Новгородской области", "LOC"))
        #expect(has(ru, "Минобороны", "ORG"))
    }

    @Test func newsRules() {
        let found = entities("Le conseiller de la maison Blanche Tom Becker a répondu. Le ministre des finances ALLEMAND, Karl Weber, était là.")
        #expect(has(found, "maison Blanche", "ORG"))
        #expect(has(found, "Tom Becker", "PER"))
        #expect(has(found, "ALLEMAND", "MISC"))
        #expect(has(found, "Karl Weber", "PER"))
        let kremlin = entities("Selon le Kremlin, les troupes russes quittent la Syrie.")
        #expect(has(kremlin, "Kremlin", "ORG"))
        #expect(has(kremlin, "Syrie", "LOC"))
        #expect(!kremlin.contains { $0.0 == "russes" })
    }

    @Test func frenchNewsConventions() {
        let found = entities("La Cour de cassation a rejeté le pourvoi. Le Front de gauche et la CGT ont réagi, "
            + "selon B. Obama et Marine Le Pen, venus à Columbus.")
        #expect(has(found, "Cour de cassation", "ORG"))
        #expect(has(found, "Front de gauche", "ORG"))
        #expect(has(found, "CGT", "ORG"))
        #expect(has(found, "B. Obama", "PER"))
        #expect(has(found, "Marine Le Pen", "PER"))
        #expect(has(found, "Columbus", "LOC"))
        // "M." is Monsieur, not an initial: it stays out of the name.
        #expect(!entities("Selon M. Dupont, rien ne change.").contains { $0.0.hasPrefix("M.") })
    }

    @Test func englishAndRussian() {
        let en = entities("President Barack Obama met Vladimir Putin in Moscow on Monday, the White House said.")
        #expect(has(en, "Barack Obama", "PER"))
        #expect(has(en, "Moscow", "LOC"))
        #expect(has(en, "White House", "ORG"))
        let ru = entities("Президент России Владимир Путин провёл переговоры в Москве.")
        #expect(has(ru, "Владимир Путин", "PER"))
    }

    @Test func seedAcceptance() throws {
        let gold = try sharedRecords("gold/seed.jsonl")
        let predicted = gold.map { record -> GoldRecord in
            var analysis = TextAnalyzer().analyze(ScalarText(record.text), languageHint: nil)
            analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
            #expect(analysis.language == "fr")
            return GoldRecord(article: record.article, analysis: analysis)
        }
        let report = Evaluator().evaluate(gold: gold, predicted: predicted)
        let core = report.entities(types: EvaluationReport.coreTypes)
        #expect(core.truePositives == 33 && core.falsePositives == 0 && core.falseNegatives == 0)
        #expect(report.fragments.truePositives == 2 && report.fragments.falsePositives == 0)
    }

    @Test func modelFormatRoundTripsAndRejectsJunk() throws {
        let model = TaggerModel(rowBits: 4, floatWeights: (0..<(16 * TagSet.count)).map { Float($0) - 70 })
        let copy = try TaggerModel(data: model.data())
        #expect(copy.weights == model.weights && copy.rowBits == 4 && copy.scale == model.scale)
        #expect(throws: TaggerModel.FormatError.self) { try TaggerModel(data: Data("not a model".utf8)) }
        var truncated = model.data()
        truncated.removeLast(2)
        #expect(throws: TaggerModel.FormatError.self) { try TaggerModel(data: truncated) }
    }
}
