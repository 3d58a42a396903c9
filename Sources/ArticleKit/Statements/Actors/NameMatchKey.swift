/// Keys under which a full name's words are filed so that a shorter name finds every full name
/// it may be part of by its rarest word, not by comparing with every full name sharing one word.
/// Two words `ActorGrouper` counts as the same share a key: a Latin word only its equal (the
/// word's own key); a Cyrillic word also its other case forms, which share a prefix as long as
/// `ActorGrouper.same` asks (at least three letters, at most four fewer than the word), so a
/// Cyrillic word is filed under each prefix length a word two letters longer or shorter would look up.
enum NameMatchKey {
    /// The key a word is looked up by (a word of one letter, an initial, has none).
    static func lookup(_ word: ActorGrouper.NameWord, _ scalars: some ScalarReader) -> UInt64 {
        word.cyrillic ? prefixKey(word, prefixLength(word.length), scalars) : word.key.value
    }

    /// Appends the keys a full name's word is filed under.
    static func keys(of word: ActorGrouper.NameWord, _ scalars: some ScalarReader, into out: inout [UInt64]) {
        guard word.cyrillic else { out.append(word.key.value); return }
        for p in prefixLength(word.length - 2)...prefixLength(word.length + 2) {
            out.append(prefixKey(word, p, scalars))
        }
    }

    /// Letters two forms of a word of `length` letters share at least.
    private static func prefixLength(_ length: Int) -> Int { max(3, length - 4) }

    /// The case-folded first `p` letters (all of a shorter word), tagged with `p`.
    private static func prefixKey(_ word: ActorGrouper.NameWord, _ p: Int, _ scalars: some ScalarReader) -> UInt64 {
        var hash = CueWordKey.mix(CueWordKey.empty.value, 0x11_0000 + UInt32(p))
        for i in word.start..<(word.start + min(p, word.length)) { hash = CueWordKey.mix(hash, CueWordKey.fold(scalars[i])) }
        return hash
    }
}
