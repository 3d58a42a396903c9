/// How much colour the terminal (and the user) allows.
public enum ColorMode: Sendable, Hashable {
    /// Attributes only: NO_COLOR, --no-color, or a terminal without colours.
    case monochrome
    case eight
    case extended

    /// Chooses the mode from what the terminal reports and what the user asked for.
    public static func choose(noColorFlag: Bool, environment: [String: String], terminalColors: Int) -> ColorMode {
        // no-color.org: any non-empty NO_COLOR disables colour.
        if noColorFlag || !(environment["NO_COLOR"] ?? "").isEmpty || terminalColors < 8 { return .monochrome }
        return terminalColors >= 256 ? .extended : .eight
    }
}
