import Testing
@testable import ArticleKit

@Suite struct TrainingTests {
    /// Invented names (in no gazetteer) in a few sentence patterns, so only training can teach them.
    static func fixture() -> [TrainingRecord] {
        let people = ["Zorblat Quimbeck", "Ardenia Vossel", "Kelmar Ostrivy", "Tavi Brunnholm"]
        let places = ["Vextrania", "Moldrevia", "Quastelle", "Borvania"]
        let orgs = ["Plonkcorp", "Grimlex", "Tarvonet", "Vulkabank"]
        var records: [TrainingRecord] = []
        for i in 0..<24 {
            let p = people[i % 4], l = places[(i / 4) % 4], o = orgs[(i + 1) % 4]
            var text = "", spans: [TrainingRecord.Span] = []
            func add(_ s: String, _ type: String? = nil) {
                let start = text.unicodeScalars.count
                text += s
                if let type { spans.append(.init(start: start, end: text.unicodeScalars.count, type: type)) }
            }
            if i % 2 == 0 {
                add("Hier, "); add(p, "PER"); add(" est arrivé à "); add(l, "LOC"); add(" pour la société "); add(o, "ORG"); add(".")
            } else {
                add("La société "); add(o, "ORG"); add(" a embauché "); add(p, "PER"); add(" près de "); add(l, "LOC"); add(".")
            }
            records.append(TrainingRecord(id: "\(i)", lang: "fr", text: text, entities: spans))
        }
        return records
    }

    @Test func tinyTrainingRunLearnsTheFixture() throws {
        var options = Trainer.Options()
        options.rowBits = 14
        options.epochs = 8
        var trainer = Trainer(options: options)
        for r in Self.fixture() { trainer.add(r) }
        #expect(trainer.sentenceCount == 24)
        let model = trainer.train()
        // The binary round trip is part of what ships.
        let recognizer = EntityRecognizer(model: try TaggerModel(data: model.data()))
        var correct = 0, total = 0
        for record in Self.fixture() {
            let analysis = TextAnalyzer().analyze(ScalarText(record.text), languageHint: "fr")
            let found = Set(recognizer.recognize(in: analysis).map { "\($0.span.start)-\($0.span.end)-\($0.type.rawValue)" })
            for e in record.entities {
                total += 1
                if found.contains("\(e.start)-\(e.end)-\(e.type)") { correct += 1 }
            }
        }
        #expect(correct == total, "learned \(correct) of \(total) entities")
    }

    @Test func trainingIsDeterministic() {
        var options = Trainer.Options()
        options.rowBits = 12
        options.epochs = 3
        var a = Trainer(options: options), b = Trainer(options: options)
        for r in Self.fixture() { a.add(r); b.add(r) }
        #expect(a.train().weights == b.train().weights)
    }

    @Test func untrainedModelFindsOnlyRuleEntities() {
        let recognizer = EntityRecognizer(model: nil)
        let analysis = TextAnalyzer().analyze(ScalarText("Zorblat Quimbeck est arrivé au Kremlin."), languageHint: "fr")
        #expect(recognizer.recognize(in: analysis).map(\.text) == ["Kremlin"])
    }
}
