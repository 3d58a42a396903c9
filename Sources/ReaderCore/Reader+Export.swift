extension Reader {
    /// y: the current quote with its speaker and the article's title, for the clipboard.
    static func copyQuote(_ state: inout ReaderState) {
        guard let current = state.currentQuote, let text = QuoteCitation.text(state, quote: current) else {
            state.message = "no current quote to copy: n or ] chooses one"
            return
        }
        state.effects.append(.copy(text))
    }

    /// w / W: the article's statements as Markdown or JSON Lines.
    static func exportStatements(_ state: inout ReaderState, format: StatementExport.Format) {
        guard state.analysis != nil else {
            state.message = "still analysing: the statements can be written when the analysis is ready"
            return
        }
        state.effects.append(.write(fileName: StatementExport.fileName(state, format: format),
                                    contents: StatementExport.contents(state, format: format)))
    }

    /// The effects the reducer asked for since the last call, for the terminal layer to perform.
    public static func takeEffects(_ state: inout ReaderState) -> [ReaderEffect] {
        defer { state.effects = [] }
        return state.effects
    }
}
