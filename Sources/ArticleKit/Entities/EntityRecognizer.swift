/// Finds named entities. (Stub: the entities issue replaces it with the trained tagger.)
public final class EntityRecognizer: Sendable {
    public static let shared = EntityRecognizer()

    public func recognize(in analysis: Analysis) -> [Entity] { [] }
}
