import ArticleKit
import Foundation
import ReaderCore

/// `--reader`: the work one keystroke costs on a 10 MB article once it is analysed: the reducer
/// and the render to cells (what the terminal layer then diffs), for j, PgDn, G, g, n, a search
/// forward and backward and n/N between its matches, median and worst of 20 presses, in
/// milliseconds.
enum ReaderBench {
    static func run(texts: [String], megabytes: Int = 10) {
        let text = EndToEndBench.article(of: megabytes * 1_000_000, from: texts)
        let article = Article(id: "bench", title: "bench", text: text)
        var t = now()
        var state = ReaderState(documents: [Document(article: article)], width: 120, height: 40)
        _ = Reader.render(state)
        print(String(format: "reader, %d MB article, 120×40: open and first render %.1f ms", megabytes, (now() - t) * 1000))
        t = now()
        let analysis = ArticleAnalyzer().analyze(article)
        let analysisSeconds = now() - t
        t = now()
        let index = SearchIndex(text)
        print(String(format: "search index %.1f ms (in the background in the reader, before the analysis)", (now() - t) * 1000))
        Reader.reduce(&state, .searchIndexReady(document: 0, index: index))
        t = now()
        Reader.reduce(&state, .analysisReady(document: 0, analysis: analysis))
        _ = Reader.render(state)
        print(String(format: "analysis %.2f s (in the background in the reader); applying it %.1f ms", analysisSeconds, (now() - t) * 1000))
        func press(_ name: String, _ actions: [Action], reset: [Action] = []) {
            var times: [Double] = []
            for _ in 0..<20 {
                for action in reset { Reader.reduce(&state, action) }
                let start = now()
                for action in actions { Reader.reduce(&state, action) }
                _ = Reader.render(state)
                times.append((now() - start) * 1000)
            }
            times.sort()
            let label = name.padding(toLength: 26, withPad: " ", startingAt: 0)
            print("  " + label + String(format: " median %7.3f ms   worst %7.3f ms", times[times.count / 2], times.last!))
        }
        press("j", [.scrollLines(1)])
        press("PgDn", [.scrollPages(1)])
        press("G", [.scrollToBottom], reset: [.scrollToTop])
        press("g", [.scrollToTop], reset: [.scrollToBottom])
        press("n (next quote)", [.next])
        let query: [Action] = "Genève".map { .promptInsert($0) }
        press("/Genève Enter (search)", [.promptConfirm], reset: [.escape, .startSearch(backward: false)] + query)
        // The count the terminal runs between keys after a search, one step per idle moment.
        var steps: [Double] = []
        while state.hasPendingWork {
            let start = now()
            Reader.reduce(&state, .continueSearch)
            _ = Reader.render(state)
            steps.append((now() - start) * 1000)
        }
        steps.sort()
        print(String(format: "  counting the matches between keys: %d steps, median %.3f ms, worst %.3f ms, %@",
                     steps.count, steps.isEmpty ? 0 : steps[steps.count / 2], steps.last ?? 0,
                     (state.search?.summary ?? "") as NSString))
        press("n (next match)", [.next])
        press("N (previous match)", [.previous])
        let backward: [Action] = [.escape, .startSearch(backward: true)] + query
        press("?Genève Enter (backward)", [.promptConfirm], reset: backward)
        let absent: [Action] = [.escape, .startSearch(backward: false)] + "Zanzibar".map { .promptInsert($0) }
        press("/Zanzibar Enter (no match)", [.promptConfirm], reset: absent)
    }
}
