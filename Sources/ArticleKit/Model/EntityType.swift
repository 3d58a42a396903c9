/// CoNLL entity types, spelled as in the gold format.
public enum EntityType: String, Codable, Sendable, Hashable, CaseIterable {
    case person = "PER"
    case organisation = "ORG"
    case location = "LOC"
    case miscellaneous = "MISC"
}
