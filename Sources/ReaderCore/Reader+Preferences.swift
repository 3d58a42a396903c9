import ArticleKit

extension Reader {
    /// Start-up settings from the user's config: panels, highlighting, and the key table.
    public static func applyPreferences(_ state: inout ReaderState, showActors: Bool, showStatements: Bool,
                                        showEntities: Bool, entityKinds: Set<EntityType> = Set(EntityType.allCases),
                                        showQuotes: Bool,
                                        measure: Int = ScreenLayout.defaultMeasure,
                                        panelWidths: ScreenLayout.PanelWidths = .init()) {
        state.measure = max(20, measure)
        state.panelWidths = panelWidths
        state.showActors = showActors
        state.showStatements = showStatements
        state.showEntities = showEntities
        state.entityKinds = entityKinds
        state.showQuotes = showQuotes
        normalize(&state)
    }
}
