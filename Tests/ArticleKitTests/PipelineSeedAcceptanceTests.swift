import Foundation
import Testing
@testable import ArticleKit

/// The whole pipeline, text in, on the sample article: it must match the hand-made answer key
/// in every part (issues 4 and 5 acceptance), with nothing from the key given to it.
@Suite struct PipelineSeedAcceptanceTests {
    static func seedReport() throws -> (EvaluationReport, GoldRecord, Analysis) {
        let gold = try #require(try sharedRecords("gold/seed.jsonl").first)
        var article = gold.article
        article.language = nil
        let analysis = ArticleAnalyzer().analyze(article)
        let report = Evaluator().evaluate(gold: [gold], predicted: [GoldRecord(article: article, analysis: analysis)])
        return (report, gold, analysis)
    }

    @Test func entitiesFragmentsAndLanguageAreExact() throws {
        let (report, _, analysis) = try Self.seedReport()
        #expect(analysis.language == "fr")
        let core = report.entities(types: EvaluationReport.coreTypes)
        #expect(core.truePositives == 33 && core.falsePositives == 0 && core.falseNegatives == 0)
        #expect(report.entities().f1 == 1)
        #expect(report.fragments.truePositives == 2 && report.fragments.f1 == 1)
    }

    @Test func everyQuoteAndSpeakerIsFoundAndNothingElse() throws {
        let (report, gold, analysis) = try Self.seedReport()
        #expect(report.quotes.truePositives == 9 && report.quotes.falsePositives == 0)
        #expect(report.speakers.correct == 9 && report.speakers.total == 9)
        #expect(analysis.quotes.filter { $0.kind == .direct }.count == 3)
        #expect(analysis.quotes.filter { $0.kind == .indirect }.count == 6)
        #expect(analysis.quotes.contains { $0.cue == "selon" })
        #expect(gold.quotes?.count == 9)
    }

    @Test func elevenActorsWithoutDuplicates() throws {
        let (report, _, analysis) = try Self.seedReport()
        #expect(report.actors.truePositives == 11 && report.actors.falsePositives == 0)
        let names = analysis.actors.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count)
        // No actor is another's surname alone.
        for actor in analysis.actors where actor.name.contains(" ") {
            let surname = actor.name.split(separator: " ").last!.lowercased()
            #expect(!names.contains(surname), "\(surname) is a duplicate of \(actor.name)")
        }
        // Each quote's actor lists the quote among its statements.
        for (index, quote) in analysis.quotes.enumerated() {
            if let actor = quote.actor { #expect(analysis.actors[actor].quotes.contains(index)) }
        }
    }

    @Test func analysisIsDeterministic() throws {
        let article = try #require(try sharedRecords("gold/seed.jsonl").first).article
        #expect(ArticleAnalyzer().analyze(article) == ArticleAnalyzer().analyze(article))
    }
}
