/// The lowercased name words of each actor (Russian), to match another case of a name the
/// recogniser missed ("Петрова" for "Анну Петрову"). Built the first time it is asked, into one
/// array of lowercased scalars (not one array per word, and no `Character` per letter).
final class NameForms {
    private let doc: StatementDocument
    private let names: ActorGrouper.NameTable
    private let members: ActorMembers

    /// Form `f` is `units[formStart[f]..<formStart[f + 1]]`, and actor `a` has the forms
    /// `actorStart[a]..<actorStart[a + 1]`. A form in the `fastLowercased` set is its lowercased
    /// scalars, each a character of its own, so comparing scalars is comparing characters; a
    /// form outside it (rare) is kept as characters in `slow`, and compared as characters.
    private struct Table {
        var units: [UInt32] = []
        var formStart = [0]
        var actorStart = [0]
        var slow: [Int: [Character]] = [:]
        /// The actors with a form under each `prefixKey` a form of the same stem is looked up by,
        /// each actor once, in order; and the actors with a slow form, asked always.
        var byPrefix: [UInt64: [Int]] = [:]
        var withSlowForms: [Int] = []
    }
    private lazy var table = build()

    init(doc: StatementDocument, names: ActorGrouper.NameTable, members: ActorMembers) {
        self.doc = doc
        self.names = names
        self.members = members
    }

    var isEmpty: Bool { members.count == 0 }

    /// Actors with a name word that is `word` in another case (Cyrillic, same stem).
    func actors(withForm word: String) -> [Int] { actors(withCharacters: Array(word.lowercased())[...]) }

    /// The same for the word written at `span`, without a String when its letters are in the fast set.
    func actors(withFormAt span: TextSpan) -> [Int] {
        guard let lower = ActorGrouper.fastLowercased(doc.scalars, span.start, span.length) else {
            return actors(withForm: doc.text(span))
        }
        let w = lower[...]
        let table = self.table
        // Only the actors with a form sharing the word's stem prefix (and those with slow forms).
        let key = Self.prefixKey(w, Self.prefixLength(w.count))
        var candidates = table.byPrefix[key] ?? []
        if !table.withSlowForms.isEmpty { candidates = Array(Set(candidates + table.withSlowForms)).sorted() }
        return candidates.filter { a in
            (table.actorStart[a]..<table.actorStart[a + 1]).contains { f in
                // (Most documents have no slow form: no dictionary look-up then.)
                if !table.slow.isEmpty, let chars = table.slow[f] { return ActorGrouper.sameStem(chars[...], Self.characters(w)) }
                return ActorGrouper.sameStem(table.units[table.formStart[f]..<table.formStart[f + 1]], w)
            }
        }
    }

    private func actors(withCharacters w: ArraySlice<Character>) -> [Int] {
        let table = self.table
        return (0..<members.count).filter { a in
            (table.actorStart[a]..<table.actorStart[a + 1]).contains { f in
                let form = table.slow[f].map { $0[...] } ?? Self.characters(table.units[table.formStart[f]..<table.formStart[f + 1]])
                return ActorGrouper.sameStem(form, w)
            }
        }
    }

    /// Letters two forms of a word of `length` letters share at least (see `ActorGrouper.sameStem`).
    private static func prefixLength(_ length: Int) -> Int { max(3, length - 4) }

    /// The first `p` letters of a form (all of a shorter one), tagged with `p`.
    private static func prefixKey(_ form: ArraySlice<UInt32>, _ p: Int) -> UInt64 {
        var hash = CueWordKey.mix(CueWordKey.empty.value, 0x11_0000 + UInt32(p))
        for v in form.prefix(p) { hash = CueWordKey.mix(hash, v) }
        return hash
    }

    /// Fast-set scalars as characters: one each.
    private static func characters(_ units: ArraySlice<UInt32>) -> ArraySlice<Character> {
        units.map { Character(Unicode.Scalar($0)!) }[...]
    }

    /// Appends what `ActorGrouper.fastLowercased` would return, without an array of its own;
    /// false, and `units` as it was, where that returns nil.
    private static func appendLowercased(_ scalars: some ScalarReader, _ start: Int, _ length: Int, to units: inout [UInt32]) -> Bool {
        guard start >= 0, length >= 0, start + length <= scalars.count else { return false }
        let before = units.count
        for k in start..<(start + length) {
            guard let lower = ActorGrouper.lowercasedFast(scalars[k].value) else {
                units.truncate(to: before)
                return false
            }
            units.append(lower)
        }
        return true
    }

    private func build() -> Table {
        var table = Table()
        for a in 0..<members.count {
            for e in members[a] {
                for w in names[e] where w.length > 1 {
                    let start = table.units.count
                    let f = table.formStart.count - 1
                    if Self.appendLowercased(doc.scalars, w.start, w.length, to: &table.units) {
                        // Each form once per actor (a repeat would change no answer, only cost).
                        let form = table.units[start...]
                        let seen = (table.actorStart[a]..<f).contains { g in
                            (table.slow.isEmpty || table.slow[g] == nil)
                                && table.units[table.formStart[g]..<table.formStart[g + 1]].elementsEqual(form)
                        }
                        if seen { table.units.truncate(to: start); continue }
                        // Filed under each prefix a form two letters longer or shorter is looked up by.
                        let length = table.units.count - start
                        for p in Self.prefixLength(length - 2)...Self.prefixLength(length + 2) {
                            let key = Self.prefixKey(table.units[start...], p)
                            if table.byPrefix[key]?.last != a { table.byPrefix[key, default: []].append(a) }
                        }
                    } else {
                        table.slow[f] = Array(doc.text(TextSpan(w.start, w.start + w.length)).lowercased())
                        if table.withSlowForms.last != a { table.withSlowForms.append(a) }
                    }
                    table.formStart.append(table.units.count)
                }
            }
            table.actorStart.append(table.formStart.count - 1)
        }
        return table
    }
}
