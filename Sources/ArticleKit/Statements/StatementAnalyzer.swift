/// The statement passes: fills `analysis.quotes` and `analysis.actors` from the text and the
/// entities already in the analysis (ARCHITECTURE.md, passes 8–12).
public struct StatementAnalyzer: Sendable {
    public init() {}

    public func analyze(_ analysis: inout Analysis) {
        let doc = StatementDocument(text: analysis.text, language: analysis.language, entities: analysis.entities)
        let grouping = ActorGrouper().group(doc)
        let candidates = QuoteFinder().find(doc)
        (analysis.quotes, analysis.actors) = QuoteAssembler().assemble(candidates, grouping: grouping, doc: doc)
    }
}
