import Testing
@testable import ArticleKit

/// The sorted capital positions the rules and the features walk instead of every token.
@Suite struct CapitalIndexTests {
    let index = CapitalIndex(positions: [2, 3, 9, 20])

    @Test func firstAtOrAfter() {
        #expect(index.first(atOrAfter: 0) == 0)
        #expect(index.first(atOrAfter: 3) == 1)
        #expect(index.first(atOrAfter: 4) == 2)
        #expect(index.first(atOrAfter: 21) == 4)
        // From a hint, forward or (falling back to the search) backward.
        #expect(index.first(atOrAfter: 10, from: 1) == 3)
        #expect(index.first(atOrAfter: 3, from: 3) == 1)
        #expect(index.first(atOrAfter: 100, from: 9) == 4)
    }

    /// `next(from:reach:)` yields exactly the tokens whose next capital is at most `reach` away,
    /// as a scan of every token with a next-capital array does.
    @Test func nextMatchesAFullScan() {
        let reach = 3
        var expected: [Int] = []
        for i in 0..<25 {
            if let c = index.positions.first(where: { $0 >= i }), c - i <= reach { expected.append(i) }
        }
        var found: [Int] = []
        var cursor = index.first(atOrAfter: 0)
        var i = 0
        while let j = index.next(from: i, reach: reach, cursor: &cursor), j < 25 {
            found.append(j)
            i = j + 1
        }
        #expect(found == expected)
    }

    /// `forEach(in:skippingFirst:)` visits each sentence's capitals, as filtering the list per
    /// sentence does, the first `skip` tokens of each sentence left out.
    @Test func forEachMatchesAFilterPerSentence() {
        let sentences = [(0, 3), (3, 10), (10, 12), (12, 25)].map { Sentence(span: TextSpan($0.0, $0.1), tokens: $0.0..<$0.1, paragraph: 0) }
        for skip in 0...2 {
            var found: [[Int]] = []
            index.forEach(in: sentences, skippingFirst: skip) { p, s in found.append([p, s.tokens.lowerBound]) }
            let expected = sentences.flatMap { s in
                index.positions.filter { $0 >= s.tokens.lowerBound + skip && $0 < s.tokens.upperBound }.map { [$0, s.tokens.lowerBound] }
            }
            #expect(found == expected, "skip \(skip)")
        }
    }

    /// WordCase lists capitalised words for the rules and name-like words for the tagger.
    @Test func wordCaseLists() {
        let text = "Le iPhone de Apple, et ONU rient"
        let v = text.unicodeScalars.map(\.value)
        let tokens = Tokenizer().tokenize(v, in: 0..<v.count)
        let wordCase = WordCase(v, tokens)
        let words = { (list: [Int]) in list.map { i in String(String.UnicodeScalarView(v[tokens[i].span.start..<tokens[i].span.end].compactMap(Unicode.Scalar.init))) } }
        #expect(words(wordCase.capitals.positions) == ["Le", "Apple", "ONU"])
        #expect(words(wordCase.nameLike.positions) == ["Le", "iPhone", "Apple", "ONU"])
    }
}
