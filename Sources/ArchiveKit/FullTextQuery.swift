/// Turns what a user types into an FTS5 query that cannot be a syntax error: each word becomes a
/// quoted string (so `AND`, `-`, `:` or a stray quote are only words), all of them required; a
/// word ending in `*` keeps it as a prefix search; text in double quotes stays one phrase.
public enum FullTextQuery {
    public static func make(_ input: String) -> String? {
        var terms: [String] = []
        var inPhrase = false
        for (index, part) in input.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            inPhrase = index % 2 == 1
            if inPhrase {
                let phrase = part.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !phrase.isEmpty { terms.append(quoted(phrase)) }
                continue
            }
            for word in part.split(whereSeparator: \.isWhitespace) {
                let prefix = word.hasSuffix("*")
                let bare = prefix ? word.dropLast() : word[...]
                // Words without a letter or digit index to nothing; FTS5 would reject an empty string.
                guard bare.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                terms.append(quoted(String(bare)) + (prefix ? "*" : ""))
            }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
