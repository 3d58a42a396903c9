/// The search prompt being typed in the message line.
public struct SearchPrompt: Hashable, Sendable {
    /// True for `?` (search backward).
    public var backward: Bool
    public var text: String = ""
}

/// An active search: its matches (scalar ranges, in reading order) and the current one.
public struct SearchState: Hashable, Sendable {
    public var query: String
    public var backward: Bool
    public var matches: [Range<Int>]
    public var current: Int?
}
