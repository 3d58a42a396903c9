/// One actor's set of word keys: a sorted slice of a `CueWordKeySets` table, searched by halves.
struct CueWordKeySet {
    let keys: ArraySlice<UInt64>

    var isEmpty: Bool { keys.isEmpty }

    func contains(_ key: CueWordKey) -> Bool {
        var lo = keys.startIndex, hi = keys.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key.value { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.endIndex && keys[lo] == key.value
    }
}
