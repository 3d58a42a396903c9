/// A set of word keys built once and then only queried: a sorted array searched by halves. Cheaper
/// than `Set` for the few words of each actor (no hashing, one allocation).
struct CueWordKeySet: Sendable {
    private var keys: [UInt64]

    init() { keys = [] }

    /// The set of `unsorted` (duplicates allowed).
    init(_ unsorted: [CueWordKey]) {
        guard !unsorted.isEmpty else { keys = []; return }
        var values: [UInt64] = []
        values.reserveCapacity(unsorted.count)
        // Insertion sort, dropping duplicates: an actor has a handful of words; many are a sort.
        if unsorted.count <= 32 {
            for key in unsorted {
                var i = values.count
                while i > 0, values[i - 1] > key.value { i -= 1 }
                if i > 0, values[i - 1] == key.value { continue }
                values.append(key.value)
                var j = values.count - 1
                while j > i { values.swapAt(j, j - 1); j -= 1 }
            }
        } else {
            for key in unsorted { values.append(key.value) }
            values.sort()
            var unique = 0
            for value in values where unique == 0 || values[unique - 1] != value {
                values[unique] = value
                unique += 1
            }
            values.removeLast(values.count - unique)
        }
        keys = values
    }

    var isEmpty: Bool { keys.isEmpty }

    func contains(_ key: CueWordKey) -> Bool {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key.value { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == key.value
    }
}
