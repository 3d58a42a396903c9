/// BIO tags over the four entity types: 0 = O, then B-X and I-X for PER, ORG, LOC, MISC.
/// (BIO rather than BILOU: 9 tags instead of 17 halves the scoring work per token, and the
/// Viterbi constraint "I-X only after B-X/I-X" keeps every decoded span well formed.)
public enum TagSet {
    public static let count = 9
    public static let types: [EntityType] = [.person, .organisation, .location, .miscellaneous]
    public static let outside = 0

    @inline(__always) public static func begin(_ typeIndex: Int) -> Int { 1 + 2 * typeIndex }
    @inline(__always) public static func inside(_ typeIndex: Int) -> Int { 2 + 2 * typeIndex }
    @inline(__always) public static func typeIndex(_ tag: Int) -> Int { (tag - 1) / 2 }
    @inline(__always) public static func isBegin(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 1 }
    @inline(__always) public static func isInside(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 0 }

    public static func typeIndex(of type: EntityType) -> Int { types.firstIndex(of: type)! }

    /// Whether `tag` may follow `previous`.
    @inline(__always) public static func allowed(_ previous: Int, _ tag: Int) -> Bool {
        !isInside(tag) || (previous != outside && typeIndex(previous) == typeIndex(tag))
    }
}

extension EntityType {
    /// Index in `TagSet.types`, without searching it.
    var tagIndex: Int {
        switch self {
        case .person: 0
        case .organisation: 1
        case .location: 2
        case .miscellaneous: 3
        }
    }
}
