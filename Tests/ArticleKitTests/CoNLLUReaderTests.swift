import Testing
@testable import ArticleKit

@Suite struct CoNLLUReaderTests {
    /// Hand-written: comments, a multiword token that its words do not spell ("au" = "à le"), one
    /// they do spell ("don't" = "do n't"), an empty node, and two sentences.
    static let snippet = """
    # newdoc id = test
    # sent_id = 1
    # text = Il va au marché.
    1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
    2\tva\taller\tVERB\t_\t_\t0\troot\t_\t_
    3-4\tau\t_\t_\t_\t_\t_\t_\t_\t_
    3\tà\tà\tADP\t_\t_\t5\tcase\t_\t_
    4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
    5\tmarché\tmarché\tNOUN\t_\t_\t2\tobl:mod\t_\tSpaceAfter=No
    5.1\tallé\taller\tVERB\t_\t_\t_\t_\t2:conj\t_
    6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

    # sent_id = 2
    1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_
    2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_
    3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_

    """

    @Test func readsWordsMultiwordTokensAndSkipsEmptyNodesAndComments() throws {
        let sentences = try CoNLLUReader().sentences(in: Self.snippet)
        #expect(sentences.count == 2)
        let first = sentences[0]
        #expect(first.words.map(\.form) == ["Il", "va", "à", "le", "marché", "."])
        #expect(first.words.map(\.head) == [2, 0, 5, 5, 2, 2])
        #expect(first.words[4].relation == "obl:mod")
        #expect(first.multiwordTokens == [.init(first: 3, last: 4, form: "au")])
        #expect(sentences[1].words.map(\.upos) == ["AUX", "PART", "VERB"])
    }

    @Test func surfaceTokensMergeOnlyWhatTheWordsDoNotSpell() throws {
        let sentences = try CoNLLUReader().sentences(in: Self.snippet)
        let french = SurfaceSentence(sentences[0])
        #expect(french.forms == ["Il", "va", "au", "marché", "."])
        #expect(french.tags == ["PRON", "VERB", "ADP", "NOUN", "PUNCT"])
        #expect(french.heads == [2, 0, 4, 2, 2])                      // "au" → "marché", now token 4
        #expect(french.relations == ["nsubj", "root", "case", "obl", "punct"])  // obl:mod reduced
        let english = SurfaceSentence(sentences[1])
        #expect(english.forms == ["do", "n't", "go"])                 // split as the tokenizer splits it
        #expect(english.heads == [3, 3, 0])
    }

    @Test func passiveAndAgentSubtypesAreKept() {
        #expect(SurfaceSentence.reduced("nsubj:pass") == "nsubj:pass")
        #expect(SurfaceSentence.reduced("obl:agent") == "obl:agent")
        #expect(SurfaceSentence.reduced("acl:relcl") == "acl")
    }

    @Test func malformedLineIsReportedWithItsNumber() {
        #expect(throws: CoNLLUReader.ReadError.self) { try CoNLLUReader().sentences(in: "# c\n1\tx\n") }
    }
}
