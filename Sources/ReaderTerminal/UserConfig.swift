import ArticleKit
import ReaderCore

/// The reader's settings after defaults and the user's config.toml, each with where it came from.
public struct UserConfig: Sendable {
    /// The names an entity kind goes by in the config: its word or its tag (`person`, `PER`).
    public static func entityKind(named name: String) -> EntityType? {
        switch name.lowercased() {
        case "person", "per": .person
        case "organisation", "organization", "org": .organisation
        case "location", "loc": .location
        case "other", "misc": .miscellaneous
        default: nil
        }
    }

    /// The config word for an entity kind.
    public static func name(of kind: EntityType) -> String {
        switch kind {
        case .person: "person"
        case .organisation: "organisation"
        case .location: "location"
        case .miscellaneous: "other"
        }
    }

    public var theme = "default"
    public var mouse = true
    public var actors = true
    public var statements = true
    /// Entity kinds highlighted at start (empty: highlighting off).
    public var entities = Set(EntityType.allCases)
    public var quotes = true
    /// The article column's widest measure; extra width goes to the panels.
    public var measure = ScreenLayout.defaultMeasure
    /// Panel widths on wide screens (nil: from the screen width).
    public var actorsWidth: Int?
    public var statementsWidth: Int?
    /// `[keys]` entries in file order: action name and the keys it gets.
    public var keys: [(action: String, keys: [String])] = []
    /// Where each setting came from ("default", or "FILE, line N"), by key ("keys.next_quote" for keys).
    public var origins: [String: String] = [:]

    public init() {}

    public func origin(of key: String) -> String { origins[key] ?? "default" }

    /// The standard keymap with the user's `[keys]` applied.
    public func keymap() throws(KeymapError) -> Keymap {
        keys.isEmpty ? .standard : try Keymap.standard.remapped(keys)
    }
}
