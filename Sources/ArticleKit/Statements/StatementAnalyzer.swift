/// Finds quotes, groups actors and resolves speakers.
/// (Stub: the quotations issue replaces it.)
public struct StatementAnalyzer: Sendable {
    public init() {}

    public func analyze(_ analysis: inout Analysis) {}
}
