import Foundation
import ReaderCore

/// Performs what the reducer asked for outside the screen (clipboard, files) and says what
/// happened, for the status line.
struct EffectRunner {
    var environment: [String: String]
    /// Where exports go: the current directory.
    var exportFolder: URL
    /// Where a copy goes when the terminal cannot take OSC 52.
    var clipboardFile: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        exportFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/state")
        clipboardFile = state.appendingPathComponent("verbatim/copied-quote.txt")
    }

    /// Runs one effect; `copy` sends OSC 52 through the terminal when it takes it.
    func run(_ effect: ReaderEffect, copy: (String) -> Void) -> String {
        switch effect {
        case .copy(let text):
            if ClipboardSupport.osc52(environment: environment) {
                copy(text)
                return "copied (OSC 52): \(text)"
            }
            do {
                try FileManager.default.createDirectory(at: clipboardFile.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data((text + "\n").utf8).write(to: clipboardFile)
                return "this terminal takes no OSC 52: the quote is in \(clipboardFile.path)"
            } catch {
                return "cannot write \(clipboardFile.path): \(error.localizedDescription)"
            }
        case .write(let name, let contents):
            let url = freeName(name)
            do {
                try Data(contents.utf8).write(to: url, options: .withoutOverwriting)
                return "statements written to \(url.path)"
            } catch {
                return "cannot write \(url.path): \(error.localizedDescription)"
            }
        }
    }

    /// `name`, or `name` with -2, -3… before the extension when a file already has it.
    func freeName(_ name: String) -> URL {
        var url = exportFolder.appendingPathComponent(name)
        var n = 2
        let stem = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        while FileManager.default.fileExists(atPath: url.path), n < 1000 {
            url = exportFolder.appendingPathComponent("\(stem)-\(n).\(ext)")
            n += 1
        }
        return url
    }
}
