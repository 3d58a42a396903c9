/// The word-key sets of all the actors, built one after the other into one sorted-by-set array:
/// no hashing, and one allocation for all the actors instead of one per actor.
struct CueWordKeySets {
    private var keys: [UInt64] = []
    /// Start of each finished set in `keys`, and the end of the last.
    private var bounds = [0]

    /// Adds a key to the set being built (duplicates allowed).
    mutating func insert(_ key: CueWordKey) { keys.append(key.value) }

    /// Finishes the set being built: sorted, each key once.
    mutating func endSet() {
        let start = bounds[bounds.count - 1]
        if keys.count - start > 1 {
            if keys.count - start <= 32 {
                // Insertion sort in place: an actor has a handful of words.
                for i in (start + 1)..<keys.count {
                    var j = i
                    while j > start, keys[j - 1] > keys[j] { keys.swapAt(j - 1, j); j -= 1 }
                }
            } else {
                keys[start...].sort()
            }
            var unique = start
            for i in start..<keys.count where unique == start || keys[unique - 1] != keys[i] {
                keys[unique] = keys[i]
                unique += 1
            }
            keys.removeLast(keys.count - unique)
        }
        bounds.append(keys.count)
    }

    /// The set of actor `a` (the `a`-th finished).
    subscript(a: Int) -> CueWordKeySet { CueWordKeySet(keys: keys[bounds[a]..<bounds[a + 1]]) }
}
