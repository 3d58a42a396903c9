import Foundation
import Testing
@testable import ArticleKit

/// Markdown rendered to text by libcmark: the markup gone, the words and code kept.
@Suite struct MarkdownImporterTests {
    @Test func markupIsRemovedAndCodeKeptVerbatim() {
        let markdown = """
            # Talks resume in *Geneva*

            The envoy spoke **at length** about [the plan](https://example.org/plan "plan").

            - first point
            - second point

            1. one
            2. two

            Use `x = **y**` here.

            ```
            let **kept** = [as](is)
            ```

            <div class="ad">dropped</div>
            """
        let (text, heading) = MarkdownImporter.render(markdown)
        #expect(heading == "Talks resume in Geneva")
        #expect(text == """
            Talks resume in Geneva

            The envoy spoke at length about the plan.

            - first point
            - second point

            1. one
            2. two

            Use x = **y** here.

            let **kept** = [as](is)

            """)
    }

    @Test func aBlockQuoteBecomesAQuotation() {
        let (text, _) = MarkdownImporter.render("She wrote:\n\n> We will not give up\n> on the talks.\n")
        #expect(text == "She wrote:\n\n“We will not give up on the talks.”\n")
    }

    @Test func emphasisNeverEndsUpInsideASpeakerName() throws {
        let data = Data("# Vote\n\n\"We will win,\" said **Jane Doe** of the party.\n".utf8)
        let article = try ArticleImporter().article(from: data, name: "vote.md")
        #expect(article.format == .markdown)
        #expect(article.title == "Vote")
        #expect(article.text == "Vote\n\n\"We will win,\" said Jane Doe of the party.\n")
        let analysis = ArticleAnalyzer().analyze(article)
        #expect(analysis.language == "en")
        #expect(analysis.quotes.contains { $0.speaker == "Jane Doe" })
        #expect(analysis.entities.contains { $0.text == "Jane Doe" })
        #expect(analysis.actors.contains { $0.name == "Jane Doe" })
    }

    @Test func markdownIsDetectedOnStandardInputByItsSyntax() {
        #expect(DocumentFormat.detect(text: "# Title\n\nSome **bold** text.\n", name: "stdin") == .markdown)
        #expect(DocumentFormat.detect(text: "Price: 5 * 3 = 15.\n", name: "stdin") == .text)
        #expect(DocumentFormat.detect(text: "# Title\n\n**b**", name: "notes.txt") == .text)
    }

    @Test func hostileMarkdownEndsCleanly() {
        let deep = String(repeating: "> ", count: 10_000) + "deep\n"
        #expect(MarkdownImporter.render(deep).text.contains("deep"))
        let nested = String(repeating: "[", count: 20_000) + "x" + String(repeating: "](u)", count: 20_000)
        #expect(!MarkdownImporter.render(nested).text.isEmpty)
        #expect(MarkdownImporter.render("").text == "")
        #expect(MarkdownImporter.render("a\u{1B}]0;pwned\u{07}b").text == "a\u{1B}]0;pwned\u{07}b\n")
    }
}
