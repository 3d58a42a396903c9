import CLibXML2
import Foundation

/// RSS 2.0 and Atom feeds through libxml2's XML parser (no network, no entity expansion):
/// each item becomes an article with its title, date and the feed as its source; an item body
/// holding HTML goes through the HTML path.
public enum FeedImporter {
    public static func articles(from decoded: DecodedText, id: String, source: String?) -> [Article] {
        var utf8 = Array(decoded.text.utf8)
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        let parsed: xmlDocPtr? = utf8.isEmpty ? nil : utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return [] }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        let isAtom = HTMLImporter.name(root) == "feed"
        let format: DocumentFormat = isAtom ? .atom : .rss
        var feedTitle: String?
        var items: [xmlNodePtr] = []
        HTMLImporter.walk(root) { node in
            let name = HTMLImporter.name(node)
            if name == (isAtom ? "entry" : "item") {
                items.append(node)
                return false
            }
            if name == "title", feedTitle == nil { feedTitle = HTMLImporter.collapsed(HTMLImporter.plainText(node)) }
            return true
        }
        let feedName = feedTitle.map(VisibleControls.make).flatMap { $0.isEmpty ? nil : $0 }
        return items.enumerated().compactMap { index, item in
            var fields: [String: xmlNodePtr] = [:]
            var child = item.pointee.children
            while let node = child {
                if node.pointee.type == XML_ELEMENT_NODE, let name = HTMLImporter.name(node), fields[name] == nil {
                    fields[name] = node
                }
                child = node.pointee.next
            }
            func text(_ name: String) -> String? {
                fields[name].map { HTMLImporter.plainText($0).trimmingCharacters(in: .whitespacesAndNewlines) }
                    .flatMap { $0.isEmpty ? nil : $0 }
            }
            let title = text("title").map { VisibleControls.make(HTMLImporter.collapsed(HTMLImporter.extractIfMarkup($0))) }
            let date = text("pubdate") ?? text("published") ?? text("updated") ?? text("date")
            var body = ""
            if let content = fields["content"], HTMLImporter.attribute(content, "type") == "xhtml" {
                body = HTMLImporter.text(of: content)
            } else if let raw = text("encoded") ?? text("content") ?? text("description") ?? text("summary") {
                body = HTMLImporter.extractIfMarkup(raw)
            }
            guard title != nil || !body.isEmpty else { return nil }
            let heading = title ?? "\(id) #\(index + 1)"
            let text = title.map { "\($0)\n\n" + body } ?? body
            let origin = [feedName ?? source, date.map(VisibleControls.make)].compactMap { $0 }.joined(separator: ", ")
            var article = Article(id: "\(id)#\(index + 1)", title: heading, source: origin.isEmpty ? source : origin,
                                  text: text.hasSuffix("\n") ? text : text + "\n", format: format, encoding: decoded.encoding)
            article.published = date.flatMap(PublicationDate.normalize)
            return article
        }
    }
}
