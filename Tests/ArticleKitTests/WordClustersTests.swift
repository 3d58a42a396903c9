import Foundation
import Testing
@testable import ArticleKit

/// The word-class tables (Resources/clusters): they load, close words share a class where unrelated
/// words do not, a language without a table has none, and a damaged table is an error.
@Suite struct WordClustersTests {
    func table(_ language: String) throws -> WordClusters {
        try #require(WordClusters.shipped(language: language),
                     "Resources/clusters/\(language).bin is missing: see Tools/word-clusters/README.md")
    }

    @Test(arguments: ["fr", "en", "ru"])
    func shippedTablesLoad(language: String) throws {
        let t = try table(language)
        #expect(t.fineCount > t.coarseCount && t.coarseCount > 1)
    }

    /// Pairs of close words (same fine class) and a word of another kind (another coarse class).
    @Test(arguments: [
        ("fr", "lundi", "mardi", "fromage"), ("fr", "macron", "sarkozy", "pluie"),
        ("en", "monday", "tuesday", "cheese"), ("en", "obama", "clinton", "rain"),
        ("ru", "понедельник", "вторник", "сыр"), ("ru", "газпром", "роснефть", "дождь"),
    ])
    func closeWordsShareAClass(language: String, word: String, close: String, unrelated: String) throws {
        let t = try table(language)
        let a = try #require(t.classes(of: word)), b = try #require(t.classes(of: close))
        let c = try #require(t.classes(of: unrelated))
        #expect(a.fine == b.fine)
        #expect(a.coarse != c.coarse)
    }

    @Test func capitalisedWordsAreLookedUpLowercase() throws {
        let t = try table("fr")
        #expect(t.classes(of: "Lundi")?.fine == t.classes(of: "lundi")?.fine)
    }

    @Test func otherLanguagesHaveNoTable() {
        #expect(WordClusters.shipped(language: "de") == nil)
        #expect(WordClusters.shipped(language: "") == nil)
    }

    @Test func theTaggerSeesTheClassOfACandidate() throws {
        let t = try table("fr")
        let text = "Mardi, Lyon accueille le sommet."
        let v = TextNormalizer().normalize(Array(text.unicodeScalars))
        let tokens = Tokenizer().tokenize(v, in: 0..<v.count)
        let extractor = FeatureExtractor(rowBits: 16)
        var infos: [FeatureExtractor.Info] = [], candidates: [Bool] = [], runs: [Range<Int>] = []
        extractor.describe(v, tokens, 0..<tokens.count, gazetteer: .shared, wordCase: WordCase(v, tokens), clusters: t,
                           into: &infos, candidates: &candidates, runs: &runs)
        let lyon = try #require(tokens.firstIndex { t in
            String(String.UnicodeScalarView(v[t.span.start..<t.span.end].compactMap(Unicode.Scalar.init))) == "Lyon"
        })
        let fine = try #require(t.classes(of: "lyon")?.fine)
        #expect(infos[lyon].cluster == UInt64(fine + 1) | t.languageTag)
        #expect(infos[lyon].cluster != 0)
    }

    @Test func aBuiltTableReadsBack() throws {
        let tsv = "# fine 4 coarse 2\nlundi\t3\t1\nmardi\t3\t1\nfromage\t0\t0\nsaint-denis\t2\t0\nlundi\t1\t1\n"
        let (data, words) = try WordClusters.encode(tsv: tsv)
        #expect(words == 4)   // the second "lundi" keeps the first one's class
        let t = try WordClusters(data: data)
        #expect(t.classes(of: "Lundi")?.fine == 3 && t.classes(of: "lundi")?.coarse == 1)
        #expect(t.classes(of: "fromage")?.fine == 0 && t.classes(of: "fromage")?.coarse == 0)
        #expect(t.classes(of: "Saint-Denis")?.fine == 2)
        #expect(t.classes(of: "jeudi") == nil)
    }

    @Test func damagedTablesAreErrors() throws {
        #expect(throws: WordClusters.FormatError.self) { try WordClusters(data: Data("not a table".utf8)) }
        let (data, _) = try WordClusters.encode(tsv: "lundi\t3\t1\nmardi\t2\t0\n")
        #expect(throws: WordClusters.FormatError.self) { try WordClusters(data: data.prefix(data.count - 3)) }
    }
}
