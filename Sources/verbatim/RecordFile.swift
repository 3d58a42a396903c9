import ArticleKit
import Foundation

/// Reads a JSON Lines file of records, with the exit codes of the command line on failure.
enum RecordFile {
    static func read(_ path: String) throws -> [GoldRecord] {
        guard FileManager.default.fileExists(atPath: path) else { throw ImportError.notFound(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadable(path, reason: "permission denied")
        }
        do {
            return try JSONLines.decode(data)
        } catch {
            throw ExitStatus.fail("\(path): \(error)", code: ExitStatus.dataError)
        }
    }
}
