/// Search: `/` forward and `?` backward, matches folded for case and accents; n/N between matches.
extension Reader {
    static func confirmSearch(_ state: inout ReaderState) {
        guard let prompt = state.prompt else { return }
        state.prompt = nil
        if prompt.text.isEmpty {
            if prompt.backward { state.showHelp = true; state.helpScroll = 0 }
            return
        }
        guard let document = state.document else { return }
        // One streaming pass over the text per query: no folded copy of the article is kept.
        let matches = FoldedText.matches(of: prompt.text, in: document.article.text)
        guard !matches.isEmpty else {
            state.search = nil
            state.message = "not found: " + TextSanitizer.flatten(prompt.text)
            return
        }
        state.search = SearchState(query: prompt.text, backward: prompt.backward, matches: matches, current: nil)
        stepMatch(&state, forward: true)
    }

    /// Goes to the next match in the search's direction (`forward`), or the opposite one.
    static func stepMatch(_ state: inout ReaderState, forward: Bool) {
        guard var search = state.search, !search.matches.isEmpty else { return }
        let ahead = forward != search.backward
        let matches = search.matches
        var target: Int
        var wrapped = false
        if let current = search.current {
            target = current + (ahead ? 1 : -1)
        } else {
            let top = topOffset(&state)
            if ahead {
                target = matches.firstIndex { $0.lowerBound >= top } ?? matches.count
            } else {
                target = matches.lastIndex { $0.lowerBound < top } ?? -1
            }
        }
        if target >= matches.count { target = 0; wrapped = true }
        if target < 0 { target = matches.count - 1; wrapped = true }
        search.current = target
        state.search = search
        reveal(&state, range: matches[target])
        if wrapped { state.message = ahead ? "search wrapped to the top" : "search wrapped to the bottom" }
    }
}
