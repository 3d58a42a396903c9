import Foundation

/// JSON Feed (jsonfeed.org) with Foundation's JSONDecoder: each item an article; `content_html`
/// goes through the HTML path, `content_text` is kept as it is.
public enum JSONFeedImporter {
    struct Feed: Decodable {
        var title: String?
        var items: [Item]?
    }

    struct Item: Decodable {
        var title: String?
        var contentHTML: String?
        var contentText: String?
        var summary: String?
        var datePublished: String?

        enum CodingKeys: String, CodingKey {
            case title, summary
            case contentHTML = "content_html"
            case contentText = "content_text"
            case datePublished = "date_published"
        }
    }

    /// The items, or nil when the text is not a JSON Feed.
    public static func articles(from decoded: DecodedText, id: String, source: String?) -> [Article]? {
        guard let feed = try? JSONDecoder().decode(Feed.self, from: Data(decoded.text.utf8)), let items = feed.items else {
            return nil
        }
        let feedName = feed.title.map(VisibleControls.make)
        return items.enumerated().compactMap { index, item in
            let title = item.title.map { VisibleControls.make(HTMLImporter.collapsed($0)) }
            let body = item.contentHTML.map { HTMLImporter.extract($0).text }
                ?? item.contentText ?? item.summary ?? ""
            guard title != nil || !body.isEmpty else { return nil }
            let text = title.map { "\($0)\n\n" + body } ?? body
            let origin = [feedName ?? source, item.datePublished.map(VisibleControls.make)].compactMap { $0 }
                .joined(separator: ", ")
            var article = Article(id: "\(id)#\(index + 1)", title: title ?? "\(id) #\(index + 1)",
                                  source: origin.isEmpty ? source : origin,
                                  text: text.hasSuffix("\n") ? text : text + "\n", format: .jsonFeed, encoding: decoded.encoding)
            article.published = item.datePublished.flatMap(PublicationDate.normalize)
            return article
        }
    }
}
