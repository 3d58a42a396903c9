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
        let needle = FoldedNeedle(prompt.text)
        let top = topOffset(&state)
        let text = document.article.text
        let scalarCount = state.cache.text.scalarCount
        // From the reading position: the first match at or after it (`/`) or the last before it (`?`).
        let found: (match: FoldMatch, wrapped: Bool)? = needle.isEmpty ? nil
            : FoldScan.with(text, needle, scalarCount: scalarCount, index: document.searchIndex) { scan in
                let topUTF8 = utf8Offset(of: top, in: state, scan: scan)
                return prompt.backward ? scan.lastMatch(before: top, utf8: topUTF8)
                    : scan.firstMatch(atOrAfter: top, utf8: topUTF8)
            }
        guard let found else {
            state.search = nil
            state.message = "not found: " + TextSanitizer.flatten(prompt.text)
            return
        }
        var search = SearchState(query: prompt.text, backward: prompt.backward, needle: needle, text: text,
                                 scalarCount: scalarCount, current: found.match)
        search.index = document.searchIndex
        search.countMore()
        state.search = search
        show(&state, found, ahead: !prompt.backward)
    }

    /// Goes to the next match in the search's direction (`forward`), or the opposite one.
    static func stepMatch(_ state: inout ReaderState, forward: Bool) {
        guard var search = state.search else { return }
        let ahead = forward != search.backward
        let current = search.currentMatch
        // From the count when it has passed the current match, else by reading the text.
        guard let found = search.countedNeighbour(ahead: ahead)
                ?? search.scan({ ahead ? $0.match(after: current) : $0.match(before: current) }) else { return }
        search.currentMatch = found.match
        state.search = search
        show(&state, found, ahead: ahead)
    }

    /// Brings a match found into view and says when the search wrapped.
    static func show(_ state: inout ReaderState, _ found: (match: FoldMatch, wrapped: Bool), ahead: Bool) {
        reveal(&state, range: found.match.range)
        if found.wrapped { state.message = ahead ? "search wrapped to the top" : "search wrapped to the bottom" }
    }

    static func searchIndexReady(_ state: inout ReaderState, document: Int, index: SearchIndex) {
        guard state.documents.indices.contains(document) else { return }
        state.documents[document].searchIndex = index
        // A search running on that document reads only the blocks that can match from now on.
        if document == state.currentDocument { state.search?.index = index }
    }

    /// One step of the search's count (sent while no key waits, until `hasPendingWork` is false).
    static func continueSearch(_ state: inout ReaderState) {
        state.search?.countMore()
    }

    /// The byte offset of scalar `offset` of the current document, found from its paragraph's start.
    static func utf8Offset(of offset: Int, in state: ReaderState, scan: FoldScan) -> Int {
        guard state.cache.document == state.currentDocument else { return scan.utf8(ofScalar: offset, from: (0, 0)) }
        let paragraphs = state.cache.text.paragraphs
        let p = paragraphs.paragraph(containing: offset)
        return scan.utf8(ofScalar: offset, from: (paragraphs.utf8Range(p).lowerBound, paragraphs.scalarRange(p).lowerBound))
    }
}

extension ReaderState {
    /// True while work remains that the terminal layer should run between keys (`.continueSearch`).
    public var hasPendingWork: Bool { search.map { !$0.isCounted } ?? false }

    /// The search matches overlapping scalars `window` of the current document.
    func searchMatches(overlapping window: Range<Int>) -> [Range<Int>] {
        guard let search else { return [] }
        return search.scan { scan in
            scan.matches(overlapping: window, startUTF8: Reader.utf8Offset(of: window.lowerBound, in: self, scan: scan))
                .map(\.range)
        }
    }
}
