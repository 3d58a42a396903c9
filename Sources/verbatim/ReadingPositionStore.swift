import ArticleKit
import Foundation

/// Reading positions kept between sessions in `$XDG_STATE_HOME/verbatim/positions.json`
/// (default `~/.local/state/verbatim/`), keyed by a hash of the article's text so a renamed file
/// keeps its place. Written atomically (a temporary file renamed over the old one); a file that
/// does not parse is set aside under a new name with a message, and reading starts afresh.
struct ReadingPositionStore {
    let file: URL
    /// One line for stderr about anything that went wrong (the reader still runs).
    private(set) var warning: String?

    private struct Contents: Codable {
        var version = 1
        var positions: [String: Int]
    }

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else {
            base = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/state")
        }
        file = base.appendingPathComponent("verbatim/positions.json")
    }

    /// The article's `ContentHash` (FNV-1a over the text's UTF-8 and its length): stable across
    /// runs and platforms, and the key the archive knows the article by.
    static func key(for text: String) -> String { ContentHash.of(text) }

    /// The saved positions; an unreadable or corrupt file is set aside (never deleted).
    mutating func load() -> [String: Int] {
        guard let data = try? Data(contentsOf: file) else { return [:] }
        if let contents = try? JSONDecoder().decode(Contents.self, from: data) { return contents.positions }
        let aside = file.deletingLastPathComponent()
            .appendingPathComponent("positions.corrupt-\(Int(Date().timeIntervalSince1970)).json")
        do {
            try FileManager.default.moveItem(at: file, to: aside)
            warning = "\(file.path): not a positions file; set aside as \(aside.lastPathComponent), starting afresh"
        } catch {
            warning = "\(file.path): not a positions file and cannot be set aside; positions will not be saved"
        }
        return [:]
    }

    /// Merges `positions` into what is on disk now (another session may have saved since) and
    /// writes the result atomically.
    mutating func save(_ positions: [String: Int]) {
        warning = nil
        var merged = load()
        if warning?.hasSuffix("will not be saved") == true { return }
        merged.merge(positions) { $1 }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = try JSONEncoder.sorted.encode(Contents(positions: merged))
            let temporary = file.deletingLastPathComponent().appendingPathComponent(".positions-\(getpid()).tmp")
            try data.write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            warning = "\(file.path): cannot save reading positions (\(error.localizedDescription))"
        }
    }
}

private extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
