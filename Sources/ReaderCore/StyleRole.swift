/// What a cell shows, by meaning; a theme maps each role to colours and attributes.
/// Roles layer: a cell holds a set of them (an entity inside a quote keeps both).
public enum StyleRole: Int, CaseIterable, Sendable, Hashable {
    case text = 0
    case title
    case statusBar
    case statusDim
    case message
    case error
    case entityPerson
    case entityOrganisation
    case entityLocation
    case entityOther
    case quoteDirect
    case quoteIndirect
    case quoteCurrent
    case speaker
    /// A speaker shown as a guess (see `SpeakerCertainty`); right after `speaker` so it paints over
    /// it and under the actor filter's and search's highlights.
    case speakerUncertain
    case actorMention
    case foreign
    case searchMatch
    case selection
    case panelBorder
    case panelTitle
    case panelText
    case panelDim
    case panelFocus
    case helpKey
    case controlPicture
    /// The current search match (on top of searchMatch).
    case searchCurrent
    /// The cursor row of a panel that does not have the focus.
    case selectionInactive
    /// The search prompt being typed.
    case prompt

    /// The name used in theme files.
    public var name: String {
        switch self {
        case .text: "text"
        case .title: "title"
        case .statusBar: "status_bar"
        case .statusDim: "status_dim"
        case .message: "message"
        case .error: "error"
        case .entityPerson: "entity_person"
        case .entityOrganisation: "entity_organisation"
        case .entityLocation: "entity_location"
        case .entityOther: "entity_other"
        case .quoteDirect: "quote_direct"
        case .quoteIndirect: "quote_indirect"
        case .quoteCurrent: "quote_current"
        case .speaker: "speaker"
        case .speakerUncertain: "speaker_uncertain"
        case .actorMention: "actor_mention"
        case .foreign: "foreign"
        case .searchMatch: "search_match"
        case .selection: "selection"
        case .panelBorder: "panel_border"
        case .panelTitle: "panel_title"
        case .panelText: "panel_text"
        case .panelDim: "panel_dim"
        case .panelFocus: "panel_focus"
        case .helpKey: "help_key"
        case .controlPicture: "control_picture"
        case .searchCurrent: "search_current"
        case .selectionInactive: "selection_inactive"
        case .prompt: "prompt"
        }
    }
}

/// A set of roles on one cell, in `StyleRole` order (later roles paint over earlier ones).
public struct StyleSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }
    public init(_ role: StyleRole) { rawValue = 1 << UInt64(role.rawValue) }
    public init(_ roles: [StyleRole]) { rawValue = roles.reduce(0) { $0 | (1 << UInt64($1.rawValue)) } }

    public func contains(_ role: StyleRole) -> Bool { rawValue & (1 << UInt64(role.rawValue)) != 0 }
    public mutating func insert(_ role: StyleRole) { self.formUnion(StyleSet(role)) }
    public mutating func remove(_ role: StyleRole) { self.subtract(StyleSet(role)) }

    public var roles: [StyleRole] { StyleRole.allCases.filter { contains($0) } }
}
