import ReaderCore

/// Colours and attributes of one role, with its 256-colour and monochrome variants.
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
}

/// What a cell looks like once its roles are combined for a colour mode.
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: Int
    public var background: Int
    public var attributes: Set<TextAttribute>
}

/// A mapping from style roles to styles, read from a theme file.
public struct Theme: Sendable {
    public var name: String
    public var roles: [StyleRole: RoleStyle]

    public init(name: String, roles: [StyleRole: RoleStyle]) {
        self.name = name
        self.roles = roles
    }

    /// Layers the roles of a cell in `StyleRole` order: colours of later roles win, attributes add up.
    public func resolve(_ style: StyleSet, mode: ColorMode) -> ResolvedStyle {
        var result = ResolvedStyle(foreground: -1, background: -1, attributes: [])
        for role in style.roles {
            guard let spec = roles[role] else { continue }
            switch mode {
            case .monochrome:
                result.attributes.formUnion(spec.monoAttributes)
            case .eight, .extended:
                let extended = mode == .extended
                if let fg = (extended ? spec.foreground256 : nil) ?? spec.foreground?.index { result.foreground = fg }
                if let bg = (extended ? spec.background256 : nil) ?? spec.background?.index { result.background = bg }
                result.attributes.formUnion(spec.attributes)
            }
        }
        if mode == .eight {
            // Bright indices (8-15) are not portable on 8-colour terminals: fold them and keep them bold.
            if result.foreground > 7 { result.foreground -= 8; result.attributes.insert(.bold) }
            if result.background > 7 { result.background -= 8 }
        }
        return result
    }
}
