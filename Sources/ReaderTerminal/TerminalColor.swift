/// A colour as a theme names it; `-1` is the terminal's own default colour.
public struct TerminalColor: Hashable, Sendable {
    public let index: Int

    public init(index: Int) { self.index = index }

    public static let `default` = TerminalColor(index: -1)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "default", one of the eight ANSI names, or "bright-NAME" (8–15).
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" { index = -1; return }
        if let i = Self.names.firstIndex(of: lower) { index = i; return }
        if lower.hasPrefix("bright-"), let i = Self.names.firstIndex(of: String(lower.dropFirst(7))) {
            index = 8 + i
            return
        }
        return nil
    }
}

/// A text attribute a role can ask for.
public enum TextAttribute: String, CaseIterable, Sendable, Hashable {
    case bold, dim, underline, reverse, italic, standout
}
