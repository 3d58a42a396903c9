import ArticleKit
import Testing
@testable import ReaderCore

/// Reading positions as values: what a session hands back on exit and puts back on start.
@Suite struct ReadingPositionTests {
    static func documents() -> [Document] {
        let long = (1...200).map { "Paragraph \($0) of a long story." }.joined(separator: "\n\n")
        return [Document(article: Article(id: "a", title: "A", text: long)),
                Document(article: Article(id: "b", title: "B", text: "Short.\n"))]
    }

    @Test func offsetsRoundTripThroughANewState() {
        var state = ReaderState(documents: Self.documents(), width: 80, height: 24)
        #expect(state.readingOffsets == [0, 0])
        Reader.reduce(&state, .scrollLines(40))
        let offsets = state.readingOffsets
        #expect(offsets[0] > 0)
        var again = ReaderState(documents: Self.documents(), width: 80, height: 24)
        again.restore(offsets: Dictionary(uniqueKeysWithValues: offsets.enumerated().map { ($0.offset, $0.element) }))
        #expect(again.readingOffsets == offsets)
        #expect(again.scroll == state.scroll)
    }

    @Test func anOffsetPastTheEndIsClampedAndUnknownDocumentsIgnored() {
        var state = ReaderState(documents: Self.documents(), width: 80, height: 24)
        state.restore(offsets: [0: Int.max / 2, 1: 3, 7: 10])
        #expect(state.scroll == state.maxScroll)
        #expect(state.readingOffsets[1] == 3)
    }
}
