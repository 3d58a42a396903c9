import Foundation

/// The fixed split of each development set into a part that may be tuned on and a part that
/// is only scored, by article (`Resources/evaluation/dev-split.tsv`; its header gives the rule).
public struct DevSplit: Sendable, Hashable {
    public enum Part: String, Sendable, CaseIterable, Codable {
        /// May be read, debugged and tuned on.
        case tuning
        /// Scored only: its errors are not read and nothing is changed for it.
        case untouched
    }

    public enum SplitError: Error, CustomStringConvertible, Equatable {
        case unknownSet(String, known: [String])
        case unsplitRecords(set: String, ids: [String])
        case badLine(Int, String)

        public var description: String {
            switch self {
            case let .unknownSet(name, known):
                "the dev split has no set \"\(name)\" (known: \(known.joined(separator: ", ")))"
            case let .unsplitRecords(name, ids):
                "\(ids.count) record(s) of \(name) are not in the dev split: \(ids.prefix(5).joined(separator: ", "))"
            case let .badLine(number, line):
                "dev-split.tsv line \(number) is not \"set<TAB>id<TAB>part\": \(line)"
            }
        }
    }

    /// Set name → record id → part.
    public let sets: [String: [String: Part]]

    public init(sets: [String: [String: Part]]) {
        self.sets = sets
    }

    /// Parses the TSV: `#` comments and blank lines skipped, then `set<TAB>id<TAB>part`.
    public init(tsv: String) throws {
        var sets: [String: [String: Part]] = [:]
        for (index, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3, let part = Part(rawValue: fields[2]) else { throw SplitError.badLine(index + 1, line) }
            sets[fields[0], default: [:]][fields[1]] = part
        }
        self.sets = sets
    }

    /// The split shipped with ArticleKit.
    public static let shipped: DevSplit = {
        guard let url = Bundle.module.url(forResource: "dev-split", withExtension: "tsv", subdirectory: "Resources/evaluation"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let split = try? DevSplit(tsv: text) else { return DevSplit(sets: [:]) }
        return split
    }()

    /// The set name of a file: its name without the folder and `.jsonl` / `.jsonl.gz`
    /// (`../shared/gold/wikinews-dev-fr.jsonl` → `wikinews-dev-fr`).
    public static func setName(ofFile path: String) -> String {
        var name = URL(fileURLWithPath: path).lastPathComponent
        for suffix in [".gz", ".jsonl"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name
    }

    /// The records of `set` in `part`, in their order. Fails when the set is unknown or a
    /// record is not in the split (a set that grew must be split deliberately).
    public func records(_ records: [GoldRecord], of set: String, in part: Part) throws -> [GoldRecord] {
        guard let parts = sets[set] else { throw SplitError.unknownSet(set, known: sets.keys.sorted()) }
        let missing = records.map(\.id).filter { parts[$0] == nil }
        guard missing.isEmpty else { throw SplitError.unsplitRecords(set: set, ids: missing) }
        return records.filter { parts[$0.id] == part }
    }

    /// The ids of `set` in `part`, sorted.
    public func ids(of set: String, in part: Part) -> [String] {
        (sets[set] ?? [:]).filter { $0.value == part }.map(\.key).sorted()
    }
}
