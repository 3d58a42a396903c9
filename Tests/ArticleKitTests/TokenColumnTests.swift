import Testing
@testable import ArticleKit

/// The compact per-token columns of `StatementDocument` read exactly what a plain `[Int]` holds.
struct TokenColumnTests {
    /// The plain column of `runs` (value: the run's place), -1 outside them.
    private func plain(_ count: Int, _ runs: [Range<Int>]) -> [Int] {
        var column = [Int](repeating: -1, count: count)
        for (index, run) in runs.enumerated() { for t in run { column[t] = index } }
        return column
    }

    @Test func runsAnswerForEveryTokenAcrossWordBoundaries() {
        let count = 300
        let runs = [0..<1, 5..<70, 70..<71, 127..<129, 191..<192, 192..<256, 299..<300]
        let tokenRuns = TokenRuns(count: count, runs: runs)
        let expected = plain(count, runs)
        let column = RunColumn(runs: tokenRuns, values: runs.indices.map { Int32($0) })
        for t in 0..<count {
            #expect(column[t] == expected[t], "token \(t)")
            #expect(tokenRuns.run(startingAt: t) == (runs.firstIndex { $0.lowerBound == t } ?? -1), "token \(t)")
        }
    }

    @Test func overlappingOrEmptyRunsAreNotTakenForDisjointOnes() {
        #expect(TokenRuns.areDisjoint([0..<2, 2..<3, 10..<12]))
        #expect(!TokenRuns.areDisjoint([0..<2, 1..<3]))
        #expect(!TokenRuns.areDisjoint([0..<2, 2..<2]))
        #expect(!TokenRuns.areDisjoint([4..<6, 0..<2]))
    }

    @Test func stepColumnKeepsEveryValueAndFallsBackWhenValuesJump() {
        var steps: [Int] = []
        var value = 0
        for t in 0..<1000 { if t % 3 == 0 || (t > 500 && t < 700) { value += 1 }; steps.append(value) }
        let column = StepColumn(TokenColumn(count: steps.count) { out in
            for (i, v) in steps.enumerated() { out.initializeElement(at: i, to: Int32(v)) }
        })
        #expect((0..<steps.count).allSatisfy { column[$0] == steps[$0] })
        let jumps = [0, 5, 400, 3, 70_000, 70_001]
        let fallback = StepColumn(TokenColumn(count: jumps.count) { out in
            for (i, v) in jumps.enumerated() { out.initializeElement(at: i, to: Int32(v)) }
        })
        #expect((0..<jumps.count).allSatisfy { fallback[$0] == jumps[$0] })
    }

    @Test func statementTokenKeepsItsFieldsApart() {
        var token = StatementToken(start: 3, end: 4, kind: .quote, key: CueWordKey("dit"), capitalized: true, mark: "\u{10FFFF}")
        token.blank = true
        token.invertedPronoun = CueWordKey("elle")
        token.flags = [.cueVerb, .orgNoun]
        #expect(token.kind == .quote && token.capitalized && token.blank && token.mark == "\u{10FFFF}")
        #expect(token.invertedPronoun == CueWordKey("elle") && token.key == CueWordKey("dit"))
        #expect(token.flags == [.cueVerb, .orgNoun] && token.start == 3 && token.end == 4 && !token.isWord)
        token.capitalized = false
        token.invertedPronoun = nil
        token.flags.insert(.headCue)
        #expect(token.kind == .quote && !token.capitalized && token.blank && token.mark == "\u{10FFFF}")
        #expect(token.invertedPronoun == nil && token.flags == [.cueVerb, .orgNoun, .headCue])
        // A word keeps its end (a mark's end is the next scalar) and has no mark.
        let key = CueWordKey(value: 0xFFFF_FFFF_0000_0001)
        let word = StatementToken(start: 70_000, end: 2_000_000_000, kind: .number, key: key, capitalized: false, mark: "7")
        #expect(word.isWord && word.kind == .number && word.start == 70_000 && word.end == 2_000_000_000)
        #expect(word.key == key && word.mark == "\u{0}" && word.flags.isEmpty)
        #expect(MemoryLayout<StatementToken>.stride == 20)
    }
}
