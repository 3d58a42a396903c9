import Foundation
import TestSupport
import Testing

/// The command line without a terminal: plain output when piped, clear errors and exit codes.
struct CommandLineTests {
    func verbatim(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        try TmuxSession.run([Executable.verbatim] + arguments, input: input)
    }

    func fixture(_ text: String, name: String = "article.txt") throws -> URL {
        let folder = ScratchFolder.url("cli")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func pipedOutputIsTheArticleWrappedAsPlainText() throws {
        let paragraph = String(repeating: "Le porte-parole a déclaré que la réunion aura lieu demain à Genève. ", count: 6)
        let url = try fixture("Titre de l'article\n\n\(paragraph)\n\nSecond paragraphe.\n")
        let result = try verbatim([url.path, "--width", "50"])
        #expect(result.status == 0)
        #expect(!result.output.contains("\u{1B}"), "plain output must not hold escape sequences")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 50 })
        #expect(result.output.contains("Second paragraphe."))
        let words = result.output.split(whereSeparator: { $0 == " " || $0 == "\n" })
        #expect(words.filter { $0 == "Genève." }.count == 6, "no word may be lost by wrapping")
    }

    @Test func bundledSampleIsPrintedWithNoArguments() throws {
        let result = try verbatim([])
        #expect(result.status == 0)
        #expect(result.output.contains("Vladimir Poutine"))
        #expect(result.output.contains("Sergueï Lavrov"))
    }

    @Test func missingFileIsOneLineOnStderrAndExit66() throws {
        let result = try verbatim(["/nonexistent/article.txt"])
        #expect(result.status == 66)
        #expect(result.output.isEmpty)
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.error.contains("/nonexistent/article.txt"))
    }

    @Test func binaryInputIsRefusedWithExit65() throws {
        let url = try fixture("", name: "junk.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0xFF, 0xFE]).write(to: url)
        let result = try verbatim([url.path])
        #expect(result.status == 65)
        #expect(result.error.contains("binary"))
    }

    @Test func standardInputIsRead() throws {
        let result = try verbatim(["-"], input: Data("Texte venu de l'entrée standard.\n".utf8))
        #expect(result.status == 0)
        #expect(result.output.contains("Texte venu de l'entrée standard."))
    }

    @Test func escapeSequencesInAnArticleNeverReachTheOutput() throws {
        let url = try fixture("Avant \u{1B}[2J\u{1B}]0;pwned\u{07} après.\n")
        let result = try verbatim([url.path])
        #expect(result.status == 0)
        #expect(!result.output.contains("\u{1B}"))
        #expect(!result.output.contains("\u{07}"))
        #expect(result.output.contains("après"))
    }

    @Test func usageErrorsAreExit64() throws {
        #expect(try verbatim(["--no-such-option"]).status == 64)
        #expect(try verbatim(["parse"]).status == 64)
        #expect(try verbatim(["evaluate", "x.jsonl", "--overlap", "2"]).status == 64)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system"))
    func unwritableOutputIsExit74() throws {
        let result = try TmuxSession.run(["sh", "-c", "\(Executable.quoted(Executable.verbatim)) > /dev/full"])
        #expect(result.status == 74)
        #expect(result.error.contains("cannot write"))
    }

    @Test func versionAndHelp() throws {
        let version = try verbatim(["--version"])
        #expect(version.status == 0)
        #expect(version.output.contains("."))
        let help = try verbatim(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("parse"))
        #expect(help.output.contains("evaluate"))
    }

    @Test func badThemeIsExit78BeforeTheTerminalIsTouched() throws {
        // The theme is checked before anything else, so a bad one is reported even when piped.
        let url = try fixture("[roles.nonexistent]\nfg = \"red\"\n", name: "bad.toml")
        let article = try fixture("Texte.\n")
        let result = try verbatim([article.path, "--theme", url.path])
        #expect(result.status == 78)
        #expect(result.error.contains("nonexistent"))
    }
}

/// `parse` and `evaluate` from the command line, on texts written here and on the answer key.
struct ParseEvaluateCommandTests {
    func verbatim(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        try TmuxSession.run([Executable.verbatim] + arguments, input: input)
    }

    @Test func parseWritesOneGoldFormatRecordPerArticle() throws {
        let text = "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la réunion aura lieu à Genève.\n"
        let result = try verbatim(["parse", "--format", "jsonl", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try JSONDecoder().decode(GoldRecordProbe.self, from: Data(lines[0].utf8))
        #expect(record.text == text)
        #expect(record.lang == "fr")
        let scalars = Array(text.unicodeScalars)
        for entity in record.entities {
            #expect(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text)
        }
        #expect(record.entities.contains { $0.text == "Dmitri Peskov" && $0.type == "PER" })
        #expect(record.quotes.contains { $0.speaker == "Dmitri Peskov" && $0.type == "indirect" })
    }

    @Test func parseFromJsonlKeepsIdsAndOrder() throws {
        let folder = ScratchFolder.url("parse")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("in.jsonl")
        try Data("""
            {"id": "b-2", "text": "The minister said that talks would resume on Monday."}
            {"id": "a-1", "lang": "ru", "text": "Министр заявил, что переговоры возобновятся в понедельник."}

            """.utf8).write(to: input)
        let result = try verbatim(["parse", "--from-jsonl", input.path])
        #expect(result.status == 0)
        let ids = try result.output.split(separator: "\n").map { try JSONDecoder().decode(GoldRecordProbe.self, from: Data($0.utf8)).id }
        #expect(ids == ["b-2", "a-1"])
    }

    @Test func malformedRecordIsExit65WithTheLineNumber() throws {
        let folder = ScratchFolder.url("bad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"id\": \"ok\", \"text\": \"Bonjour.\"}\n{not json\n".utf8).write(to: input)
        let result = try verbatim(["parse", "--from-jsonl", input.path])
        #expect(result.status == 65)
        #expect(result.error.contains("line 2"))
    }

    @Test func evaluateOnTheSeedScoresEverythingPerfectly() throws {
        let seed = try Executable.sharedFile("gold/seed.jsonl").path
        let result = try verbatim(["evaluate", seed, "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["entities", "quotes", "quotes_exact", "actors", "foreign_fragments"] {
            let score = try #require(json[key] as? [String: Any], "\(key) missing")
            #expect(score["f1"] as? Double == 1.0, "\(key) F1 is not 1")
        }
        #expect(json["speaker_accuracy"] as? Double == 1.0)

        // Scoring a file against itself is perfect too, and the table is printed for people.
        let table = try verbatim(["evaluate", seed, "--predicted", seed])
        #expect(table.status == 0)
        #expect(table.output.contains("entities PER/ORG/LOC"))
    }

    @Test func evaluatePartScoresOnlyThatPartOfTheSplit() throws {
        let gold = try Executable.sharedFile("gold/wikinews-dev-en.jsonl").path
        let tuning = try verbatim(["evaluate", gold, "--part", "tuning"])
        #expect(tuning.status == 0)
        #expect(tuning.output.hasPrefix("part: tuning (wikinews-dev-en"))
        #expect(tuning.output.contains("records: 3"))
        let untouched = try verbatim(["evaluate", gold, "--part", "untouched", "--json"])
        #expect(untouched.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(untouched.output.utf8)) as? [String: Any])
        #expect(json["part"] as? String == "untouched")
        #expect(json["records"] as? Int == 2)
        // Without the flag, the whole file as before.
        let whole = try verbatim(["evaluate", gold])
        #expect(whole.output.hasPrefix("records: 5"))
        // A file that is not a split set is refused rather than scored whole.
        let seed = try verbatim(["evaluate", try Executable.sharedFile("gold/seed.jsonl").path, "--part", "tuning"])
        #expect(seed.status == 65)
        #expect(seed.error.contains("no set \"seed\""))
    }
}

/// The fields of a `parse` record that these tests read.
struct GoldRecordProbe: Decodable {
    struct Span: Decodable { var start: Int; var end: Int; var type: String; var text: String }
    struct QuoteProbe: Decodable { var type: String; var speaker: String? }
    var id: String
    var lang: String?
    var text: String
    var entities: [Span]
    var quotes: [QuoteProbe]
}
