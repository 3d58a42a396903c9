import ArticleKit
import Foundation
import ReaderCore

/// `--reader`: the work one keystroke costs on a 10 MB article once it is analysed: the reducer
/// and the render to cells (what the terminal layer then diffs), for j, PgDn, G, g, n and a
/// search, median and worst of 20 presses, in milliseconds.
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
            print(String(format: "  %-26@ median %7.3f ms   worst %7.3f ms", name as NSString, times[times.count / 2], times.last!))
        }
        press("j", [.scrollLines(1)])
        press("PgDn", [.scrollPages(1)])
        press("G", [.scrollToBottom], reset: [.scrollToTop])
        press("g", [.scrollToTop], reset: [.scrollToBottom])
        press("n (next quote)", [.next])
        let query: [Action] = "Genève".map { .promptInsert($0) }
        press("/Genève Enter (search)", [.promptConfirm], reset: [.escape, .startSearch(backward: false)] + query)
        press("n (next match)", [.next])
    }
}
