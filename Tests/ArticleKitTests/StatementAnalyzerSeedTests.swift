import Foundation
import Testing
@testable import ArticleKit

/// The acceptance test of the quotations issue on ../shared/gold/seed.jsonl, with the gold
/// entities injected (the full pipeline test comes with the entities work).
@Suite struct StatementAnalyzerSeedTests {
    private func seed(sourceLocation: SourceLocation = #_sourceLocation) throws -> GoldRecord? {
        try StatementTestSupport.goldRecords("seed.jsonl", sourceLocation: sourceLocation).first
    }

    @Test func allNineQuotesAndNoOther() throws {
        let record = try #require(try seed())
        let report = StatementTestSupport.evaluate([record], overlap: 0.5)
        if ProcessInfo.processInfo.environment["QUOTES_DEBUG"] != nil {
            let analysis = StatementTestSupport.analyze(record)
            for q in analysis.quotes {
                print("SEED [\(q.kind.rawValue)] \(q.span) cue=\(q.cue) spk=\(q.speaker ?? "-") alt=\(q.speakerAlternatives) (\(q.speakerMentionText ?? "-")) | \(q.text.prefix(60))")
            }
            for a in analysis.actors { print("ACTOR \(a.name) [\(a.type.rawValue)] role=\(a.role ?? "-") aliases=\(a.aliases) quotes=\(a.quotes)") }
            print(StatementReport.format(analysis, title: "seed"))
        }
        #expect(report.quotes.truePositives == 9)
        #expect(report.quotes.falsePositives == 0)
        #expect(report.quotes.falseNegatives == 0)
    }

    @Test func allNineSpeakers() throws {
        let record = try #require(try seed())
        let report = StatementTestSupport.evaluate([record], overlap: 0.5)
        #expect(report.speakers.total == 9)
        #expect(report.speakers.correct == 9)
    }

    @Test func quoteKinds() throws {
        let record = try #require(try seed())
        let analysis = StatementTestSupport.analyze(record)
        #expect(analysis.quotes.filter { $0.kind == .direct }.count == 3)
        #expect(analysis.quotes.filter { $0.kind == .indirect }.count == 6)
        #expect(analysis.quotes.contains { $0.cue.lowercased() == "selon" && $0.speaker == "Kremlin" })
    }

    @Test func elevenActorsWithoutDuplicates() throws {
        let record = try #require(try seed())
        let analysis = StatementTestSupport.analyze(record)
        let names = analysis.actors.map { $0.name.lowercased() }
        let gold = Set((record.actors ?? []).map { $0.name.lowercased() })
        #expect(Set(names) == gold)
        #expect(names.count == Set(names).count)
        let putin = analysis.actors.first { $0.name == "Vladimir Poutine" }
        #expect(putin?.aliases.contains("Poutine") == true)
        #expect(putin?.role == "président de la Russie")
        let ernest = analysis.actors.first { $0.name == "Josh Ernest" }
        #expect(ernest?.quotes.count == 3)
    }
}
