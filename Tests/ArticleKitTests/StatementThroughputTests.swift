import Foundation
import Testing
@testable import ArticleKit

/// Prints the statement analyser's throughput on the development articles repeated, at two
/// sizes, to show it stays linear (no timed assertion: benchmarks belong to verbatim-bench).
@Suite struct StatementThroughputTests {
    private func document(copies: Int, records: [GoldRecord]) -> Analysis {
        var text = ""
        var entities: [Entity] = []
        var offset = 0
        for _ in 0..<copies {
            for record in records {
                for e in record.entities ?? [] {
                    guard let type = EntityType(rawValue: e.type) else { continue }
                    entities.append(Entity(span: TextSpan(e.start + offset, e.end + offset), type: type, text: e.text ?? ""))
                }
                text += record.text + "\n\n"
                offset += record.text.unicodeScalars.count + 2
            }
        }
        var analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: "fr")
        analysis.entities = entities
        return analysis
    }

    @Test func linearOnLargeInput() throws {
        let records = ["fr", "en", "ru"].flatMap { StatementTestSupport.goldRecords("wikinews-dev-\($0).jsonl") ?? [] }
        guard !records.isEmpty else { print("skipped: no development set"); return }
        var rates: [Double] = []
        let large = Int(ProcessInfo.processInfo.environment["THROUGHPUT_COPIES"] ?? "") ?? 20
        for copies in [5, large] {
            var analysis = document(copies: copies, records: records)
            let prepared = Date()
            let lexicon = CueLexicon.forLanguage("fr")
            let tokens = StatementTokenizer(lexicon: lexicon).tokenize(analysis.text.scalars)
            let tokenized = Date()
            let doc = StatementDocument(text: analysis.text, language: analysis.language, entities: analysis.entities)
            let documented = Date()
            let grouping = ActorGrouper().group(doc)
            let grouped = Date()
            print(String(format: "THROUGHPUT tokens %.3f s (%d), document %.3f s, actors %.3f s", tokenized.timeIntervalSince(prepared), tokens.count,
                         documented.timeIntervalSince(tokenized), grouped.timeIntervalSince(documented)))
            let found = QuoteFinder().find(doc)
            print(String(format: "THROUGHPUT stages: document %.3f s, actors %.3f s, quotes %.3f s (%d)",
                         grouped.timeIntervalSince(prepared) - 0, 0.0, Date().timeIntervalSince(grouped), found.count))
            _ = grouping
            let start = Date()
            StatementAnalyzer().analyze(&analysis)
            let seconds = Date().timeIntervalSince(start)
            let megabytes = Double(analysis.text.count) / 1_000_000
            rates.append(megabytes / seconds)
            print(String(format: "THROUGHPUT %d copies: %.2f M scalars in %.3f s = %.2f M scalars/s, %d quotes, %d actors",
                         copies, megabytes, seconds, megabytes / seconds, analysis.quotes.count, analysis.actors.count))
            #expect(analysis.quotes.count >= copies * 40)
        }
        // Four times the text should not take much more than four times as long.
        #expect(rates[1] > rates[0] * 0.4)
    }

    /// Article by article, as the benchmark runs the pipeline.
    @Test func perArticle() throws {
        let records = ["fr", "en", "ru"].flatMap { StatementTestSupport.goldRecords("wikinews-dev-\($0).jsonl") ?? [] }
        guard !records.isEmpty else { return }
        var prepared: [Analysis] = records.map { record in
            var analysis = TextAnalyzer().analyze(ScalarText(record.text), languageHint: record.lang)
            analysis.entities = (record.entities ?? []).compactMap { e in
                EntityType(rawValue: e.type).map { Entity(span: TextSpan(e.start, e.end), type: $0, text: e.text ?? "") }
            }
            return analysis
        }
        let rounds = 50
        var scalars = 0
        let start = Date()
        for _ in 0..<rounds {
            for index in prepared.indices {
                var analysis = prepared[index]
                StatementAnalyzer().analyze(&analysis)
                scalars += analysis.text.count
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "THROUGHPUT per article: %.2f M scalars in %.3f s = %.2f M scalars/s", Double(scalars) / 1e6, seconds, Double(scalars) / 1e6 / seconds))
        prepared.removeAll()
    }
}
