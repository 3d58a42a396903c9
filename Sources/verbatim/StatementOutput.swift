import ArchiveKit
import ArgumentParser
import Foundation
import ReaderCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// How `who` and `said` print statements: a table for people on a terminal, JSON Lines when piped.
struct StatementOutput: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl
    }

    @Option(help: "table (the default on a terminal) or jsonl (the default when piped).")
    var format: Format?

    @Option(help: "At most this many statements (the oldest first).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    var chosen: Format { format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl) }

    /// Writes the statements; `empty` is said on stderr when there are none and a person reads.
    func write(_ statements: [ArchivedStatement], empty: String) throws {
        switch chosen {
        case .jsonl:
            var bytes: [UInt8] = []
            for statement in statements { bytes += StatementLine.json(statement) }
            try OutputWriter.write(bytes: bytes)
        case .table:
            if statements.isEmpty {
                ExitStatus.report(empty)
                return
            }
            try OutputWriter.writeText(StatementTable.text(statements, width: StatementTable.terminalWidth()))
        }
    }
}

/// One statement as one line of JSON (sorted keys; JSON escapes every control itself).
enum StatementLine {
    static func json(_ statement: ArchivedStatement) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = (try? Array(encoder.encode(statement))) ?? []
        bytes.append(0x0A)
        return bytes
    }
}
