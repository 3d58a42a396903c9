import Foundation
import Testing
@testable import ArticleKit

/// RSS 2.0, Atom and JSON Feed: one article per item, HTML bodies through the HTML path.
@Suite struct FeedImporterTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Morning Wire</title>
          <link>https://example.org/</link>
          <item>
            <title>Harbour strike ends</title>
            <pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
            <description><![CDATA[<p>"The strike is over," said Maria Lopez, the union leader.</p><script>x()</script>]]></description>
          </item>
          <item>
            <title>Rain &amp; wind</title>
            <description>Plain words about the weather.</description>
          </item>
          <item><link>https://example.org/empty</link></item>
        </channel>
        </rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Le Fil</title>
          <entry>
            <title type="html">L&amp;#8217;accord &lt;em&gt;sign&amp;eacute;&lt;/em&gt;</title>
            <published>2026-03-04T10:00:00Z</published>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le texte a été signé.</p><p>Fin.</p></div></content>
          </entry>
          <entry>
            <title>Second</title>
            <updated>2026-03-05T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Deuxième &lt;b&gt;article&lt;/b&gt;.&lt;/p&gt;</content>
          </entry>
        </feed>
        """

    static let jsonFeed = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Evening Notes",
         "items": [
           {"id": "1", "title": "Budget passes", "content_html": "<p>The budget passed <i>narrowly</i>.</p><nav>menu</nav>",
            "date_published": "2026-03-06T18:00:00Z"},
           {"id": "2", "content_text": "Only text here."},
           {"id": "3"}
         ]}
        """

    func articles(_ text: String, name: String = "stdin") throws -> [Article] {
        try ArticleImporter().articles(from: Data(text.utf8), name: name)
    }

    @Test func rssItemsBecomeArticles() throws {
        let items = try articles(Self.rss)
        #expect(items.count == 2)
        #expect(items.map(\.format) == [.rss, .rss])
        #expect(items[0].title == "Harbour strike ends")
        #expect(items[0].source == "Morning Wire, Tue, 03 Mar 2026 08:00:00 GMT")
        #expect(items[0].text == "Harbour strike ends\n\n\"The strike is over,\" said Maria Lopez, the union leader.\n")
        #expect(items[0].published == "2026-03-03T08:00:00Z")
        #expect(items[1].published == nil)
        #expect(items[1].title == "Rain & wind")
        #expect(items[1].text == "Rain & wind\n\nPlain words about the weather.\n")
        #expect(items.map(\.id) == ["stdin#1", "stdin#2"])
        let analysis = ArticleAnalyzer().analyze(items[0])
        #expect(analysis.quotes.contains { $0.speaker == "Maria Lopez" })
    }

    @Test func atomEntriesBecomeArticles() throws {
        let items = try articles(Self.atom, name: "fil.atom")
        #expect(items.count == 2)
        #expect(items[0].format == .atom)
        #expect(items[0].title == "L’accord signé")
        #expect(items[0].text == "L’accord signé\n\nLe texte a été signé.\n\nFin.\n")
        #expect(items[0].source == "Le Fil, 2026-03-04T10:00:00Z")
        #expect(items[1].text == "Second\n\nDeuxième article.\n")
        #expect(items.map(\.published) == ["2026-03-04T10:00:00Z", "2026-03-05T10:00:00Z"])
    }

    @Test func jsonFeedItemsBecomeArticles() throws {
        let items = try articles(Self.jsonFeed)
        #expect(items.count == 2)
        #expect(items[0].format == .jsonFeed)
        #expect(items[0].text == "Budget passes\n\nThe budget passed narrowly.\n")
        #expect(items[0].source == "Evening Notes, 2026-03-06T18:00:00Z")
        #expect(items[1].text == "Only text here.\n")
    }

    @Test func aTitleHoldingAnOSCSequenceIsMadeVisible() throws {
        let json = #"{"version": "https://jsonfeed.org/version/1", "title": "T\u001b]0;pwned\u0007", "items": [{"title": "A\u001b]8;;http://x\u001b\\link", "content_text": "x"}]}"#
        let items = try articles(json)
        #expect(items.count == 1)
        #expect(!items[0].title.unicodeScalars.contains("\u{1B}"))
        #expect(items[0].title.contains("␛"))
        #expect(!(items[0].source ?? "").unicodeScalars.contains("\u{1B}"))
        let xml = "<rss><channel><title>F</title><item><title>B\u{1B}]0;pwned\u{7}ad</title><description>d</description></item>"
            + "<item><title>Good</title><description>kept</description></item></channel></rss>"
        let rssItems = (try? articles(xml)) ?? []
        #expect(rssItems.allSatisfy { !$0.title.unicodeScalars.contains("\u{1B}") && !$0.title.unicodeScalars.contains("\u{7}") })
    }

    @Test func emptyAndBrokenFeedsAreClearErrors() {
        #expect(throws: ImportError.emptyFeed("stdin")) { try articles("<rss><channel><title>x</title></channel></rss>") }
        #expect(throws: ImportError.emptyFeed("stdin")) { try articles("<?xml version=\"1.0\"?><rss><channel") }
        // An entity that would expand a billion times is not expanded.
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <rss><channel><item><title>&d;&d;&d;&d;&d;&d;</title><description>x</description></item></channel></rss>
            """
        _ = try? articles(laughs)
    }

    @Test func aTwentyMegabyteFeedIsRead() throws {
        var xml = "<?xml version=\"1.0\"?><rss><channel><title>Big</title>"
        let body = String(repeating: "Words of a long story told again. ", count: 30)
        var count = 0
        while xml.utf8.count < 20 * 1_048_576 {
            xml += "<item><title>Item \(count)</title><description>&lt;p&gt;\(body)&lt;/p&gt;</description></item>"
            count += 1
        }
        xml += "</channel></rss>"
        let items = try articles(xml)
        #expect(items.count == count)
        #expect(items.last?.title == "Item \(count - 1)")
    }
}
