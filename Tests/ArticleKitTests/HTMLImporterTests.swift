import Foundation
import Testing
@testable import ArticleKit

/// Saved web pages: the main content extracted by libxml2's HTML parser, the rest dropped.
@Suite struct HTMLImporterTests {
    static let page = """
        <!DOCTYPE html>
        <html>
        <head>
          <title>Les n&eacute;gociations reprennent | Le Journal</title>
          <meta name="author" content="Claire Dubois">
          <meta property="article:published_time" content="2026-03-04T09:00:00Z">
          <style>body { color: red; }</style>
          <script>document.write("\u{1B}]0;owned\u{07}\u{1B}[2J");</script>
        </head>
        <body>
          <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
          <!-- a comment that is not the article -->
          <article>
            <h1>Les n&eacute;gociations reprennent &agrave; Gen&egrave;ve</h1>
            <p>Le ministre a d&eacute;clar&eacute; mardi que l&#8217;accord &eacute;tait proche.</p>
            <p>&laquo;&nbsp;Nous ne c&eacute;derons pas&nbsp;&raquo;, a affirm&eacute; Jean Martin, chef de la d&eacute;l&eacute;gation.</p>
            <blockquote><p>Rien n'est sign&eacute; tant que tout n'est pas sign&eacute;.</p></blockquote>
            <aside>Lire aussi : un autre article</aside>
            <p>Un signe de contr&ocirc;le&#27;[31m ici.</p>
          </article>
          <footer>&copy; Le Journal, mentions l&eacute;gales</footer>
        </body>
        </html>
        """

    @Test func mainContentIsExtractedWithItsMetadata() throws {
        let data = Data(Self.page.utf8)
        let article = try ArticleImporter().article(from: data, name: "saved.html")
        #expect(article.format == .html)
        #expect(article.title == "Les négociations reprennent à Genève")
        #expect(article.source == "saved.html (Claire Dubois)")
        #expect(article.published == "2026-03-04T09:00:00Z")
        let text = article.text
        #expect(text.hasPrefix("Les négociations reprennent à Genève\n\nLe ministre a déclaré mardi que l’accord était proche.\n\n"))
        #expect(text.contains("«\u{A0}Nous ne céderons pas\u{A0}», a affirmé Jean Martin"))
        #expect(text.contains("“Rien n'est signé tant que tout n'est pas signé.”"))
        for dropped in ["Accueil", "owned", "color", "comment", "Lire aussi", "mentions", "document.write"] {
            #expect(!text.contains(dropped), "\(dropped)")
        }
        let page = HTMLImporter.extract(Self.page)
        #expect(page.date == "2026-03-04T09:00:00Z")
        #expect(page.byline == "Claire Dubois")
    }

    /// No `lang` in the markup: the language comes from the extracted text, not "und".
    @Test func languageComesFromTheTextWhenTheMarkupIsSilent() throws {
        let article = try ArticleImporter().article(from: Data(Self.page.utf8), name: "saved.html")
        #expect(article.language == nil)
        let analysis = ArticleAnalyzer().analyze(article)
        #expect(analysis.language == "fr")
        #expect(analysis.quotes.contains { $0.speaker == "Jean Martin" })
        let english = HTMLImporter.extract("<html lang=\"en-GB\"><body><p>Hello.</p></body></html>")
        #expect(english.language == "en")
        #expect(HTMLImporter.extract("<html lang=\"de\"><body><p>Hallo.</p></body></html>").language == nil)
    }

    @Test func hostilePagesEndCleanly() {
        let deep = "<html><body>" + String(repeating: "<div>", count: 10_000) + "au fond"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        _ = HTMLImporter.extract(deep)
        let unclosed = "<html><body>" + String(repeating: "<p><b><i>", count: 10_000) + "x"
        _ = HTMLImporter.extract(unclosed)
        #expect(HTMLImporter.extract("").text == "")
        let cr = try? ArticleImporter().article(from: Data("<html><body><pre>a&#13;b&#13;&#10;c</pre></body></html>".utf8), name: "cr.html")
        #expect(cr?.text == "a\nb\nc\n")
        #expect(HTMLImporter.extract("<html>").text == "")
        #expect(HTMLImporter.extract("<html><body><p>a\u{0}b</p></body></html>").text.hasPrefix("a"))
    }

    @Test func detectedByContentBeforeExtension() {
        #expect(DocumentFormat.detect(text: "  <!DOCTYPE html><html></html>", name: "page.txt") == .html)
        #expect(DocumentFormat.detect(text: "<div>x</div>", name: "page.htm") == .html)
        #expect(DocumentFormat.detect(text: "Plain <b> text", name: "stdin") == .text)
    }
}

/// A page whose bytes say too little for the statistics falls back on its declared charset.
@Suite struct DeclaredCharsetTests {
    @Test func aDeclaredCharsetDecidesWhenTheLettersCannot() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8)
        bytes += [0xE9]
        bytes += Array("</title></head><body><p>Open all day.</p></body></html>".utf8)
        let article = try ArticleImporter().article(from: Data(bytes), name: "cafe.html")
        #expect(article.title == "Café")
        #expect(article.encoding == .windows1252)
        let utf8 = try ArticleImporter().article(from: Data("<html><head><meta charset=\"koi8-r\"><title>Café</title></head></html>".utf8), name: "x.html")
        #expect(utf8.encoding == .utf8)
        #expect(utf8.title == "Café")
    }
}
