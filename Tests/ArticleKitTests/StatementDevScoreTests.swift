import Foundation
import Testing
@testable import ArticleKit

/// Prints quote and speaker scores on the Wikinews development sets (gold entities injected),
/// and guards against a collapse. Set QUOTES_DEBUG=1 to print every predicted and gold quote.
@Suite(.enabled(if: sharedDirectory() != nil, "../shared/gold is not beside the clone"))
struct StatementDevScoreTests {
    @Test(arguments: ["fr", "en", "ru"]) func devScores(language: String) throws {
        let records = try #require(StatementTestSupport.goldRecords("wikinews-dev-\(language).jsonl"))
        let half = StatementTestSupport.evaluate(records, overlap: 0.5)
        let third = StatementTestSupport.evaluate(records, overlap: 0.3)
        print(String(format: "DEV %@ quotes F1@0.5 %.3f (P %.3f R %.3f) F1@0.3 %.3f exact F1 %.3f speakers %.3f (%d/%d)",
                     language, half.quotes.f1, half.quotes.precision, half.quotes.recall, third.quotes.f1,
                     half.quotesExact.f1, half.speakers.value, half.speakers.correct, half.speakers.total))
        let bare = StatementTestSupport.evaluate(records, overlap: 0.5, withEntities: false)
        print(String(format: "DEV %@ without entities: quotes F1@0.5 %.3f exact F1 %.3f speakers %.3f (%d/%d)",
                     language, bare.quotes.f1, bare.quotesExact.f1, bare.speakers.value, bare.speakers.correct, bare.speakers.total))
        let missed = StatementTestSupport.evaluate(records, overlap: 0.5, dropEvery: 4)
        print(String(format: "DEV %@ one entity in four missed: quotes F1@0.5 %.3f speakers %.3f (%d/%d)",
                     language, missed.quotes.f1, missed.speakers.value, missed.speakers.correct, missed.speakers.total))
        if ProcessInfo.processInfo.environment["QUOTES_DEBUG"] != nil {
            for record in records { dump(record) }
        }
        #expect(half.quotes.f1 > 0.5)
    }

    private func dump(_ record: GoldRecord) {
        let drop = Int(ProcessInfo.processInfo.environment["QUOTES_DEBUG_DROP"] ?? "") ?? 0
        let analysis = StatementTestSupport.analyze(record, dropEvery: drop)
        print("=== \(record.id)")
        let gold = record.quotes ?? []
        for q in analysis.quotes {
            let match = gold.first { g in
                let o = TextSpan(g.start, g.end).overlapLength(with: q.span)
                return Double(o) >= 0.5 * Double(max(g.end - g.start, q.span.length))
            }
            let ok = match == nil ? "FP " : (([match!.speaker ?? ""] + (match!.speakerAlternatives ?? [])).map { $0.lowercased() }.contains((q.speaker ?? "").lowercased()) ? "OK " : "SPK")
            print("\(ok) [\(q.kind.rawValue)] \(q.span) cue=\(q.cue) spk=\(q.speaker ?? "-") (\(q.speakerMentionText ?? "-")) | \(q.text.prefix(70))")
            if let match, ok == "SPK" { print("      gold spk=\(match.speaker ?? "-") (\(match.speakerMention ?? "-"))") }
            if let match, match.start != q.span.start || match.end != q.span.end { print("      gold span \(match.start)..<\(match.end)") }
        }
        for g in gold where !analysis.quotes.contains(where: { q in
            let o = TextSpan(g.start, g.end).overlapLength(with: q.span)
            return Double(o) >= 0.5 * Double(max(g.end - g.start, q.span.length))
        }) {
            print("FN  [\(g.type)] \(g.start)..<\(g.end) cue=\(g.cue ?? "") spk=\(g.speaker ?? "-") | \((g.text ?? "").prefix(70))")
        }
        if ProcessInfo.processInfo.environment["QUOTES_REPORT"] != nil { print(StatementReport.format(analysis, title: record.id)) }
        print("actors: " + analysis.actors.map { $0.name + ($0.role.map { " (\($0))" } ?? "") }.joined(separator: " | "))
    }
}
