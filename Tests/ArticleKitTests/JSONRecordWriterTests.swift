import Foundation
import Testing
@testable import ArticleKit

/// The hand-written JSON writer must give exactly the bytes Foundation's encoder gives for the
/// same record (sorted keys, slashes unescaped), so consumers of `parse` see no difference.
@Suite struct JSONRecordWriterTests {
    func foundationBytes(_ record: GoldRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(record))
    }

    @Test func matchesJSONEncoderOnAnalysedArticles() throws {
        let texts = [
            "Le porte-parole, Jeanne Marchal, a déclaré : « Nous ne céderons pas. » Selon elle, « rien n'est joué ».",
            "\"Taxes will rise,\" Mr. Hallett said. The mayor told reporters that the bridge would reopen.",
            "Министр заявил, что реформа будет принята. «Это важно», — сказал он.",
            "Controls \u{1}\u{8}\u{C}\t\r\n\u{1B}[2J \u{7F} \u{9B} quote \" backslash \\ slash / \u{2028} 👍🏽 e\u{301}",
            "",
        ]
        let analyzer = ArticleAnalyzer()
        for (index, text) in texts.enumerated() {
            let article = Article(id: "t\(index)/\"x\"", title: "t", source: "a/b.txt", text: text)
            let record = GoldRecord(article: article, analysis: analyzer.analyze(article))
            #expect(JSONRecordWriter.encode(record) == (try foundationBytes(record)), "record \(index)")
        }
    }

    @Test func matchesJSONEncoderOnEveryOptionalFieldAndNumber() throws {
        typealias Q = GoldRecord.QuoteRecord
        var quotes: [Q] = []
        for confidence in [0.0, 1.0, 0.95, 0.7124999999999999, 0.38400000000000006, 1e-7, 0.5] {
            quotes.append(Q(start: 0, end: 1, type: "direct", text: "x", speaker: "S", speakerMention: "s",
                            cue: "dit", speakerAlternatives: ["A", "B"], confidence: confidence))
        }
        quotes.append(Q(start: 1, end: 2, type: "indirect", text: nil, speaker: nil, speakerMention: nil,
                        cue: nil, speakerAlternatives: nil, confidence: nil))
        var pieces = Q(start: 0, end: 3, type: "direct", speaker: "S", speakerEvidence: "pronoun")
        pieces.parts = [[0, 1], [2, 3]]
        quotes.append(pieces)
        let full = GoldRecord(id: "full", lang: "fr", source: "/tmp/x", text: "xyz",
                              entities: [.init(start: 0, end: 1, type: "PER", text: "x"), .init(start: 1, end: 2, type: "LOC", text: nil)],
                              quotes: quotes,
                              actors: [.init(name: "N", type: "PER", aliases: ["a"], role: "r"), .init(name: "M", type: "ORG", aliases: nil, role: nil)],
                              foreignFragments: [.init(start: 0, end: 1, text: "x", script: "Latin", lang: "en"),
                                                 .init(start: 1, end: 2, text: nil, script: nil, lang: nil)])
        let bare = GoldRecord(id: "bare", text: "t")
        for record in [full, bare] {
            #expect(JSONRecordWriter.encode(record) == (try foundationBytes(record)), "\(record.id)")
        }
    }

    @Test func everyControlScalarRoundTrips() throws {
        var view = String.UnicodeScalarView()
        for v in UInt32(0)...0xFF { view.append(Unicode.Scalar(v)!) }
        let record = GoldRecord(id: "controls", text: String(view))
        let bytes = JSONRecordWriter.encode(record)
        #expect(bytes == (try foundationBytes(record)))
        #expect(!bytes.contains { $0 < 0x20 }, "a raw control byte in JSON output")
        #expect(try JSONDecoder().decode(GoldRecord.self, from: Data(bytes)) == record)
    }

    @Test func integersOfEveryLengthAndSignMatchJSONEncoder() throws {
        var values = [0, 1, 9, 10, 99, 100, -1, -9, -10, -100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 { power *= 10; values += [power - 1, power, power + 1, -power] }
        let record = GoldRecord(id: "numbers", text: "t",
                                entities: values.map { .init(start: $0, end: $0, type: "PER", text: nil) })
        #expect(JSONRecordWriter.encode(record) == (try foundationBytes(record)))
    }

    @Test func aRecordWrittenInPiecesIsTheEncodedRecord() throws {
        // Longer than a piece, with escapes and multi-byte scalars on both sides of the piece ends.
        let paragraph = "Il a dit : « c'est \"ainsi\" », puis\tpartit\\ — 日本\n"
        let text = String(repeating: paragraph, count: 5_000) + String(repeating: "x", count: 200_000)
        let record = GoldRecord(id: "long", text: text,
                                entities: (0..<20_000).map { .init(start: $0, end: $0 + 1, type: "LOC", text: "Genève \($0)") })
        var pieces: [UInt8] = []
        var count = 0
        JSONRecordWriter.write(record, to: { pieces.append(contentsOf: $0); count += 1 })
        #expect(pieces == JSONRecordWriter.encode(record))
        #expect(count > 1)
    }
}
