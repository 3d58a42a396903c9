/// Key names as a user writes them in the config ("n", "Ctrl-D", "PgDn", "F1") and as help shows them.
public enum KeyName {
    private static let named: [String: KeyEvent] = [
        "space": .character(" "), "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "backspace": .backspace, "delete": .delete, "del": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
    ]

    /// The event a name means, or nil when it names no key.
    public static func parse(_ name: String) -> KeyEvent? {
        if name.count == 1, let c = name.first, !c.isWhitespace, !(c.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) {
            return .character(c)
        }
        let lower = name.lowercased()
        if let event = named[lower] { return event }
        for prefix in ["ctrl-", "c-"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isASCII, c.isLetter { return .control(c) }
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        return nil
    }

    /// How the config writes a key (arrows by name, so the file stays ASCII).
    public static func configName(_ event: KeyEvent) -> String {
        switch event {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        default: label(event)
        }
    }

    /// How help shows a key.
    public static func label(_ event: KeyEvent) -> String {
        switch event {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        case .mouse: "mouse"
        }
    }
}
