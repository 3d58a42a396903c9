import Foundation
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
