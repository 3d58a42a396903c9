/// One sentence of a CoNLL-U file as the treebank has it: its syntactic words (ids 1…n) and its
/// multiword-token lines ("1-2 au" over "à" "le"). Empty nodes ("8.1") are not kept: the basic
/// tree (HEAD/DEPREL) never points at them.
public struct CoNLLUSentence: Sendable, Equatable {
    public struct Word: Sendable, Equatable {
        public var form: String
        public var upos: String
        /// 0 for the root, else the 1-based id of the head word.
        public var head: Int
        public var relation: String
        /// The FEATS column ("Case=Nom|Number=Sing", "_" for none).
        public var features: String
        public init(form: String, upos: String, head: Int, relation: String, features: String = "_") {
            self.form = form; self.upos = upos; self.head = head; self.relation = relation; self.features = features
        }

        /// The value of one morphological feature ("Case" → "Nom"), if present.
        public func feature(_ name: String) -> Substring? {
            for item in features.split(separator: "|") {
                guard let eq = item.firstIndex(of: "="), item[..<eq] == name else { continue }
                return item[item.index(after: eq)...]
            }
            return nil
        }
    }

    /// A surface token spanning the words `first...last` (1-based ids).
    public struct MultiwordToken: Sendable, Equatable {
        public var first: Int
        public var last: Int
        public var form: String
        public init(first: Int, last: Int, form: String) { self.first = first; self.last = last; self.form = form }
    }

    public var words: [Word] = []
    public var multiwordTokens: [MultiwordToken] = []
    public init(words: [Word] = [], multiwordTokens: [MultiwordToken] = []) {
        self.words = words; self.multiwordTokens = multiwordTokens
    }
}
