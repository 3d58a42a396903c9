import Foundation
import Testing
@testable import ArticleKit

/// Helpers for the statement tests: analyse a text with entities given by the test (the stub
/// recogniser finds none before the entities work is merged).
enum StatementTestSupport {
    /// The records of a gold file in ../shared/gold; the test fails when it is missing.
    static func goldRecords(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [GoldRecord] {
        try sharedRecords("gold/\(name)", sourceLocation: sourceLocation)
    }

    /// Analysis of a gold record with its gold entities injected.
    /// `dropEvery`: drop one entity in that many (a recogniser's misses), 0 for none.
    static func analyze(_ record: GoldRecord, withEntities: Bool = true, dropEvery: Int = 0) -> Analysis {
        let text = ScalarText(record.text)
        var analysis = TextAnalyzer().analyze(text, languageHint: record.lang)
        let kept = (withEntities ? record.entities ?? [] : []).enumerated().filter { dropEvery == 0 || $0.offset % dropEvery != 1 }.map(\.element)
        analysis.entities = kept.compactMap { e in
            guard let type = EntityType(rawValue: e.type) else { return nil }
            return Entity(span: TextSpan(e.start, e.end), type: type, text: text[TextSpan(e.start, e.end)])
        }
        StatementAnalyzer().analyze(&analysis)
        return analysis
    }

    /// Analysis of a fixture sentence; entities are given as (surface, type) and found by text.
    static func analyze(_ string: String, language: String, entities: [(String, EntityType)] = []) -> Analysis {
        let text = ScalarText(string)
        var analysis = TextAnalyzer().analyze(text, languageHint: language)
        var found: [Entity] = []
        let scalars = text.scalars
        // Longest surfaces first, so "Barack Obama" is not taken as "Obama".
        for (surface, type) in entities.sorted(by: { $0.0.count > $1.0.count }) {
            let needle = Array(surface.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            var i = 0
            while i + needle.count <= scalars.count {
                if Array(scalars[i..<(i + needle.count)]) == needle {
                    let span = TextSpan(i, i + needle.count)
                    if !found.contains(where: { $0.span.overlaps(span) }) { found.append(Entity(span: span, type: type, text: surface)) }
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        analysis.entities = found.sorted { $0.span < $1.span }
        StatementAnalyzer().analyze(&analysis)
        return analysis
    }

    /// Scores of a gold file, entities injected, at the given overlap.
    static func evaluate(_ records: [GoldRecord], overlap: Double, withEntities: Bool = true, dropEvery: Int = 0) -> EvaluationReport {
        let predicted = records.map { GoldRecord(article: $0.article, analysis: analyze($0, withEntities: withEntities, dropEvery: dropEvery)) }
        return Evaluator(quoteOverlap: overlap).evaluate(gold: records, predicted: predicted)
    }
}
