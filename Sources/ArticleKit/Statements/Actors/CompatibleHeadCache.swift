/// The full names a name was found to be part of, kept for the next mention written with the
/// same words: a short name repeated through a text ("Dupont" after many "… Dupont") is then
/// compared with the full names once, not at every mention. An entry holds while the chains of
/// full names it was computed from have not grown.
struct CompatibleHeadCache {
    /// Only names compared with at least this many full names are kept (others cost little).
    static let minimumPool = 16

    private struct Entry {
        let representative: Int
        let chainSizes: (Int, Int)
        let heads: [Int]
    }
    private var entries: [UInt64: Entry] = [:]

    /// The heads kept under `key` for a name with the same words as `isSame` confirms, if the
    /// chains still have `chainSizes` heads.
    func heads(_ key: UInt64, chainSizes: (Int, Int), isSame: (Int) -> Bool) -> [Int]? {
        guard !entries.isEmpty, let entry = entries[key], entry.chainSizes == chainSizes,
              isSame(entry.representative) else { return nil }
        return entry.heads
    }

    mutating func store(_ key: UInt64, representative: Int, chainSizes: (Int, Int), heads: [Int]) {
        entries[key] = Entry(representative: representative, chainSizes: chainSizes, heads: heads)
    }
}
