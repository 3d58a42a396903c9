import ArticleKit

/// Quote navigation: n/N, ]/[, jumping to a statement, keeping the current quote in view.
extension Reader {
    /// Lines (first, last) a scalar range occupies at the current width.
    static func lines(of range: Range<Int>, in state: inout ReaderState) -> (first: LinePosition, last: LinePosition) {
        ensureLayout(&state)
        let first = state.cache.position(containing: range.lowerBound)
        let last = state.cache.position(containing: max(range.lowerBound, range.upperBound - 1))
        return (first, last)
    }

    static func span(ofQuote index: Int, in state: ReaderState) -> Range<Int>? {
        guard let quotes = state.analysis?.quotes, quotes.indices.contains(index) else { return nil }
        return quotes[index].span.start..<max(quotes[index].span.start, quotes[index].span.end)
    }

    static func isVisible(_ state: inout ReaderState, quote: Int) -> Bool {
        guard let range = span(ofQuote: quote, in: state) else { return false }
        let (first, _) = lines(of: range, in: &state)
        let page = state.pageHeight
        let d = state.cache.distance(from: state.top, to: first, limit: page + 1)
        return d >= 0 && d < page
    }

    /// Scrolls so `range` is in view with context above it: left alone when already comfortably
    /// visible, else its first line goes a quarter down the pane. Distances are measured from the
    /// top line only as far as the pane reaches, so a far jump costs no more than a near one.
    static func reveal(_ state: inout ReaderState, range: Range<Int>) {
        let (first, last) = lines(of: range, in: &state)
        let page = state.pageHeight
        let context = page > 4 ? min(2, page / 4) : 0
        let d = state.cache.distance(from: state.top, to: first, limit: page + 1)
        let extent = state.cache.distance(from: first, to: last, limit: page + 1)
        let atStart = state.top == .start
        let fitsBelow = d + extent < page || extent >= page
        if (d >= context || atStart) && d < page && fitsBelow { return }
        scroll(&state, to: state.cache.advance(first, by: -max(page > 2 ? 1 : 0, page / 4)))
    }

    static func reveal(_ state: inout ReaderState, quote: Int) {
        if let range = span(ofQuote: quote, in: state) { reveal(&state, range: range) }
    }

    static func makeCurrent(_ state: inout ReaderState, quote: Int) {
        state.currentQuote = quote
        if let row = state.navigableQuotes.firstIndex(of: quote) { state.statementCursor = row }
    }

    static func jumpToQuote(_ state: inout ReaderState, _ index: Int) {
        guard span(ofQuote: index, in: state) != nil else { return }
        makeCurrent(&state, quote: index)
        reveal(&state, quote: index)
    }

    static func stepQuote(_ state: inout ReaderState, forward: Bool) {
        guard let analysis = state.analysis else {
            state.message = "analysing… quotes are not known yet"
            return
        }
        let list = state.navigableQuotes
        guard !list.isEmpty else {
            state.message = state.actorFilter != nil ? "this actor has no statements" : "no quotes found in this article"
            return
        }
        var target: Int
        var wrapped = false
        if let current = state.currentQuote, let i = list.firstIndex(of: current) {
            target = i + (forward ? 1 : -1)
        } else {
            let top = topOffset(&state)
            if forward {
                target = list.firstIndex { analysis.quotes[$0].span.start >= top } ?? list.count
            } else {
                target = list.lastIndex { analysis.quotes[$0].span.start < top } ?? -1
            }
        }
        if target >= list.count { target = 0; wrapped = true }
        if target < 0 { target = list.count - 1; wrapped = true }
        jumpToQuote(&state, list[target])
        if wrapped {
            state.message = forward ? "wrapped around to the first quote" : "wrapped around to the last quote"
        }
    }
}
