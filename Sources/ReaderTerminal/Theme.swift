import ReaderCore

/// Colours and attributes of one role. `foreground256`/`background256` are optional overrides
/// for 256-colour and 24-bit terminals (older themes give a named colour plus an index).
public struct RoleStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var foreground256: Int?
    public var background256: Int?
    public var attributes: Set<TextAttribute>
    public var monoAttributes: Set<TextAttribute>

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, foreground256: Int? = nil,
                background256: Int? = nil, attributes: Set<TextAttribute> = [], monoAttributes: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.foreground256 = foreground256
        self.background256 = background256
        self.attributes = attributes
        self.monoAttributes = monoAttributes
    }

    /// Attributes with colours on. A role that sets no colour and no attribute (the mono theme's)
    /// keeps its monochrome look, so a colourless theme still marks everything on a colour terminal.
    var colourAttributes: Set<TextAttribute> {
        let colourless = foreground == nil && background == nil && foreground256 == nil && background256 == nil
        return colourless && attributes.isEmpty ? monoAttributes : attributes
    }

    /// The colour to use on terminals with many colours: the 256 override, else the colour.
    func richForeground() -> TerminalColor? { foreground256.map(Self.color) ?? foreground }
    func richBackground() -> TerminalColor? { background256.map(Self.color) ?? background }

    private static func color(_ index: Int) -> TerminalColor { index < 0 ? .terminalDefault : .indexed(index) }
}

/// What a cell looks like once its roles are combined for a colour mode. Colours are curses
/// colour numbers (-1: the terminal's default; in `.direct` mode, 8 and above are packed RGB).
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: Int
    public var background: Int
    public var attributes: Set<TextAttribute>
}

/// A mapping from style roles to styles, read from a theme file.
public struct Theme: Sendable {
    public var name: String
    public var roles: [StyleRole: RoleStyle]
    /// One line saying what the theme is for.
    public var description: String
    /// Painted behind everything when set; otherwise the terminal's own background shows.
    public var background: TerminalColor?
    /// The background the theme is designed for (for the contrast check and previews); not painted.
    public var canvas: TerminalColor?

    public init(name: String, roles: [StyleRole: RoleStyle], description: String = "",
                background: TerminalColor? = nil, canvas: TerminalColor? = nil) {
        self.name = name
        self.roles = roles
        self.description = description
        self.background = background
        self.canvas = canvas
    }

    /// Layers the roles of a cell in `StyleRole` order: colours of later roles win, attributes add up.
    public func resolve(_ style: StyleSet, mode: ColorMode) -> ResolvedStyle {
        var result = ResolvedStyle(foreground: -1, background: -1, attributes: [])
        if mode != .monochrome, let background { result.background = Self.number(background, mode: mode) }
        for role in style.roles {
            guard let spec = roles[role] else { continue }
            switch mode {
            case .monochrome:
                result.attributes.formUnion(spec.monoAttributes)
            case .eight, .sixteen:
                if let fg = spec.foreground { result.foreground = Self.number(fg, mode: mode) }
                if let bg = spec.background { result.background = Self.number(bg, mode: mode) }
                result.attributes.formUnion(spec.colourAttributes)
            case .extended, .direct:
                if let fg = spec.richForeground() { result.foreground = Self.number(fg, mode: mode) }
                if let bg = spec.richBackground() { result.background = Self.number(bg, mode: mode) }
                result.attributes.formUnion(spec.colourAttributes)
            }
        }
        if mode == .eight {
            // Bright indices (8-15) are not portable on 8-colour terminals: fold them and keep them bold.
            if result.foreground > 7 { result.foreground -= 8; result.attributes.insert(.bold) }
            if result.background > 7 { result.background -= 8 }
        }
        return result
    }

    /// The colour number for `color` on a terminal of `mode`: the colour itself when the terminal
    /// has it, else the nearest one it has (bright colours on 8-colour terminals fold later).
    static func number(_ color: TerminalColor, mode: ColorMode) -> Int {
        switch (color, mode) {
        case (.terminalDefault, _): return -1
        case (_, .monochrome): return -1
        case (.indexed(let i), .eight), (.indexed(let i), .sixteen):
            return i < 16 ? i : XtermPalette.nearest(to: XtermPalette.rgb(of: i), among: 16)
        case (.indexed(let i), .extended): return i
        case (.indexed(let i), .direct): return i < 8 ? i : XtermPalette.rgb(of: i).packed
        case (.rgb(let rgb), .eight), (.rgb(let rgb), .sixteen): return XtermPalette.nearest(to: rgb, among: 16)
        case (.rgb(let rgb), .extended): return XtermPalette.nearest(to: rgb, among: 256)
        // Packed values below 8 would mean ANSI colours to a direct-colour terminal: nudge them.
        case (.rgb(let rgb), .direct): return max(8, rgb.packed)
        }
    }
}
