import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The commands around the reader meet hostile input too: escape sequences in articles, file
/// names and records; broken and extreme JSON Lines; paths that are not files.
struct HostileInputCommandTests {
    func verbatim(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        try TmuxSession.run([Executable.verbatim] + arguments, input: input)
    }

    func folder() throws -> URL {
        let url = ScratchFolder.url("hostile")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let evil = "a\u{1B}]0;PWNED\u{07}\u{1B}]52;c;cm0gLXJmIH4K\u{07}\u{1B}[?1049h\u{1B}[?1000h \u{9B}2J b\n"

    /// What a terminal would act on: ESC, BEL, the one-byte CSI.
    func holdsTerminalControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }
    }

    @Test func parseTextOutputShowsEscapesAsSymbolsAndRawKeepsThem() throws {
        let url = try folder().appendingPathComponent("evil.txt")
        try Data(Self.evil.utf8).write(to: url)
        let text = try verbatim(["parse", "--format", "text", url.path])
        #expect(text.status == 0)
        #expect(!holdsTerminalControls(text.output), "parse text output sent an escape sequence")
        #expect(text.output.contains("␛]52;c;cm0gLXJmIH4K␇"))
        let raw = try verbatim(["parse", "--format", "text", "--raw", url.path])
        #expect(raw.output.contains("\u{1B}]52;c;"))
        // JSON escapes controls itself, and the text survives exactly.
        let json = try verbatim(["parse", "--format", "jsonl", url.path])
        #expect(!holdsTerminalControls(json.output.replacingOccurrences(of: "\u{9B}", with: "")))
        let record = try JSONDecoder().decode(GoldRecordProbe.self, from: Data(json.output.utf8))
        #expect(record.text == Self.evil)
    }

    @Test func fileNamesWithEscapesAreSanitisedInHeadersAndMessages() throws {
        let dir = try folder()
        let name = "\u{1B}]0;X\u{07}name\nline.txt"
        try Data("Il a dit : « Oui. »\n\nUne deuxième phrase pour le corps.\n".utf8)
            .write(to: dir.appendingPathComponent(name))
        let parsed = try verbatim(["parse", "--format", "text", dir.appendingPathComponent(name).path])
        #expect(parsed.status == 0)
        #expect(!holdsTerminalControls(parsed.output))
        let missing = try verbatim(["parse", "/nonexistent/\u{1B}]0;X\u{07}"])
        #expect(missing.status == 66)
        #expect(!holdsTerminalControls(missing.error))
        #expect(missing.error.contains("␛]0;X␇"))
        let usage = try verbatim(["--\u{1B}[2J"])
        #expect(usage.status == 64)
        #expect(!holdsTerminalControls(usage.error))
    }

    @Test func evaluateSurvivesExtremeSpansAndKeepsTheGoodRecords() throws {
        let dir = try folder()
        let file = dir.appendingPathComponent("hostile.jsonl")
        try Data("""
            {"id":"a","text":"x","quotes":[{"start":-1,"end":9223372036854775807,"type":"direct"}]}
            {"id":"b","text":"Il a dit : « Oui. »","quotes":[{"start":12,"end":16,"type":"direct"}],"entities":[{"start":0,"end":2,"type":"\\u001b[2JPER"}]}
            {broken

            """.utf8).write(to: file)
        let result = try verbatim(["evaluate", file.path, "--predicted", file.path])
        #expect(result.status == 65, "bad records must show in the exit status")
        #expect(result.output.contains("records: 1"), "the good record is scored")
        #expect(result.output.contains("␛[2JPER"), "the type name is shown, made visible")
        #expect(!holdsTerminalControls(result.output))
        #expect(result.error.contains("line 1: quotes[0].start: -1 is negative"))
        #expect(result.error.contains("line 3: not valid JSON"))
        #expect(!result.error.contains("DecodingError"))
        let strict = try verbatim(["evaluate", file.path, "--predicted", file.path, "--strict"])
        #expect(strict.status == 65)
        #expect(strict.output.isEmpty)
        #expect(strict.error.split(separator: "\n").count == 1)
    }

    @Test func fromJsonlAppliesTheSizeLimitPerRecordAndGoesOn() throws {
        let dir = try folder()
        let file = dir.appendingPathComponent("records.jsonl")
        let big = String(repeating: "Texte long. ", count: 200_000) // 2.4 MB
        try Data("{\"id\":\"big\",\"text\":\"\(big)\"}\n{\"id\":\"small\",\"text\":\"Il a dit : « Oui. »\"}\n".utf8).write(to: file)
        let result = try verbatim(["parse", "--from-jsonl", file.path, "--max-mib", "1"])
        #expect(result.status == 65)
        #expect(result.error.contains("line 1:") && result.error.contains("over the 1 MiB limit"))
        let ids = try result.output.split(separator: "\n").map { try JSONDecoder().decode(GoldRecordProbe.self, from: Data($0.utf8)).id }
        #expect(ids == ["small"])
        let binary = dir.appendingPathComponent("binary.jsonl")
        try Data(#"{"id":"bin","text":"\u0000\u0001\u0002"}"#.utf8).write(to: binary)
        let refused = try verbatim(["parse", "--from-jsonl", binary.path])
        #expect(refused.status == 65 && refused.error.contains("binary"))
    }

    @Test func messagesNameWhatThePathIs() throws {
        let dir = try folder()
        let big = dir.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 1_048_576 + 52_429).write(to: big)
        let tooLarge = try verbatim(["parse", big.path, "--max-mib", "1"])
        #expect(tooLarge.status == 65)
        #expect(tooLarge.error.contains("1.1 MiB (1101005 bytes) is over the 1 MiB limit"))
        #expect(tooLarge.error.contains("--max-mib"))

        let loop = dir.appendingPathComponent("loop")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let looped = try verbatim(["parse", loop.path])
        #expect(looped.status == 66 && looped.error.contains("loop of symbolic links"))

        let device = try verbatim(["parse", "/dev/zero"])
        #expect(device.status == 66 && device.error.contains("character device"))

        let records = try verbatim(["evaluate", dir.path])
        #expect(records.status == 66 && records.error.contains("is a folder"))

        // A FIFO is read like a pipe (`verbatim <(curl …)`), not refused.
        let fifo = dir.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let writer = try TmuxSession.run(["sh", "-c", "(printf 'Il a dit : « Oui. »\\n' > \(Executable.quoted(fifo.path)) &) ; exit 0"])
        #expect(writer.status == 0)
        let piped = try verbatim(["parse", "--format", "jsonl", fifo.path])
        #expect(piped.status == 0 && piped.output.contains("Il a dit"))
    }

    @Test func oneUnreadableArticleDoesNotCostTheOthers() throws {
        let dir = try folder()
        let good = dir.appendingPathComponent("good.txt")
        try Data("Le maire a déclaré que le pont rouvrira lundi.\n".utf8).write(to: good)
        let result = try verbatim(["parse", "--format", "jsonl", "/nonexistent.txt", good.path])
        #expect(result.status == 66)
        #expect(result.output.contains("le pont rouvrira"))
        let strict = try verbatim(["parse", "--format", "jsonl", "--strict", "/nonexistent.txt", good.path])
        #expect(strict.status == 66 && strict.output.isEmpty)
    }
}

/// `parse --jobs N` analyses on N threads and writes exactly what `--jobs 1` writes, in input order.
struct ParallelParseCommandTests {
    @Test func parallelOutputIsByteIdenticalToSerial() throws {
        let folder = ScratchFolder.url("jobs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentences = [
            "Le maire, Claire Dubois, a déclaré que le pont rouvrira lundi.",
            "« Nous tiendrons nos promesses », a affirmé le ministre.",
            "The spokeswoman said the talks would resume in Geneva.",
            "Министр заявил, что переговоры возобновятся в понедельник.",
        ]
        var paths: [String] = []
        for n in 0..<12 {
            let url = folder.appendingPathComponent(String(format: "a%02d.txt", n))
            let body = (0...(n % 5)).map { sentences[($0 + n) % sentences.count] }.joined(separator: "\n\n")
            try Data("Article \(n)\n\n\(body)\n".utf8).write(to: url)
            paths.append(url.path)
        }
        // A missing file in the middle is reported by both, in the same place of the order.
        paths.insert(folder.appendingPathComponent("missing.txt").path, at: 5)
        let serial = try TmuxSession.run([Executable.verbatim, "parse", "--format", "jsonl", "--jobs", "1"] + paths)
        let parallel = try TmuxSession.run([Executable.verbatim, "parse", "--format", "jsonl", "--jobs", "3"] + paths)
        #expect(serial.status == 66 && parallel.status == 66)
        #expect(serial.output.split(separator: "\n").count == 12)
        #expect(parallel.output == serial.output)
        let text = try TmuxSession.run([Executable.verbatim, "parse", "--format", "text", "--jobs", "4", folder.path])
        let textSerial = try TmuxSession.run([Executable.verbatim, "parse", "--format", "text", "--jobs", "1", folder.path])
        #expect(text.status == 0 && text.output == textSerial.output)
        #expect(try TmuxSession.run([Executable.verbatim, "parse", "--jobs", "0", paths[0]]).status == 64)
    }
}
