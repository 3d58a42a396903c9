import Testing
import ArticleKit
@testable import ReaderCore

/// The search scans the text folded on the fly from the reading position and counts in steps;
/// everything it finds must be what `FoldedText` (the whole text folded, then scanned from the
/// start) finds: the same spans, the same next and previous match, the same count.
@Suite struct IncrementalSearchTests {
    /// Letters that fold alike or to several scalars (ß → ss, ﬁ → fi), combining marks that fold to
    /// nothing, Cyrillic and a character past the fold table, so self-overlapping queries cross them.
    static let alphabet: [String] = ["a", "A", "á", "s", "S", "ß", "e", "É", "\u{301}", " ", "\n", "ﬁ", "f", "i",
                                     "я", "Я", "\u{1D400}", "ẞ"]
    static let queries = ["a", "aa", "aaa", "as", "sa", "ss", "sss", "e", "ee", "fi", "ffi", "ii", "я", "яя",
                          "a a", "𝐀", "asa", "s s", "é"]

    struct Generator {
        var seed: UInt64
        mutating func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        mutating func text(_ length: Int) -> String {
            (0..<length).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    static func scan<R>(_ text: String, _ query: String, index: SearchIndex? = nil, _ body: (FoldScan) -> R) -> R {
        FoldScan.with(text, FoldedNeedle(query), scalarCount: text.unicodeScalars.count, index: index, body)
    }

    /// No index, and indexes of small blocks: one whose bits are nearly all set (few blocks
    /// skipped) and one sparse (most skipped), so every skip path meets the oracle.
    static func indexes(_ text: String) -> [SearchIndex?] {
        [nil, SearchIndex(text, blockBytes: 64, bitsPerBlock: 128), SearchIndex(text, blockBytes: 64, bitsPerBlock: 8192)]
    }

    static func utf8(_ text: String, scalar: Int) -> Int {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(scalar))).utf8.count
    }

    @Test func everyMatchIsTheWholeTextScansMatch() {
        var g = Generator(seed: 7)
        for _ in 0..<300 {
            let text = g.text(g.next(60))
            for query in Self.queries {
                #expect(FoldedText.matches(of: query, in: text) == FoldedText(text).matches(of: query), "\(query) in \(text.debugDescription)")
            }
        }
    }

    @Test func firstAndLastFromAnyPositionAreTheOraclesAndWrap() {
        var g = Generator(seed: 11)
        for _ in 0..<200 {
            let text = g.text(1 + g.next(50))
            let count = text.unicodeScalars.count
            for query in Self.queries {
                let oracle = FoldedText(text).matches(of: query)
                for top in 0...count {
                    let u = Self.utf8(text, scalar: top)
                    let index = Self.indexes(text)[top % 3]
                    let forward = Self.scan(text, query, index: index) { $0.firstMatch(atOrAfter: top, utf8: u) }
                    let ahead = oracle.first { $0.lowerBound >= top }
                    #expect(forward?.match.range == (ahead ?? oracle.first), "/\(query) from \(top) in \(text.debugDescription)")
                    #expect(forward?.wrapped == (oracle.isEmpty ? nil : ahead == nil))
                    let backward = Self.scan(text, query, index: index) { $0.lastMatch(before: top, utf8: u) }
                    let behind = oracle.last { $0.lowerBound < top }
                    #expect(backward?.match.range == (behind ?? oracle.last), "?\(query) from \(top) in \(text.debugDescription)")
                    #expect(backward?.wrapped == (oracle.isEmpty ? nil : behind == nil))
                }
            }
        }
    }

    @Test func nextAndPreviousWalkTheOracleInOrderAndWrap() {
        var g = Generator(seed: 13)
        for _ in 0..<200 {
            let text = g.text(1 + g.next(70))
            for query in Self.queries {
                let oracle = FoldedText(text).matches(of: query)
                guard !oracle.isEmpty else { continue }
                for index in Self.indexes(text) { Self.scan(text, query, index: index) { scan in
                    var match = scan.firstMatch(atOrAfter: 0, utf8: 0)!.match
                    var forward = [match.range]
                    for _ in 0..<oracle.count {
                        let step = scan.match(after: match)!
                        match = step.match
                        forward.append(match.range)
                        #expect(step.wrapped == (forward.count == oracle.count + 1))
                    }
                    #expect(forward == oracle + [oracle[0]], "n: \(query) in \(text.debugDescription)")
                    var backward = [match.range]
                    for _ in 0..<oracle.count {
                        let step = scan.match(before: match)!
                        match = step.match
                        backward.append(match.range)
                        #expect(step.wrapped == (backward.count == 2))
                    }
                    #expect(backward == [oracle[0]] + oracle.reversed(), "N: \(query) in \(text.debugDescription)")
                } }
            }
        }
    }

    @Test func windowsHighlightWhatTheOracleHas() {
        var g = Generator(seed: 17)
        for _ in 0..<150 {
            let text = g.text(1 + g.next(60))
            let count = text.unicodeScalars.count
            for query in Self.queries {
                let oracle = FoldedText(text).matches(of: query)
                for start in 0..<count {
                    let window = start..<min(count + 1, start + 1 + g.next(12))
                    let found = Self.scan(text, query, index: Self.indexes(text)[start % 3]) {
                        $0.matches(overlapping: window, startUTF8: Self.utf8(text, scalar: start)).map(\.range)
                    }
                    #expect(found == oracle.filter { $0.overlaps(window) }, "\(query) in \(window) of \(text.debugDescription)")
                }
            }
        }
    }

    /// Long text: safe starts step back over long runs of overlapping occurrences, chunks double
    /// when looking back, and counting in steps gives the whole count.
    @Test func longRunsAndSteppedCountingAgree() {
        let text = String(repeating: "ab", count: 50_000) + "x" + String(repeating: "a", count: 150_001) + " ß ss"
        for query in ["aa", "aaa", "ba", "abab", "x", "ss", "s"] {
            let oracle = FoldedText(text).matches(of: query)
            let count = text.unicodeScalars.count
            for top in [0, 1, 99_999, 100_000, 100_001, 100_002, 170_001, count - 2, count] {
                let u = Self.utf8(text, scalar: top)
                let forward = Self.scan(text, query) { $0.firstMatch(atOrAfter: top, utf8: u) }
                #expect(forward?.match.range == (oracle.first { $0.lowerBound >= top } ?? oracle.first), "/\(query) \(top)")
                let backward = Self.scan(text, query) { $0.lastMatch(before: top, utf8: u) }
                #expect(backward?.match.range == (oracle.last { $0.lowerBound < top } ?? oracle.last), "?\(query) \(top)")
            }
            var search = SearchState(query: query, backward: false, needle: FoldedNeedle(query), text: text,
                                     scalarCount: count, current: Self.scan(text, query) { $0.firstMatch(atOrAfter: 0, utf8: 0)!.match })
            var steps = 0
            while !search.isCounted {
                search.countMore(bytes: 10_000)
                steps += 1
                #expect(search.knownCount <= oracle.count)
            }
            #expect(steps > 10)
            #expect(search.count == oracle.count, "\(query)")
            #expect(search.current == 0)
        }
    }

    /// Long generated texts with indexes of 64-byte blocks: skipping blocks finds what the oracle
    /// finds, also through a match stretched over blocks by a long run of combining marks.
    @Test func indexedScansSkipOnlyWhatCannotMatch() {
        var g = Generator(seed: 29)
        for round in 0..<12 {
            var text = g.text(400 + g.next(800))
            if round % 3 == 0 { text += "e" + String(repeating: "\u{301}", count: 150) + "T" + g.text(50) }
            let count = text.unicodeScalars.count
            // The sparse index does skip: some blocks cannot hold "яя".
            let sparse = SearchIndex(text, blockBytes: 64, bitsPerBlock: 8192)
            let keys = sparse.keys(for: FoldedNeedle("яя"))!
            #expect((0..<sparse.blockCount).contains { !sparse.admits($0, keys) })
            #expect(sparse.blockCount > 10)
            for query in Self.queries + ["et", "ét"] {
                let oracle = FoldedText(text).matches(of: query)
                for index in Self.indexes(text) {
                    let (all, end) = Self.scan(text, query, index: index) { scan -> ([Range<Int>], Int) in
                        var scanner = FoldScanner(utf8: 0, scalar: 0)
                        var all: [Range<Int>] = []
                        while let match = scan.next(&scanner) { all.append(match.range) }
                        return (all, scanner.scalar)
                    }
                    #expect(all == oracle, "\(query), round \(round)")
                    #expect(end == count)
                    for top in stride(from: 0, through: count, by: 37) {
                        let u = Self.utf8(text, scalar: top)
                        let forward = Self.scan(text, query, index: index) { $0.firstMatch(atOrAfter: top, utf8: u) }
                        #expect(forward?.match.range == (oracle.first { $0.lowerBound >= top } ?? oracle.first))
                        let backward = Self.scan(text, query, index: index) { $0.lastMatch(before: top, utf8: u) }
                        #expect(backward?.match.range == (oracle.last { $0.lowerBound < top } ?? oracle.last))
                    }
                    // Counting in steps that stop inside skipped blocks.
                    var scanner = FoldScanner(utf8: 0, scalar: 0)
                    var counted = 0
                    Self.scan(text, query, index: index) { scan in
                        while scanner.utf8 < text.utf8.count {
                            let limit = scanner.utf8 + 1 + g.next(90)
                            while scan.next(&scanner, limit: limit) != nil { counted += 1 }
                            #expect(scanner.scalar == Self.scalarCount(text, utf8: scanner.utf8))
                        }
                    }
                    #expect(counted == oracle.count, "\(query) counted, round \(round)")
                }
            }
        }
    }

    static func scalarCount(_ text: String, utf8: Int) -> Int {
        var n = 0
        for b in text.utf8.prefix(utf8) where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// In the reader, on texts counted at once: Enter from any position, then n and N all the
    /// way round, visit the oracle's matches in order, with their numbers and the count.
    @Test func theReaderWalksTheOraclesMatches() {
        var g = Generator(seed: 23)
        for _ in 0..<60 {
            let text = (0..<(1 + g.next(6))).map { _ in g.text(1 + g.next(30)) }.joined(separator: "\n")
            for query in ["a", "as", "ss", "aa", "fi", "я"] {
                let oracle = FoldedText(text).matches(of: query)
                var state = ReaderState(documents: [Document(article: Article(id: "r", title: "R", text: text))],
                                        width: 12, height: 8)
                if let index = Self.indexes(text)[g.next(3)] { Reader.reduce(&state, .searchIndexReady(document: 0, index: index)) }
                Reader.reduce(&state, .startSearch(backward: g.next(2) == 0))
                for c in query { Reader.reduce(&state, .promptInsert(c)) }
                Reader.reduce(&state, .promptConfirm)
                guard let search = state.search else {
                    #expect(oracle.isEmpty, "\(query) in \(text.debugDescription)")
                    continue
                }
                #expect(search.count == oracle.count)
                let ahead: Action = search.backward ? .previous : .next
                let behind: Action = search.backward ? .next : .previous
                var seen: [Range<Int>] = []
                var numbers: [Int?] = []
                for _ in 0..<oracle.count {
                    Reader.reduce(&state, ahead)
                    seen.append(state.search!.currentMatch.range)
                    numbers.append(state.search!.current)
                }
                // Forward from the first match shown, round to it again.
                let first = oracle.firstIndex(of: search.currentMatch.range)!
                let expected = (1...oracle.count).map { oracle[(first + $0) % oracle.count] }
                #expect(seen == expected, "n: \(query) in \(text.debugDescription)")
                #expect(numbers == (1...oracle.count).map { (first + $0) % oracle.count })
                seen = []
                for _ in 0..<oracle.count {
                    Reader.reduce(&state, behind)
                    seen.append(state.search!.currentMatch.range)
                }
                #expect(seen == (1...oracle.count).map { oracle[((first - $0) % oracle.count + oracle.count) % oracle.count] },
                        "N: \(query) in \(text.debugDescription)")
                // The highlighted matches on screen are the oracle's.
                let highlighted = Set(Highlighter.highlights(for: state).filter { $0.role == .searchMatch }.map(\.range))
                #expect(highlighted == Set(oracle))
            }
        }
    }

    /// Scalar offset of `needle` in the (ASCII) long article.
    static func offset(of needle: String) -> Int {
        let text = LargeArticleTests.text
        return text.utf8.distance(from: text.startIndex, to: text.firstRange(of: needle)!.lowerBound)
    }

    /// In the reader: Enter on a long article counts one step, says "≥N" until `.continueSearch`
    /// has counted to the end, and the current match's number appears once the count passes it.
    @Test func theStatusBarCountsOnBetweenKeys() {
        var state = LargeArticleTests.state(width: 60, height: 20)
        Fixtures.press([.character("G")], &state)
        Fixtures.press([.character("/")], &state)
        Fixtures.type("PARAGRAPH 1", &state)
        Fixtures.press([.enter], &state)
        let search = state.search!
        #expect(state.message == "search wrapped to the top")
        #expect(search.currentMatch.range == Self.offset(of: "Paragraph 1:")..<Self.offset(of: "Paragraph 1:") + 11)
        #expect(!search.isCounted && state.hasPendingWork)
        #expect(search.current == 0)
        #expect(StatusBar.parts(state).left.contains("/PARAGRAPH 1 1/≥"), "\(StatusBar.parts(state).left)")
        // Before the count gets there, n and N read the text.
        Fixtures.press([.character("n")], &state)
        #expect(state.search?.currentMatch.range.lowerBound == Self.offset(of: "Paragraph 10:"))
        Fixtures.press([.character("N")], &state)
        #expect(state.search?.currentMatch.range.lowerBound == Self.offset(of: "Paragraph 1:"))
        var steps = 0
        while state.hasPendingWork {
            Reader.reduce(&state, .continueSearch)
            steps += 1
        }
        #expect(steps > 5)
        // "Paragraph 1", 10–19, 100–199, 1000–1999, 10000–19999.
        #expect(state.search?.count == 1 + 10 + 100 + 1000 + 10000)
        #expect(StatusBar.parts(state).left.hasSuffix("/PARAGRAPH 1 1/11111 matches"))
        // n and N walk the same matches, with their numbers.
        Fixtures.press([.character("N")], &state)
        #expect(state.search?.current == 11110)
        #expect(state.message == "search wrapped to the bottom")
        #expect(state.search?.currentMatch.range.lowerBound == Self.offset(of: "Paragraph 19999"))
        Fixtures.press([.character("n")], &state)
        #expect(state.message == "search wrapped to the top")
        Fixtures.press([.character("n")], &state)
        #expect(state.search?.current == 1)
        #expect(state.search?.currentMatch.range.lowerBound == Self.offset(of: "Paragraph 10"))
        // The screen shows the match, highlighted as the current one.
        let screen = Reader.render(state)
        #expect(screen.lines.contains { $0.contains("Paragraph 10:") })
    }
}
