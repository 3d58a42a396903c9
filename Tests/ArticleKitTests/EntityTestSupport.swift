@testable import ArticleKit

/// The recogniser run as the pipeline runs it, for the entity tests: the text layer, then the
/// recogniser over its analysis.
enum EntityTestSupport {
    static func recognize(_ text: String, lang: String?) -> [Entity] {
        var analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: lang)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        return analysis.entities
    }

    /// Whether `found` holds an entity with this text and type.
    static func has(_ found: [Entity], _ text: String, _ type: EntityType) -> Bool {
        found.contains { $0.text == text && $0.type == type }
    }
}
