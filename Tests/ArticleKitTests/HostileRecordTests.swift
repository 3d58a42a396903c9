import Foundation
import Testing
@testable import ArticleKit

/// Records from files are untrusted: numbers of any size, spans outside the text, broken JSON,
/// lines too long. Each is reported by line and field; the good records around it survive.
@Suite struct HostileRecordTests {
    /// Reads JSON Lines text through a pipe, as `--from-jsonl -` would.
    func read(_ text: String, lineLimit: Int = 1 << 20) throws -> [Result<GoldRecord, JSONLinesReader.Problem>] {
        let pipe = Pipe()
        let data = Data(text.utf8)
        let writer = Thread {
            try? pipe.fileHandleForWriting.write(contentsOf: data)
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var reader = JSONLinesReader(handle: pipe.fileHandleForReading, lineLimit: lineLimit)
        var results: [Result<GoldRecord, JSONLinesReader.Problem>] = []
        while let next = reader.next() { results.append(next) }
        return results
    }

    func problems(_ results: [Result<GoldRecord, JSONLinesReader.Problem>]) -> [JSONLinesReader.Problem] {
        results.compactMap { if case .failure(let p) = $0 { p } else { nil } }
    }

    func ids(_ results: [Result<GoldRecord, JSONLinesReader.Problem>]) -> [String] {
        results.compactMap { if case .success(let r) = $0 { r.id } else { nil } }
    }

    @Test func extremeOffsetsAreReportedNotTrusted() throws {
        let results = try read("""
            {"id":"a","text":"x","quotes":[{"start":-1,"end":9223372036854775807,"type":"direct"}]}
            {"id":"b","text":"abc","entities":[{"start":2,"end":1,"type":"PER"}]}
            {"id":"c","text":"abc","foreign_fragments":[{"start":0,"end":4}]}
            {"id":"ok","text":"abc","entities":[{"start":0,"end":3,"type":"PER"}]}

            """)
        #expect(ids(results) == ["ok"])
        let found = problems(results)
        #expect(found.map(\.line) == [1, 2, 3])
        #expect(found[0].message.contains("quotes[0].start: -1 is negative"))
        #expect(found[0].message.contains("quotes[0].end: 9223372036854775807 is past the end of the text (1 scalars)"))
        #expect(found[1].message.contains("entities[0]: start 2 is after end 1"))
        #expect(found[2].message.contains("foreign_fragments[0].end: 4 is past the end"))
    }

    @Test func offsetsCountScalarsNotBytes() throws {
        // "é" is two UTF-8 bytes, one scalar: 0..<1 is the whole text.
        let results = try read(#"{"id":"e","text":"é","entities":[{"start":0,"end":1,"type":"PER"}]}"# + "\n")
        #expect(ids(results) == ["e"])
        let past = try read(#"{"id":"e","text":"é","entities":[{"start":0,"end":2,"type":"PER"}]}"# + "\n")
        #expect(problems(past).count == 1)
    }

    @Test func malformedLinesNameTheLineAndTheFieldNotSwiftsError() throws {
        let results = try read("""
            {not json
            {"id":"m"}
            {"id":"t","text":"x","entities":[{"start":"0","end":1,"type":"PER"}]}
            {"id":"n","text":"x","entities":[{"start":1e40,"end":1,"type":"PER"}]}
            {"id":"fine","text":"Bonjour."}
            """)
        #expect(ids(results) == ["fine"], "the last line has no newline and is still read")
        let found = problems(results)
        #expect(found.map(\.line) == [1, 2, 3, 4])
        #expect(found[0].message == "not valid JSON")
        #expect(found[1].message == "missing field \"text\"")
        #expect(found[2].message == "entities[0].start: expected a whole number")
        #expect(found[3].message.contains("not a whole number in range"))
        #expect(!found.contains { $0.message.contains("DecodingError") || $0.message.contains("CodingKeys") })
    }

    @Test func aLineOverTheLimitIsSkippedWithoutHoldingIt() throws {
        let long = String(repeating: "a", count: 5000)
        let results = try read("""
            {"id":"big","text":"\(long)"}
            {"id":"after","text":"Court."}

            """, lineLimit: 1000)
        #expect(ids(results) == ["after"])
        let found = problems(results)
        #expect(found.count == 1 && found[0].line == 1)
        #expect(found[0].message.contains("over the 1000 bytes limit for one record"))
        #expect(found[0].message.contains("--max-mib"))
    }

    @Test func binaryTextInARecordIsRefusedAsAFileWouldBe() throws {
        let results = try read(#"{"id":"z","text":"a\u0000b"}"# + "\n" + #"{"id":"y","text":"ok"}"# + "\n")
        #expect(ids(results) == ["y"])
        #expect(problems(results).first?.message.contains("binary") == true)
    }

    @Test func manyShortAndBlankLinesAreAllRead() throws {
        // Three chunks' worth of lines: each must be read once, in order.
        var text = ""
        for n in 0..<40_000 { text += n % 3 == 0 ? "\n" : "{\"id\":\"\(n)\",\"text\":\"t\"}\n" }
        let results = try read(text)
        let expected = (0..<40_000).filter { $0 % 3 != 0 }.map(String.init)
        #expect(ids(results) == expected)
        #expect(problems(results).isEmpty)
    }

    @Test func evaluatingHostileSpansCannotTrap() {
        // Spans built without validation (a library caller) saturate instead of overflowing.
        let wide = TextSpan(-1, Int.max), narrow = TextSpan(Int.min, 0)
        #expect(wide.length == Int.max)
        #expect(narrow.length == Int.max)
        #expect(wide.overlapLength(with: narrow) == 1)
        #expect(TextSpan(Int.min, Int.max).overlapLength(with: TextSpan(Int.min, Int.max)) == Int.max)
        let gold = GoldRecord(id: "a", text: "x", quotes: [.init(start: -1, end: Int.max, type: "direct")])
        let report = Evaluator().evaluate(gold: [gold], predicted: [gold])
        #expect(report.quotes.truePositives == 1)
    }

    @Test func binaryDetectionLooksPastTheFirstWindow() {
        let text = Data(String(repeating: "Une phrase ordinaire. ", count: 20_000).utf8)
        #expect(TextDecoder.decode(text) != nil)
        #expect(TextDecoder.decode(text + Data(repeating: 0, count: 100)) == nil, "junk at the end")
        var middle = text
        middle.replaceSubrange(200_000..<200_010, with: Data(repeating: 0, count: 10))
        #expect(TextDecoder.decode(middle) == nil, "junk in the middle")
    }

    @Test func lineEndingsBecomeLineFeedsWhateverTheirMix() {
        let bytes = Data("a\r\nb\rc\n\r\r\nd\r".utf8)
        #expect(TextDecoder.decode(bytes) == "a\nb\nc\n\n\nd\n")
        #expect(TextDecoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data("é\r\n".utf8)) == "é\n")
        // Invalid UTF-8 next to a CR is repaired, the CR still converted.
        #expect(TextDecoder.decode(Data([0x61, 0xFF, 0x0D, 0x0A, 0x62])) == "a\u{FFFD}\nb")
    }
}
