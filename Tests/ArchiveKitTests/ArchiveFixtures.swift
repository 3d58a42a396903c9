import ArticleKit
import Foundation
import TestSupport
@testable import ArchiveKit

/// Archives in a fresh temporary folder, and analyses built by hand so each test says exactly
/// which actors and quotes an article holds.
enum ArchiveFixtures {
    static func temporaryFolder() -> URL {
        let url = ScratchFolder.url("archive-tests")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func freshArchive() throws -> Archive {
        try Archive(path: temporaryFolder().appendingPathComponent("archive.sqlite").path, create: true)
    }

    /// A speaker and what they said, in an article of its own text.
    struct Said {
        var speaker: String
        var aliases: [String] = []
        var type: EntityType = .person
        var words: String
    }

    /// An article whose text is the statements one after another, each "« … », a dit SPEAKER.",
    /// with one actor per distinct speaker and each quote spanning its words.
    static func article(_ title: String, published: String?, _ said: [Said]) -> (Article, Analysis) {
        var text = ""
        var quotes: [Quote] = []
        var actors: [Actor] = []
        for item in said {
            let start = text.unicodeScalars.count + 2
            text += "« \(item.words) », a dit \(item.speaker).\n\n"
            let span = TextSpan(start, start + item.words.unicodeScalars.count)
            let index = actors.firstIndex { $0.name == item.speaker } ?? {
                actors.append(Actor(name: item.speaker, type: item.type, aliases: item.aliases))
                return actors.count - 1
            }()
            actors[index].mentions.append(TextSpan(span.end + 10, span.end + 10 + item.speaker.unicodeScalars.count))
            actors[index].quotes.append(quotes.count)
            quotes.append(Quote(span: span, kind: .direct, text: item.words, cue: "a dit", actor: index,
                                speaker: item.speaker, confidence: 0.9))
        }
        var article = Article(id: title, title: title, source: "Test Wire", text: text, format: .text)
        article.published = published
        return (article, Analysis(text: ScalarText(text), language: "fr", quotes: quotes, actors: actors))
    }
}
