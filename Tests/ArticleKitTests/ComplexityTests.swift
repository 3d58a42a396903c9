import Testing
@testable import ArticleKit

/// Each pathological input through the whole pipeline at two sizes, n and 2n: the analysis
/// must stay linear, its cost growing at most 3× when the input doubles (a quadratic stage
/// makes it 4×). Sizes are chosen so that one run takes tens of milliseconds in a debug build.
@Suite(.serialized) struct ComplexityTests {
    static let limit = 3.0
    /// The first analysis loads the model and the lexicons: done once, outside the timings.
    static let warmUp: Void = { _ = ArticleAnalyzer().analyze(Article(id: "w", title: "", text: "Jean Dupont a dit : « Oui. »")) }()

    func expectLinear(n: Int, _ make: (Int) -> String, sourceLocation: SourceLocation = #_sourceLocation) {
        _ = Self.warmUp
        let small = Article(id: "p", title: "", text: make(n)), large = Article(id: "p", title: "", text: make(2 * n))
        let meter = GrowthMeter()
        // A growth above the limit is measured again before it counts: a quadratic stage
        // exceeds it every time, a burst of load on the machine seldom twice.
        var costs: (small: Double, large: Double) = (0, 0)
        for _ in 0..<3 {
            costs = (meter.cost { _ = ArticleAnalyzer().analyze(small) }, meter.cost { _ = ArticleAnalyzer().analyze(large) })
            if costs.large <= Self.limit * costs.small { return }
        }
        Issue.record("cost grew \(costs.large / costs.small)× for 2× input (n: \(costs.small) s, 2n: \(costs.large) s)",
                     sourceLocation: sourceLocation)
    }

    @Test func repeatedName() { expectLinear(n: 4_000, PathologicalText.repeatedName) }
    @Test func distinctCapitalisedNames() { expectLinear(n: 2_000, PathologicalText.distinctNames) }
    @Test func distinctPeopleOfOneFamilyName() { expectLinear(n: 1_000, PathologicalText.sharedFamilyName) }
    @Test func familyNameAloneAfterManyFullNames() { expectLinear(n: 600, PathologicalText.familyNameAfterFullNames) }
    @Test func organisationsSharingAnAcronym() { expectLinear(n: 600, PathologicalText.sharedAcronym) }
    @Test func quotesByDistinctSpeakers() { expectLinear(n: 1_000, PathologicalText.quotesByDistinctSpeakers) }
    @Test func quotesAttributedByPronouns() { expectLinear(n: 500, PathologicalText.pronounQuotes) }
    @Test func collectiveQuotesAfterManyHolders() { expectLinear(n: 300, PathologicalText.collectiveQuotes) }
    @Test func russianNamesInAnotherCase() { expectLinear(n: 300, PathologicalText.russianNameForms) }
    @Test func singleLineWithoutLineBreak() { expectLinear(n: 2_000, PathologicalText.singleLine) }
    @Test func wordsWithoutPunctuation() { expectLinear(n: 20_000, PathologicalText.wordsWithoutPunctuation) }
    @Test func oneWordParagraphs() { expectLinear(n: 5_000, PathologicalText.oneWordParagraphs) }
    @Test func unclosedGuillemets() { expectLinear(n: 10_000) { PathologicalText.unclosedQuotes($0, mark: "« ") } }
    @Test func unclosedStraightQuotes() { expectLinear(n: 10_000) { PathologicalText.unclosedQuotes($0, mark: "\"") } }
    @Test func unclosedCurlyQuotes() { expectLinear(n: 10_000) { PathologicalText.unclosedQuotes($0, mark: "“") } }
    @Test func nestedGuillemets() { expectLinear(n: 40_000, PathologicalText.nestedGuillemets) }
}
