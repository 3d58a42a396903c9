import ArticleKit
import Foundation
@testable import ReaderCore
import Testing

struct CopyExportTests {
    @Test func yCopiesTheCurrentQuoteWithSpeakerAndTitle() {
        var state = Fixtures.state(width: 100, height: 30)
        Fixtures.press([.character("y")], &state)
        #expect(Reader.takeEffects(&state).isEmpty)
        #expect(state.message?.contains("no current quote") == true)
        Fixtures.press([.character("n"), .character("y")], &state)
        #expect(Reader.takeEffects(&state) == [.copy("“The main tasks have been accomplished,” — Vladimir Putin, Leaders discuss Syria")])
        #expect(Reader.takeEffects(&state).isEmpty)
    }

    @Test func clipboardTextLosesEveryControlCharacter() {
        let hostile = "a\u{1B}]52;c;AAAA\u{07}b\u{9B}31mc\u{202E}d\u{2067}e\nf\u{7F}g"
        let clean = ClipboardText.sanitize(hostile)
        #expect(clean == "a]52;c;AAAAb31mcde fg")
        #expect(!clean.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test func statementsExportAsJSONLinesAndMarkdown() throws {
        var state = Fixtures.state(width: 100, height: 30)
        Fixtures.press([.character("W")], &state)
        guard case .write(let name, let contents) = try #require(Reader.takeEffects(&state).first) else {
            Issue.record("no file written")
            return
        }
        #expect(name == "fixture.statements.jsonl")
        let lines = contents.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["title"] as? String == "Leaders discuss Syria")
            #expect(object["kind"] as? String != nil)
        }
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["speaker"] as? String == "Vladimir Putin")
        Fixtures.press([.character("w")], &state)
        guard case .write(let mdName, let markdown) = try #require(Reader.takeEffects(&state).first) else { return }
        #expect(mdName == "fixture.statements.md")
        #expect(markdown.hasPrefix("# Statements: Leaders discuss Syria\n"))
        #expect(markdown.contains("- **Josh Ernest** (direct): We welcome any reduction of violence in Syria,"))
    }

    @Test func exportFileNamesStaySafe() {
        var state = Fixtures.state(width: 100, height: 30)
        state.documents[0].article.id = "../../etc/pass wd"
        #expect(StatementExport.fileName(state, format: .markdown) == "pass-wd.statements.md")
        #expect(StatementExport.json("a\"b\\c\u{1}") == "\"a\\\"b\\\\c\\u0001\"")
    }
}

struct PlainTitleTests {
    @Test func theTitleIsPrintedOnceWhenTheTextStartsWithIt() {
        let article = Article(id: "a", title: "Titre de l'article", text: "Titre de l'article\n\nPremier paragraphe.\n")
        let out = PlainTextFormatter.format(article, width: 60)
        #expect(out.components(separatedBy: "Titre de l'article").count == 2)
        #expect(out.hasPrefix("Titre de l'article\n\nPremier paragraphe."))
        // A title the text does not start with is still printed above it.
        let named = Article(id: "b", title: "file.txt", text: "Premier paragraphe.\n")
        #expect(PlainTextFormatter.format(named, width: 60).hasPrefix("file.txt\n\nPremier paragraphe."))
        // A first line that only begins like the title is not the title.
        let longer = Article(id: "c", title: "Titre", text: "Titre de l'article\n")
        #expect(PlainTextFormatter.format(longer, width: 60).hasPrefix("Titre\n\nTitre de l'article"))
    }
}
