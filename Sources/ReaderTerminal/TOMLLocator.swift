/// Finds the line of a key in TOML source text, so that a mistake found after parsing
/// (TOMLKit keeps no positions for values) can still be reported with its line number.
struct TOMLLocator {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key` inside the table `[table]` (nil: the top level), or of the
    /// table header itself when `key` is nil.
    func line(of key: String?, in table: String?) -> Int? {
        var current: String? = nil
        for (number, raw) in lines.enumerated() {
            let line = raw.trimmingLeadingSpaces
            if line.hasPrefix("[") {
                let name = line.dropFirst().prefix { $0 != "]" }.filter { $0 != " " && $0 != "\"" }
                current = String(name)
                if key == nil, current == table { return number + 1 }
                continue
            }
            guard let key, current == table, line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).trimmingLeadingSpaces
            if rest.hasPrefix("=") { return number + 1 }
        }
        return nil
    }
}

private extension Substring {
    var trimmingLeadingSpaces: Substring { drop { $0 == " " || $0 == "\t" } }
}
