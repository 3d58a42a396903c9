/// The names under which the config's `[keys]` table rebinds actions (`next_quote = ["n", "J"]`).
public enum ActionName {
    /// The config name of a binding's action in its context, nil for rows that cannot be rebound.
    public static func of(_ action: Action, in context: KeyContext) -> String? {
        switch action {
        case .quit: "quit"
        case .showHelp: "help"
        case .focusNext: "focus_next"
        case .focusPrevious: "focus_previous"
        case .next: "next"
        case .previous: "previous"
        case .nextQuote: "next_quote"
        case .previousQuote: "previous_quote"
        case .startSearch(let backward): backward ? "search_backward" : "search"
        case .escape: "escape"
        case .toggleEntities: "toggle_entities"
        case .cycleEntityKinds: "entity_kinds"
        case .toggleQuotes: "toggle_quotes"
        case .cycleTheme: "next_theme"
        case .copyQuote: "copy_quote"
        case .exportStatements(let format): format == .markdown ? "export_markdown" : "export_jsonl"
        case .togglePanel(.actors): "toggle_actors"
        case .togglePanel(.statements): "toggle_statements"
        case .nextDocument: "next_document"
        case .previousDocument: "previous_document"
        case .archive(.show): context == .global ? "archive" : nil
        case .scrollLines(let n): n > 0 ? "scroll_down" : "scroll_up"
        case .scrollPages(let n): n > 0 ? "page_down" : "page_up"
        case .scrollHalfPages(let n): n > 0 ? "half_page_down" : "half_page_up"
        case .scrollToTop: "top"
        case .scrollToBottom: "bottom"
        case .moveSelection(let n): n > 0 ? "next_row" : "previous_row"
        case .moveSelectionPage(let n): n > 0 ? "panel_page_down" : "panel_page_up"
        case .selectFirst: "first_row"
        case .selectLast: "last_row"
        case .activateSelection: "activate"
        case .promptBackspace: "prompt_backspace"
        case .promptConfirm: "prompt_confirm"
        case .promptCancel: "prompt_cancel"
        case .scrollHelp(let n): n == 1 ? "help_down" : n == -1 ? "help_up" : n > 0 ? "help_page_down" : "help_page_up"
        default: nil
        }
    }
}
