import ReaderCore

/// One line showing a theme in its own colours, as SGR escape sequences (for `verbatim themes`).
public enum ThemePreview {
    /// Sample words and the role each is drawn in.
    static let samples: [(String, StyleRole)] = [
        ("text", .text), ("Person", .entityPerson), ("Organisation", .entityOrganisation), ("Place", .entityLocation),
        ("other", .entityOther), ("“direct”", .quoteDirect), ("reported", .quoteIndirect), ("current", .quoteCurrent),
        ("Speaker", .speaker), ("inostranny", .foreign), ("match", .searchMatch), (" status ", .statusBar),
    ]

    public static func line(_ theme: Theme, mode: ColorMode) -> String {
        var out = ""
        for (index, (word, role)) in samples.enumerated() {
            if index > 0 { out += sgr(theme.resolve(StyleSet(.text), mode: mode), mode: mode) + " " }
            out += sgr(theme.resolve(StyleSet([.text, role]), mode: mode), mode: mode) + word
        }
        return out + "\u{1B}[0m"
    }

    /// The sample words without colours (NO_COLOR, or output to a file).
    public static func plainLine() -> String { samples.map(\.0).joined(separator: " ") }

    /// The escape sequence that selects `style` after a reset.
    public static func sgr(_ style: ResolvedStyle, mode: ColorMode) -> String {
        let attributes = Set(style.attributes.map { attribute -> Int in
            switch attribute {
            case .bold: 1
            case .dim: 2
            case .italic: 3
            case .underline: 4
            case .reverse, .standout: 7 // xterm's standout is reverse
            }
        })
        var codes = ["0"] + attributes.sorted().map(String.init)
        codes += color(style.foreground, direct: mode == .direct, base: 30, bright: 90, extended: 38)
        codes += color(style.background, direct: mode == .direct, base: 40, bright: 100, extended: 48)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// In direct mode numbers from 8 up are packed RGB, as curses reads them there.
    private static func color(_ number: Int, direct: Bool, base: Int, bright: Int, extended: Int) -> [String] {
        switch number {
        case 8... where direct: ["\(extended)", "2", "\(number >> 16 & 0xff)", "\(number >> 8 & 0xff)", "\(number & 0xff)"]
        case ..<0: []
        case 0..<8: ["\(base + number)"]
        case 8..<16: ["\(bright + number - 8)"]
        case 16..<256: ["\(extended)", "5", "\(number)"]
        default: ["\(extended)", "2", "\(number >> 16 & 0xff)", "\(number >> 8 & 0xff)", "\(number & 0xff)"]
        }
    }
}
