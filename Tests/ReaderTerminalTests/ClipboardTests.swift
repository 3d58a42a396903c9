import Foundation
import TestSupport
import ReaderCore
@testable import ReaderTerminal
import Testing

struct ClipboardTests {
    @Test func osc52CarriesOnlyBase64OfTheSanitisedText() throws {
        let sequence = ClipboardSupport.sequence("“Oui” — A\u{1B}[31m B\u{07}")
        #expect(sequence.hasPrefix("\u{1B}]52;c;"))
        #expect(sequence.hasSuffix("\u{07}"))
        let payload = String(sequence.dropFirst(7).dropLast())
        #expect(payload.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) })
        let decoded = String(decoding: try #require(Data(base64Encoded: payload)), as: UTF8.self)
        #expect(decoded == "“Oui” — A[31m B")
    }

    @Test func terminalsThatTakeOSC52() {
        #expect(ClipboardSupport.osc52(environment: ["TERM": "xterm-256color"]))
        #expect(ClipboardSupport.osc52(environment: ["TERM": "tmux-256color"]))
        #expect(ClipboardSupport.osc52(environment: ["TERM": "xterm-kitty"]))
        #expect(!ClipboardSupport.osc52(environment: ["TERM": "linux"]))
        #expect(!ClipboardSupport.osc52(environment: ["TERM": "dumb"]))
        #expect(!ClipboardSupport.osc52(environment: [:]))
    }

    @Test func withoutOSC52TheQuoteGoesToAFileTheMessageNames() throws {
        let folder = ScratchFolder.url("clip")
        defer { try? FileManager.default.removeItem(at: folder) }
        var runner = EffectRunner(environment: ["TERM": "linux", "XDG_STATE_HOME": folder.path])
        runner.exportFolder = folder
        var copied: [String] = []
        let message = runner.run(.copy("“Oui” — A, T"), copy: { copied.append($0) })
        #expect(copied.isEmpty)
        #expect(message.contains(folder.appendingPathComponent("verbatim/copied-quote.txt").path))
        #expect(try String(contentsOf: folder.appendingPathComponent("verbatim/copied-quote.txt"), encoding: .utf8) == "“Oui” — A, T\n")
        let osc = EffectRunner(environment: ["TERM": "xterm"])
        _ = osc.run(.copy("x"), copy: { copied.append($0) })
        #expect(copied == ["x"])
    }

    @Test func exportsNeverOverwrite() throws {
        let folder = ScratchFolder.url("export")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var runner = EffectRunner(environment: [:])
        runner.exportFolder = folder
        let first = runner.run(.write(fileName: "a.statements.md", contents: "one"), copy: { _ in })
        let second = runner.run(.write(fileName: "a.statements.md", contents: "two"), copy: { _ in })
        #expect(first.hasSuffix("a.statements.md"))
        #expect(second.hasSuffix("a.statements-2.md"))
        #expect(try String(contentsOf: folder.appendingPathComponent("a.statements.md"), encoding: .utf8) == "one")
    }
}
