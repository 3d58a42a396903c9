/// The lowercased name words of each actor (Russian), as characters, to match another case of a
/// name the recogniser missed ("Алёхина" for "Марию Алёхину"). Built the first time it is asked,
/// into one array of characters (not one array per word).
final class NameForms {
    private let doc: StatementDocument
    private let names: ActorGrouper.NameTable
    private let members: ActorMembers

    /// Characters of all the forms: form `f` is `chars[formStart[f]..<formStart[f + 1]]`, and
    /// actor `a` has the forms `actorStart[a]..<actorStart[a + 1]`.
    private struct Table {
        var chars: [Character] = []
        var formStart = [0]
        var actorStart = [0]
    }
    private lazy var table = build()

    init(doc: StatementDocument, names: ActorGrouper.NameTable, members: ActorMembers) {
        self.doc = doc
        self.names = names
        self.members = members
    }

    var isEmpty: Bool { members.count == 0 }

    /// Actors with a name word that is `word` in another case (Cyrillic, same stem).
    func actors(withForm word: String) -> [Int] {
        let w = Array(word.lowercased())[...]
        let table = self.table
        return (0..<members.count).filter { a in
            (table.actorStart[a]..<table.actorStart[a + 1]).contains { f in
                ActorGrouper.sameStem(table.chars[table.formStart[f]..<table.formStart[f + 1]], w)
            }
        }
    }

    private func build() -> Table {
        var table = Table()
        for a in 0..<members.count {
            for e in members[a] {
                for w in names[e] where w.length > 1 {
                    let start = table.chars.count
                    if let lower = ActorGrouper.fastLowercased(doc.scalars, w.start, w.length) {
                        // Each scalar of the fast path is a character of its own (no marks, no CR LF).
                        for v in lower { table.chars.append(Character(Unicode.Scalar(v)!)) }
                    } else {
                        table.chars += Array(doc.text(TextSpan(w.start, w.start + w.length)).lowercased())
                    }
                    let form = table.chars[start...]
                    // Each form once per actor.
                    let seen = (table.actorStart[a]..<(table.formStart.count - 1)).contains { f in
                        table.chars[table.formStart[f]..<table.formStart[f + 1]].elementsEqual(form)
                    }
                    if seen { table.chars.removeLast(table.chars.count - start) } else { table.formStart.append(table.chars.count) }
                }
            }
            table.actorStart.append(table.formStart.count - 1)
        }
        return table
    }
}
