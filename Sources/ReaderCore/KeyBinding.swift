/// Where a binding applies. The keymap tries the most specific context first.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    /// Anywhere (except while typing a search and in help).
    case global
    /// When the article pane has the focus.
    case article
    /// When the actors or statements panel has the focus.
    case panel
    /// While typing a search in the prompt line.
    case prompt
    /// While the help overlay is shown.
    case help
    /// In the library (the list of open articles).
    case library
    /// While typing the library's filter.
    case libraryFilter
    /// In the archive view (A).
    case archive

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .article: "Article pane"
        case .panel: "Actors / statements panel"
        case .prompt: "Search prompt"
        case .help: "Help"
        case .library: "Library (more than one article)"
        case .libraryFilter: "Library filter"
        case .archive: "Archive view (A)"
        }
    }
}

/// One row of the key table: the keys, how help shows them, what they do, where, and the action.
/// `action` nil marks a row that only documents behaviour the keymap handles itself (typing text,
/// mouse, "any other key").
public struct KeyBinding: Sendable {
    public let keys: [KeyEvent]
    public let label: String
    public let description: String
    public let context: KeyContext
    public let action: Action?

    public init(_ keys: [KeyEvent], _ label: String, _ description: String, _ context: KeyContext, _ action: Action?) {
        self.keys = keys
        self.label = label
        self.description = description
        self.context = context
        self.action = action
    }
}
