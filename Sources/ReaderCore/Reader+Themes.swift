extension Reader {
    /// Moves to the next theme; the terminal layer sees `themeIndex` change and repaints.
    static func cycleTheme(_ state: inout ReaderState) {
        guard state.themeNames.count > 1 else {
            state.message = "only one theme (add themes in ~/.config/verbatim/themes/)"
            return
        }
        state.themeIndex = (state.themeIndex + 1) % state.themeNames.count
        state.message = "theme: \(state.themeNames[state.themeIndex]) (t for the next)"
    }

    /// Puts the theme list in place, starting at `current` (added when absent).
    public static func setThemes(_ state: inout ReaderState, names: [String], current: String) {
        var names = names
        if !names.contains(current) { names.insert(current, at: 0) }
        state.themeNames = names
        state.themeIndex = names.firstIndex(of: current) ?? 0
    }
}
