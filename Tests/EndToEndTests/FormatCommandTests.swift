import Foundation
import TestSupport
import Testing

/// `parse` on legacy encodings and `--encoding`, as a user runs it.
struct FormatCommandTests {
    func verbatim(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        try TmuxSession.run([Executable.verbatim] + arguments, input: input)
    }

    /// "Министр сказал, что Иван Петров приедет в Москву." in Windows-1251, written byte by byte
    /// (А–я are 0xC0–0xFF in that encoding, ё aside).
    static func windows1251(_ text: String) -> Data {
        Data(text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar.value {
            case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
            default: UInt8(truncatingIfNeeded: scalar.value)
            }
        })
    }

    struct Probe: Decodable {
        var text: String
        var format: String?
        var encoding: String?
        var lang: String?
    }

    @Test func parseReadsWindows1251AndSaysSo() throws {
        let text = "Министр сказал журналистам, что Иван Петров приедет в Москву в среду.\n"
        let result = try verbatim(["parse", "--format", "jsonl", "-"], input: Self.windows1251(text))
        #expect(result.status == 0)
        let record = try JSONDecoder().decode(Probe.self, from: Data(result.output.utf8))
        #expect(record.text == text)
        #expect(record.encoding == "windows-1251")
        #expect(record.format == "text")
        #expect(record.lang == "ru")
    }

    @Test func encodingOptionForcesOneAndRejectsAnUnknownName() throws {
        let forced = try verbatim(["parse", "--format", "jsonl", "--encoding", "latin1", "-"],
                                  input: Data([0x63, 0x61, 0x66, 0xE9, 0x0A]))
        let record = try JSONDecoder().decode(Probe.self, from: Data(forced.output.utf8))
        #expect(record.text == "café\n")
        #expect(record.encoding == "iso-8859-1")
        let unknown = try verbatim(["parse", "--encoding", "ebcdic", "-"], input: Data("x".utf8))
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("unknown encoding ebcdic"))
    }
}

/// Saved pages through the command line: the extracted text, and a decoded `&#27;` never
/// reaching the output as an escape.
struct HTMLCommandTests {
    func verbatim(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        try TmuxSession.run([Executable.verbatim] + arguments, input: input)
    }

    static let page = """
        <html><head><title>Vote</title><script>alert("\u{1B}[2J")</script></head>
        <body><nav>Home | World</nav><article><h1>Vote count</h1>
        <p>&ldquo;We will win,&rdquo; said Jane Doe of the party on Tuesday.</p>
        <p>Control&#27;]0;title&#7; here.</p></article><footer>Legal</footer></body></html>
        """

    @Test func parseReadsASavedPage() throws {
        let result = try verbatim(["parse", "--format", "jsonl", "-"], input: Data(Self.page.utf8))
        #expect(result.status == 0)
        let record = try JSONDecoder().decode(FormatCommandTests.Probe.self, from: Data(result.output.utf8))
        #expect(record.format == "html")
        #expect(record.encoding == "utf-8")
        #expect(record.lang == "en")
        #expect(record.text.hasPrefix("Vote count\n\n“We will win,” said Jane Doe"))
        #expect(!record.text.contains("Home"))
        #expect(!record.text.contains("Legal"))
    }

    @Test func printedPageShowsNoEscape() throws {
        let folder = ScratchFolder.url("html")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("page.html")
        try Data(Self.page.utf8).write(to: url)
        let result = try verbatim([url.path, "--width", "60"])
        #expect(result.status == 0)
        #expect(result.output.contains("Jane Doe"))
        #expect(!result.output.unicodeScalars.contains("\u{1B}"))
        #expect(!result.output.unicodeScalars.contains("\u{07}"))
    }
}

/// Feeds and web addresses through the command line.
struct FeedCommandTests {
    func verbatim(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        try TmuxSession.run([Executable.verbatim] + arguments, input: input)
    }

    @Test func parseWritesOneRecordPerFeedItem() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><description>&lt;p&gt;First &amp;eacute;vent.&lt;/p&gt;</description></item>
            <item><title>Two</title><description>Second story.</description></item>
            </channel></rss>
            """
        let result = try verbatim(["parse", "--format", "jsonl", "-"], input: Data(feed.utf8))
        #expect(result.status == 0)
        let records = try result.output.split(separator: "\n").map {
            try JSONDecoder().decode(FormatCommandTests.Probe.self, from: Data($0.utf8))
        }
        #expect(records.map(\.text) == ["One\n\nFirst évent.\n", "Two\n\nSecond story.\n"])
        #expect(records.allSatisfy { $0.format == "rss" && $0.encoding == "utf-8" })
    }

    @Test func aBadFeedInAFolderDoesNotKeepTheOthersFromOpening() throws {
        let folder = ScratchFolder.url("mixed")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("garbage <<<".utf8).write(to: folder.appendingPathComponent("a.rss"))
        try Data("Good news\n\nThe bridge reopened.\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        let result = try verbatim([folder.path, "--width", "60"])
        #expect(result.status == 0)
        #expect(result.output.contains("The bridge reopened."))
        #expect(result.error.contains("a.rss: feed holds no item"))
    }

    @Test func aWebAddressGetsThePipeThatWorks() throws {
        let result = try verbatim(["https://example.org/news/story"])
        #expect(result.status == 66)
        #expect(result.error.contains("curl -sL 'https://example.org/news/story' | verbatim -"))
        #expect(!result.error.contains("no such file"))
        #expect(result.error.split(separator: "\n").count == 1)
        let parse = try verbatim(["parse", "http://example.org/a"])
        #expect(parse.error.contains("curl -sL 'http://example.org/a' | verbatim -"))
    }
}
