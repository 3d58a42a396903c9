import Foundation
import Testing
@testable import ArticleKit

/// The shipped models on sentences written for these tests, tokenised as articles are: the
/// subject of the speech verb (what speaker attribution will read) and a few tags.
@Suite struct SyntaxAnalyzerTests {
    struct Parse {
        let words: [String]
        let parsed: [ParsedWord]
        func index(_ word: String) -> Int? { words.firstIndex(of: word) }
        /// The words attached to `head` with `relation`.
        func dependents(of head: String, _ relation: String) -> [String] {
            guard let h = index(head) else { return [] }
            return words.indices.filter { parsed[$0].head == h && parsed[$0].relation == relation }.map { words[$0] }
        }
        func tag(_ word: String) -> String? { index(word).map { parsed[$0].upos } }
    }

    func parse(_ text: String, _ language: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Parse {
        let analyzer = try #require(SyntaxAnalyzer.shared(for: language),
                                    "no syntax model for \(language): Resources/syntax/\(language).bin is missing or unreadable (run `verbatim-train train-syntax`)",
                                    sourceLocation: sourceLocation)
        let words = tokenTexts(text)
        return Parse(words: words, parsed: analyzer.analyze(words: words))
    }

    @Test func frenchSubjectOfTheSpeechVerb() throws {
        let p = try parse("Le ministre a déclaré que la réforme serait votée au printemps.", "fr")
        #expect(p.dependents(of: "déclaré", "nsubj") == ["ministre"])
        #expect(p.tag("ministre") == "NOUN")
        #expect(p.tag("a") == "AUX")
        #expect(p.tag("au") == "ADP")                      // "à le" as one surface token
        #expect(p.dependents(of: "votée", "nsubj:pass") == ["réforme"])
    }

    @Test func frenchSubjectAfterTheVerbInAnInsertedClause() throws {
        let p = try parse("« Nous ne céderons pas », a affirmé le porte-parole du gouvernement.", "fr")
        #expect(p.dependents(of: "affirmé", "nsubj") == ["porte-parole"])
    }

    @Test func englishSubjectOfTheSpeechVerb() throws {
        let p = try parse("The mayor said the bridge would reopen.", "en")
        #expect(p.dependents(of: "said", "nsubj") == ["mayor"])
        #expect(p.tag("said") == "VERB")
        #expect(p.tag("would") == "AUX")
    }

    @Test func englishInvertedSubjectAndPassive() throws {
        let q = try parse("\"We will not give up,\" said the spokeswoman.", "en")
        #expect(q.dependents(of: "said", "nsubj") == ["spokeswoman"])
        let p = try parse("The bill was approved by the Senate.", "en")
        #expect(p.dependents(of: "approved", "nsubj:pass") == ["bill"])
        #expect(p.dependents(of: "approved", "nsubj").isEmpty)    // the bill is not who acted
        #expect(p.dependents(of: "approved", "obl:agent") == ["Senate"])
    }

    @Test func russianSubjectOfTheSpeechVerb() throws {
        let p = try parse("Министр заявил, что реформа будет принята.", "ru")
        #expect(p.dependents(of: "заявил", "nsubj") == ["Министр"])
        #expect(p.tag("заявил") == "VERB")
        let q = try parse("«Мы не отступим», — сказал министр.", "ru")
        #expect(q.dependents(of: "сказал", "nsubj") == ["министр"])
        let r = try parse("Законопроект был принят парламентом.", "ru")
        #expect(r.dependents(of: "принят", "nsubj:pass") == ["Законопроект"])
    }

    @Test func everyWordGetsOneHeadAndOneRoot() throws {
        let p = try parse("Le ministre a déclaré que la réforme serait votée.", "fr")
        #expect(p.parsed.count == p.words.count)
        #expect(p.parsed.filter { $0.head == nil }.count == 1)
        #expect(p.parsed.allSatisfy { ($0.head ?? 0) < p.words.count })
        #expect(try parse("", "en").parsed.isEmpty)
    }
}
