import ArticleKit
import Foundation

/// Reads a JSON Lines file of records (`-`: standard input) one line at a time: good records go
/// to the caller as they are read, each bad line is reported on stderr with its number and what
/// is wrong, and the caller learns at the end how many were bad (exit 65 then). `strict` stops at
/// the first bad line.
struct RecordFile {
    let path: String
    let lineLimit: Int
    let strict: Bool
    /// Where an answer key's `source` paths start, for records that carry no text.
    var textRoot: String? = nil

    /// Calls `body` with every good record in order; returns the number of bad lines.
    func forEach(_ body: (GoldRecord) throws -> Void) throws -> Int {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            try InputFile(path: path).requireReadable()
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw ImportError.unreadable(path, reason: "permission denied")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var reader = JSONLinesReader(handle: handle, lineLimit: lineLimit)
        if let textRoot { reader.textLoader = JSONLinesReader.fileTextLoader(root: textRoot, limit: lineLimit) }
        var bad = 0
        while let result = reader.next() {
            switch result {
            case .success(let record):
                try body(record)
            case .failure(let problem):
                bad += 1
                if strict {
                    throw ExitStatus.fail("\(name): \(problem) (--strict: stopping here)", code: ExitStatus.dataError)
                }
                ExitStatus.report("\(name): \(problem); record skipped")
            }
        }
        return bad
    }

    /// Every good record, and the number of bad lines.
    func readAll() throws -> (records: [GoldRecord], bad: Int) {
        var records: [GoldRecord] = []
        let bad = try forEach { records.append($0) }
        return (records, bad)
    }

    private var name: String { path == "-" ? "stdin" : path }
}
