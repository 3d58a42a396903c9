import ArticleKit

/// The statements panel's geometry: its entries take one to three rows each (`StatementEntry`),
/// so which entry is at a row, which entry comes first to keep the cursor's entry whole in view,
/// and how many make a page are worked out here from the entries around them, never the whole list.
struct StatementList {
    /// The panel's width and the rows of its list (below the header).
    let width: Int
    let rows: Int
    let maxLines: Int
    private let state: ReaderState
    private let list: [Int]

    /// An entry may take three rows, or two, as long as at least this many entries fit in the
    /// panel: a list that shows two statements at a time is no longer a list to choose from.
    static let entriesInView = 5

    init(_ state: ReaderState) {
        let rect = state.screenLayout.statements
        width = rect?.width ?? 0
        rows = max(0, (rect?.height ?? 0) - 1)
        maxLines = Self.maxLines(rows: rows)
        self.state = state
        list = state.navigableQuotes
    }

    static func maxLines(rows: Int) -> Int {
        for lines in [3, 2] where rows / lines >= entriesInView { return lines }
        return 1
    }

    var count: Int { list.count }

    /// The entry at a position of the list (an index into `navigableQuotes`).
    func entry(_ position: Int) -> StatementEntry {
        let quoteIndex = list[position]
        let certainty = state.speakerCertainty(ofQuote: quoteIndex)
        var words = ""
        if let analysis = state.analysis, analysis.quotes.indices.contains(quoteIndex) {
            let quote = analysis.quotes[quoteIndex]
            // A quote without its own text is read from the article, only as far as its rows
            // can show (a generous bound for combining marks and runs of spaces): this runs on
            // every key, and a quote may be megabytes long.
            let span = TextSpan(quote.span.start, min(quote.span.end, quote.span.start &+ (width * maxLines + 8) * 8))
            words = quote.text.isEmpty ? analysis.text[span] : quote.text
        }
        return StatementEntry(speaker: state.speakerName(ofQuote: quoteIndex), uncertain: certainty == .uncertain,
                              quote: words, width: width, maxLines: maxLines)
    }

    func height(_ position: Int) -> Int { entry(position).height }

    /// The first entry shown, from the current one, so that the cursor's entry is whole in view
    /// and the panel is not left half empty when the list's end is near.
    func top(keeping cursor: Int, from top: Int) -> Int {
        guard rows > 0, count > 0 else { return 0 }
        let cursor = max(0, min(cursor, count - 1))
        var top = max(0, min(top, cursor))
        // The cursor below the panel: the first entry that still leaves room for it.
        var used = 0
        var fits = false
        for position in top...cursor {
            used += height(position)
            if used > rows { break }
            if position == cursor { fits = true }
        }
        if !fits { top = firstFilling(upTo: cursor) }
        return min(top, firstFilling(upTo: count - 1))
    }

    /// The smallest first entry whose entries down to `last` fit in the panel (`last` itself at least).
    private func firstFilling(upTo last: Int) -> Int {
        var first = last
        var used = height(last)
        while first > 0 {
            let h = height(first - 1)
            if used + h > rows { break }
            used += h
            first -= 1
        }
        return first
    }

    /// The entry drawn on a row of the list (0 is the row under the header), if any.
    func position(atRow row: Int, top: Int) -> Int? {
        guard row >= 0, row < rows else { return nil }
        var y = 0
        var position = top
        while position < count {
            let h = height(position)
            if row < y + h { return position }
            y += h
            position += 1
        }
        return nil
    }

    /// Entries a page moves by: as many as fit at their tallest, less one kept for context.
    var pageStep: Int { max(1, rows / maxLines - 1) }
}
