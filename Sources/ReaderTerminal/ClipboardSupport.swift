import Foundation
import ReaderCore

/// Whether the terminal takes OSC 52 (set the clipboard) from a program. There is no portable
/// query, so this goes by the terminal's name: the terminals that support it, and tmux and
/// screen (which pass it on when set-clipboard allows).
public enum ClipboardSupport {
    static let terminalPrefixes = ["xterm", "tmux", "screen", "alacritty", "foot", "wezterm", "kitty", "contour", "ghostty", "st-", "rxvt-unicode"]
    static let programs = ["iTerm.app", "WezTerm", "vscode", "tmux", "ghostty", "WarpTerminal"]

    public static func osc52(environment: [String: String]) -> Bool {
        if let program = environment["TERM_PROGRAM"], programs.contains(program) { return true }
        guard let term = environment["TERM"]?.lowercased() else { return false }
        return terminalPrefixes.contains { term.hasPrefix($0) }
    }

    /// The OSC 52 sequence that puts `text` on the clipboard: control characters are removed
    /// first, so nothing but base64 reaches the terminal between the sequence's own bytes.
    public static func sequence(_ text: String) -> String {
        let clean = ClipboardText.sanitize(text)
        return "\u{1B}]52;c;" + Data(clean.utf8).base64EncodedString() + "\u{07}"
    }
}
