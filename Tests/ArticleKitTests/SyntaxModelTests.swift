import Foundation
import Testing
@testable import ArticleKit

@Suite struct SyntaxModelTests {
    /// Each language's model must ship: a missing file fails here with the path and the command
    /// that rebuilds it.
    @Test(arguments: ["fr", "en", "ru"]) func shippedModelIsPresent(language: String) {
        do {
            let model = try SyntaxModel.loadShipped(language: language)
            #expect(model.language == language)
            #expect(model.tags.contains("NOUN") && model.relations.contains("nsubj"))
        } catch {
            Issue.record("Sources/ArticleKit/Resources/syntax/\(language).bin cannot be loaded (\(error)); rebuild it with `swift run -c release verbatim-train train-syntax`")
        }
    }

    @Test func missingModelNamesTheFile() {
        do {
            _ = try SyntaxModel.loadShipped(language: "xx")
            Issue.record("a model for xx was found")
        } catch {
            #expect("\(error)".contains("Resources/syntax/xx.bin"))
        }
        #expect(SyntaxAnalyzer.shared(for: "xx") == nil)
    }

    /// A tiny treebank, written for this test.
    static func treebank() throws -> [SurfaceSentence] {
        var text = ""
        let nouns = ["ministre", "maire", "juge", "président"], verbs = ["a dit", "a déclaré", "a affirmé"]
        for (i, noun) in nouns.enumerated() {
            for (j, verb) in verbs.enumerated() {
                let v = verb.split(separator: " ")
                text += """
                1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_
                2\t\(noun)\t_\tNOUN\t_\t_\t4\tnsubj\t_\t_
                3\t\(v[0])\t_\tAUX\t_\t_\t4\taux:tense\t_\t_
                4\t\(v[1])\t_\tVERB\t_\t_\t0\troot\t_\t_
                5\t\(i + j)\t_\tNUM\t_\t_\t4\tobj\t_\t_
                6\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_


                """
            }
        }
        return try CoNLLUReader().sentences(in: text).map { SurfaceSentence($0) }
    }

    static func smallOptions() -> SyntaxTrainer.Options {
        var o = SyntaxTrainer.Options()
        o.taggerRowBits = 10; o.actionRowBits = 10; o.labelRowBits = 9; o.folds = 2
        return o
    }

    @Test func trainingIsDeterministicAndTheFormatRoundTrips() throws {
        let sentences = try Self.treebank()
        let first = SyntaxTrainer(options: Self.smallOptions()).train(language: "fr", source: "test", sentences: sentences).0.data()
        let second = SyntaxTrainer(options: Self.smallOptions()).train(language: "fr", source: "test", sentences: sentences).0.data()
        #expect(first == second)
        let model = try SyntaxModel(data: first)
        #expect(model.data() == first)
        #expect(model.source == "test")
        // And it learned its treebank.
        let score = SyntaxScore(SyntaxAnalyzer(model: model), on: sentences)
        #expect(score.tagAccuracy > 0.95)
        #expect(score.las > 0.95)
    }

    @Test func damagedModelIsRejected() throws {
        let data = SyntaxTrainer(options: Self.smallOptions()).train(language: "fr", source: "t", sentences: try Self.treebank()).0.data()
        #expect(throws: (any Error).self) { try SyntaxModel(data: data.prefix(data.count - 3)) }
        var wrongMagic = data
        wrongMagic[0] = 0
        #expect(throws: (any Error).self) { try SyntaxModel(data: wrongMagic) }
    }
}
