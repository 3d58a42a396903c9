import Foundation
import Testing
import ArticleKit
@testable import ReaderCore

/// A paragraph without line breaks (4 and 8 MB): opening it, showing its first screen and
/// going to its end must cost at most 3× as much when the paragraph doubles (CPU time of this
/// thread, the least of 3 runs).
@Suite(.serialized) struct LayoutComplexityTests {
    static func threadCPUTime(_ body: () -> Void) -> Double {
        var before = timespec(), after = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after)
        return Double(after.tv_sec - before.tv_sec) + Double(after.tv_nsec - before.tv_nsec) / 1e9
    }

    /// Opens `text`, renders the first screen, goes to the end and renders it.
    static func openAndRead(_ text: String) {
        var state = ReaderState(documents: [Document(article: Article(id: "l", title: "L", text: text))], width: 80, height: 24)
        _ = Reader.render(state)
        Fixtures.press([.character("G")], &state)
        _ = Reader.render(state)
    }

    func expectLinear(bytes: Int, unit: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let small = String(repeating: unit, count: bytes / unit.utf8.count)
        let large = small + small
        let cost = { (text: String) in (0..<3).map { _ in Self.threadCPUTime { Self.openAndRead(text) } }.min()! }
        let (a, b) = (cost(small), cost(large))
        #expect(b / a <= 3, "n: \(a) s, 2n: \(b) s", sourceLocation: sourceLocation)
    }

    @Test func longLineOfWords() { expectLinear(bytes: 4_000_000, unit: "the train leaves at noon ") }
    @Test func longLineOfCyrillicWords() { expectLinear(bytes: 4_000_000, unit: "поезд уходит в полдень ") }
    @Test func longLineWithoutSpaces() { expectLinear(bytes: 4_000_000, unit: "abcdefghij") }
}

/// Long paragraphs in other scripts or without spaces are cut into pieces too, each at a
/// grapheme cluster boundary: the pieces' clusters are the whole paragraph's.
@Suite struct PieceBoundaryTests {
    static func expectPiecesAreClusters(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let article = ArticleText(text)
        #expect(article.paragraphs.count > 2, sourceLocation: sourceLocation)
        var pieces: [String] = []
        for p in 0..<article.paragraphs.count {
            pieces += article.clusters(ofParagraph: p).map(\.text)
        }
        #expect(pieces == DisplayText.clusters(of: Substring(text), startingAt: 0).map(\.text), sourceLocation: sourceLocation)
    }

    @Test func cyrillicWordsAreCutAfterASpace() {
        Self.expectPiecesAreClusters(String(repeating: "поезд уходит в полдень ", count: 6_000))
    }

    @Test func textWithoutSpacesIsCutBetweenLetters() {
        Self.expectPiecesAreClusters(String(repeating: "abcdefghij", count: 20_000))
        Self.expectPiecesAreClusters(String(repeating: "東京大阪", count: 20_000))
        // Combining marks and Hangul jamo: never cut inside a cluster.
        Self.expectPiecesAreClusters(String(repeating: "e\u{301}a\u{1100}\u{1161}\u{11A8}ж", count: 20_000))
    }
}
