/// One statement of the statements panel laid out in up to `maxLines` rows of `width` columns:
/// the speaker and the quote's first words on the first row ("▶Anne Roux — Nous avons…"), the
/// quote wrapped at spaces under it, indented, and cut with "…" after its last whole word on the
/// last row. A panel then shows as much of each quote as its width allows, not a fixed prefix.
struct StatementEntry: Equatable {
    /// Columns before the speaker (the current-quote marker) and before a continuation row.
    static let markerWidth = 1
    static let indent = 2
    static let separator = " — "

    /// The speaker as shown, shortened at a word when it has to be, with "?" when a guess.
    let speaker: String
    /// The quote's text on each row: row 0 follows the speaker and separator, the others the indent.
    let lines: [String]

    var height: Int { max(1, lines.count) }

    init(speaker name: String, uncertain: Bool, quote: some StringProtocol, width: Int, maxLines: Int) {
        let maxLines = max(1, maxLines)
        let question = uncertain ? 1 : 0
        // On one row the speaker keeps half of it, as the quote needs the rest; with more rows the
        // quote continues below, so the name is shortened only when it would leave the first row
        // fewer than a few columns of quote.
        let nameRoom = maxLines == 1 ? max(4, (width - Self.markerWidth) / 2) - question
            : max(4, width - Self.markerWidth - DisplayWidth.of(Self.separator) - 8 - question)
        speaker = WordTruncate.toWidth(name, nameRoom) + (uncertain ? "?" : "")
        let first = max(0, width - Self.markerWidth - DisplayWidth.of(speaker) - DisplayWidth.of(Self.separator))
        let next = max(1, width - Self.indent)
        var widths = [first]
        if maxLines > 1 { widths += Array(repeating: next, count: maxLines - 1) }
        // Only as much of the quote as the rows can show is collapsed and measured, so a long quote
        // costs what its entry shows: the rows' columns and the space each break takes, and one
        // more, so that a quote longer than that is seen to be cut and ends with "…".
        let room = widths.reduce(0, +) + widths.count + 1
        let shown = TextSanitizer.flatten(Truncate.collapsedPrefix(quote, widerThan: room))
        lines = Self.wrap(shown, widths: widths)
    }

    /// Greedy wrapping of `text` (single spaces) into rows of the given widths; the last row gets
    /// whatever is left, cut after a whole word with "…". A word wider than every row is cut
    /// between clusters; one that only misses the first row starts on the second.
    static func wrap(_ text: String, widths: [Int]) -> [String] {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)[...]
        var lines: [String] = []
        for (row, width) in widths.enumerated() {
            guard !words.isEmpty else { break }
            if row == widths.count - 1 {
                lines.append(WordTruncate.toWidth(words.joined(separator: " "), width))
                words = []
                break
            }
            var line = ""
            var used = 0
            while let word = words.first {
                let w = DisplayWidth.of(word)
                let needed = used == 0 ? w : used + 1 + w
                if needed <= width {
                    line += used == 0 ? word : " " + word
                    used = needed
                    words.removeFirst()
                } else if used == 0, row > 0 || w > (widths.dropFirst().max() ?? 0) {
                    // Wider than any row: the part that fits here, the rest on the next row.
                    let (head, tail) = split(word, width: width)
                    if head.isEmpty { break }
                    line = head
                    words[words.startIndex] = tail
                    break
                } else {
                    break
                }
            }
            lines.append(line)
        }
        // Rows left empty at the end (a short quote) are not kept.
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The clusters of `word` that fit in `width` columns, and the rest.
    static func split(_ word: String, width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = DisplayWidth.of(word[index])
            if used + w > width { break }
            head.append(word[index])
            used += w
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
