/// How much colour the terminal (and the user) allows.
public enum ColorMode: Sendable, Hashable {
    /// Attributes only: NO_COLOR, --no-color, or a terminal without colours.
    case monochrome
    case eight
    case sixteen
    case extended
    /// 24-bit colour: `COLORTERM` says truecolor/24bit.
    case direct

    /// Chooses the mode from what the terminal reports and what the user asked for.
    /// `colorFlag` (--color) overrides NO_COLOR; --no-color wins over both.
    public static func choose(noColorFlag: Bool, colorFlag: Bool = false, environment: [String: String],
                              terminalColors: Int) -> ColorMode {
        if noColorFlag || terminalColors < 8 { return .monochrome }
        // no-color.org: NO_COLOR set and non-empty disables colour.
        if !colorFlag, !(environment["NO_COLOR"] ?? "").isEmpty { return .monochrome }
        // A direct-colour terminfo entry (xterm-direct) numbers colours as packed RGB: only the
        // direct mode's numbers mean the right colours there.
        if terminalColors >= 1 << 24 { return .direct }
        if terminalColors >= 256 {
            let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
            return colorTerm == "truecolor" || colorTerm == "24bit" ? .direct : .extended
        }
        return terminalColors >= 16 ? .sixteen : .eight
    }
}
