/// The type of a span: by its head word, one type per name in a text, acronyms, nationality words.
extension EntityRules {
    func harmoniseTypes(_ spans: inout [Span], _ v: [UInt32], _ tokens: [Token]) {
        var votes = HashTable<UInt64>(capacity: spans.count, empty: 0)
        var keys = [UInt64](repeating: 0, count: spans.count)
        for (i, s) in spans.enumerated() where !s.forced && s.type != .miscellaneous {
            var h = s.hash
            if h == 0 {   // (a true hash of 0 is computed again: the same 0)
                h = Gazetteer.seed
                for j in s.range { h = Gazetteer.extend(h, v, tokens[j].span, classes) }
            }
            keys[i] = h
            // Three 16-bit counters (PER, ORG, LOC) in one word.
            votes.set(h, 1 << UInt64(16 * s.type.tagIndex)) { $0 &+ $1 }
        }
        for i in spans.indices where keys[i] != 0 {
            guard let packed = votes.get(keys[i]) else { continue }
            guard packed != 1 << UInt64(16 * spans[i].type.tagIndex) else { continue }   // seen once, or only this way
            let mine = (packed >> UInt64(16 * spans[i].type.tagIndex)) & 0xFFFF
            var best = spans[i].type, bestCount = mine
            for t in 0..<3 {
                let c = (packed >> UInt64(16 * t)) & 0xFFFF
                if c > bestCount { best = TagSet.types[t]; bestCount = c }
            }
            spans[i].type = best
        }
    }

    /// II–XXXIX (two or more of I, V, X) or the French ordinals "Ier", "Ire".
    static func isRegnalNumber(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 2, t.span.length <= 6 else { return false }
        if t.span.length == 3, v[t.span.start] == 0x49, (v[t.span.start + 1] == 0x65 && v[t.span.start + 2] == 0x72)
            || (v[t.span.start + 1] == 0x72 && v[t.span.start + 2] == 0x65) { return true }  // Ier, Ire
        for k in t.span.start..<t.span.end where v[k] != 0x49 && v[k] != 0x56 && v[k] != 0x58 { return false }
        return true
    }

    /// Head words that decide the type of a multi-word name, whatever the tagger said: the last
    /// word in English ("Tower Bridge", "Labour Party", "Booker Prize"), the first in French
    /// ("Pont Neuf", "Parti radical", "Prix Goncourt"). Only heads whose type is (nearly) always
    /// the same in the training corpora; ambiguous ones (Center, Hall, Hotel, Museum, Bank) are left out.
    static let lastHeads: HashTable<EntityType> = {
        var m = HashTable<EntityType>(capacity: 64, empty: .miscellaneous)
        for w in WordLists.english.words("name-last-heads-loc") { m.set(hashOf(w), .location) }
        for w in WordLists.english.words("name-last-heads-org") { m.set(hashOf(w), .organisation) }
        for w in WordLists.english.words("name-last-heads-misc") { m.set(hashOf(w), .miscellaneous) }
        return m
    }()

    static let firstHeads: HashTable<EntityType> = {
        var m = HashTable<EntityType>(capacity: 64, empty: .miscellaneous)
        for w in WordLists.french.words("name-first-heads-loc") { m.set(hashOf(w), .location) }
        for w in WordLists.french.words("name-first-heads-org") { m.set(hashOf(w), .organisation) }
        for w in WordLists.french.words("name-first-heads-misc") { m.set(hashOf(w), .miscellaneous) }
        return m
    }()

    func typeByHead(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> EntityType? {
        guard s.range.count >= 2 else { return nil }
        let first = tokens[s.range.lowerBound], last = tokens[s.range.upperBound - 1]
        if last.kind == .word, last.span.length >= 2, classes.isUpper(v[last.span.start]),
           let t = Self.lastHeads.get(lowerHash(v, last)) { return t }
        if first.kind == .word, first.span.length >= 3, classes.isUpper(v[first.span.start]),
           let t = Self.firstHeads.get(lowerHash(v, first)) { return t }
        return nil
    }

    /// A nationality word, or a compound of them ("Russo-américaine").
    func isDemonym(_ v: [UInt32], _ t: Token, hash: UInt64? = nil) -> Bool {
        if gaz.isLexicon(hash ?? lowerHash(v, t), .demonym) { return true }
        // A single part was just looked up: only hyphenated words go on.
        guard (t.span.start..<t.span.end).contains(where: { v[$0] == 0x2D }) else { return false }
        var start = t.span.start, parts = 0
        for i in t.span.start...t.span.end where i == t.span.end || v[i] == 0x2D {
            guard i > start else { return false }
            let h = Gazetteer.extend(Gazetteer.seed, v, TextSpan(start, i), classes)
            guard gaz.isLexicon(h, .demonym) else { return false }
            parts += 1
            start = i + 1
        }
        return parts >= 2
    }
}
