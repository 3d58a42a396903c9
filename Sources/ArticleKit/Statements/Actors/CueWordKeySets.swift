/// The word-key sets of all the actors, built one after the other into one sorted-by-set array:
/// no hashing, and one allocation for all the actors instead of one per actor.
struct CueWordKeySets {
    private var keys: [UInt64] = []
    /// Start of each finished set in `keys`, and the end of the last.
    private var bounds = [0]

    mutating func reserve(keys: Int, sets: Int) {
        self.keys.reserveCapacity(keys)
        bounds.reserveCapacity(sets + 1)
    }

    /// Adds a key to the set being built (duplicates allowed; one just added is skipped, as
    /// an actor's mentions often repeat a name).
    mutating func insert(_ key: CueWordKey) {
        if keys.count > bounds[bounds.count - 1], keys[keys.count - 1] == key.value { return }
        keys.append(key.value)
    }

    /// Finishes the set being built: sorted, each key once.
    mutating func endSet() {
        let start = bounds[bounds.count - 1]
        if keys.count - start > 1 {
            // Through one buffer: each `swapAt` and store on the array checked its uniqueness.
            let unique = keys.withUnsafeMutableBufferPointer { buffer in Self.sortUnique(buffer, from: start) }
            keys.truncate(to: unique)
        }
        bounds.append(keys.count)
    }

    /// Sorts `keys[start...]` and moves each key once to its front; returns the new end.
    private static func sortUnique(_ keys: UnsafeMutableBufferPointer<UInt64>, from start: Int) -> Int {
        let end = keys.count
        if end - start <= 32 {
            // Insertion sort in place: an actor has a handful of words.
            for i in (start + 1)..<end {
                let key = keys[i]
                var j = i
                while j > start, keys[j - 1] > key { keys[j] = keys[j - 1]; j -= 1 }
                keys[j] = key
            }
        } else {
            var tail = UnsafeMutableBufferPointer(rebasing: keys[start...])
            tail.sort()
        }
        var unique = start
        for i in start..<end where unique == start || keys[unique - 1] != keys[i] {
            keys[unique] = keys[i]
            unique += 1
        }
        return unique
    }

    /// The set of actor `a` (the `a`-th finished).
    subscript(a: Int) -> CueWordKeySet { CueWordKeySet(keys: keys[bounds[a]..<bounds[a + 1]]) }
}

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
