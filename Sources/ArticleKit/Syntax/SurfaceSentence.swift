/// A treebank sentence over the tokens the project's tokenizer yields, which is what the tagger and
/// parser are trained and run on.
///
/// A multiword token whose words spell it ("do"+"n't" = "don't", "I"+"'m") is kept as its words:
/// the tokenizer splits there too. One whose words do not ("au" = "à"+"le", "du", "auquel") is
/// one token, as the tokenizer leaves it: it takes the tag, head and relation of its first word
/// that attaches outside the token, and arcs into any of its words point at it. So run-time input
/// needs no splitting, at the cost of a tag ("au" is ADP) that hides the article.
public struct SurfaceSentence: Sendable, Equatable {
    public var forms: [String] = []
    /// UPOS, or UPOS|Case with `caseInTags`.
    public var tags: [String] = []
    /// 0 for the root, else the 1-based index of the head token.
    public var heads: [Int] = []
    public var relations: [String] = []

    public init(forms: [String], tags: [String], heads: [Int], relations: [String]) {
        self.forms = forms; self.tags = tags; self.heads = heads; self.relations = relations
    }

    /// `caseInTags` appends the word's grammatical case to its tag ("NOUN|Nom"): the tagger then
    /// predicts case, and the parser sees it, which tells a Russian subject from an object.
    public init(_ sentence: CoNLLUSentence, reduceRelations: Bool = true, caseInTags: Bool = false) {
        let words = sentence.words
        // token[w] = 1-based surface token of word w (1-based); principal[t] = the word that speaks for token t.
        var token = [Int](repeating: 0, count: words.count + 1)
        var principal: [Int] = []
        var merged: [ClosedRange<Int>: String] = [:]
        for m in sentence.multiwordTokens where m.first >= 1 && m.last <= words.count {
            let spelled = words[(m.first - 1)..<m.last].map(\.form).joined()
            if spelled != m.form { merged[m.first...m.last] = m.form }
        }
        var w = 1
        while w <= words.count {
            if let range = merged.keys.first(where: { $0.lowerBound == w }) {
                principal.append(range.first(where: { !range.contains(words[$0 - 1].head) }) ?? range.lowerBound)
                for k in range { token[k] = principal.count }
                forms.append(merged[range]!)
                w = range.upperBound + 1
            } else {
                principal.append(w)
                token[w] = principal.count
                forms.append(words[w - 1].form)
                w += 1
            }
        }
        for p in principal {
            let word = words[p - 1]
            tags.append(caseInTags ? word.feature("Case").map { word.upos + "|" + $0 } ?? word.upos : word.upos)
            heads.append(word.head == 0 ? 0 : token[word.head])
            relations.append(reduceRelations ? Self.reduced(word.relation) : word.relation)
        }
    }

    /// The universal relation without its subtype, except the subtypes that tell a passive or an
    /// agent apart ("nsubj:pass", "obl:agent"): the speaker of "was told by" is not its subject.
    public static func reduced(_ relation: String) -> String {
        guard let colon = relation.firstIndex(of: ":") else { return relation }
        let sub = relation[relation.index(after: colon)...]
        return sub == "pass" || sub == "agent" ? relation : String(relation[..<colon])
    }

    public var count: Int { forms.count }
}
