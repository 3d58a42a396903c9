import CLibXML2
import Foundation

/// A saved web page to an article with libxml2's HTML parser: the main content (the largest
/// `<article>`, else `<main>`, else the body) without navigation, scripts, styles, asides,
/// forms and footers; title, byline and date from the page's metadata; character references
/// decoded by the parser (the text stays untrusted: the reader shows control characters as
/// symbols). Block quotes are set in quotation marks, as in Markdown.
public enum HTMLImporter {
    public static func article(from decoded: DecodedText, id: String, source: String?) -> Article {
        let page = extract(decoded.text)
        let title = VisibleControls.make(page.title ?? ArticleImporter.title(of: page.text, fallback: id))
        var article = Article(id: id, title: title, source: page.byline.map { "\(source ?? id) (\(VisibleControls.make($0)))" } ?? source,
                              language: page.language, text: page.text, format: .html, encoding: decoded.encoding)
        article.published = page.date.flatMap(PublicationDate.normalize)
        return article
    }

    public struct Page: Sendable, Hashable {
        public var title: String?
        public var byline: String?
        public var date: String?
        /// The `lang` of the page when it names a language the analysis knows; else nil (detected).
        public var language: String?
        public var text: String
    }

    /// Elements whose content is never the article.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "header", "form",
        "button", "iframe", "svg", "canvas", "select", "menu", "figure", "head",
    ]
    /// Elements that end a line or a paragraph.
    static let paragraphElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table", "section", "article",
    ]
    static let lineElements: Set<String> = ["br", "li", "div", "tr", "dt", "dd"]
    /// Languages the analysis has resources for; another `lang` is left to detection.
    static let knownLanguages: Set<String> = ["fr", "en", "ru"]

    public static func extract(_ html: String) -> Page {
        var utf8 = Array(html.utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let parsed: htmlDocPtr? = utf8.isEmpty ? nil : utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return Page(text: "") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return Page(text: "") }
        var page = Page(text: "")
        if let lang = attribute(root, "lang")?.lowercased().split(separator: "-").first.map(String.init),
           knownLanguages.contains(lang) {
            page.language = lang
        }
        readMetadata(root, into: &page)
        page.text = text(of: contentRoot(root))
        if page.title == nil, let first = page.text.split(separator: "\n").first, first.count <= 150 {
            page.title = String(first)
        }
        return page
    }

    /// Title, byline and date from `<title>`, `<meta>` and `<time>`, in one walk.
    static func readMetadata(_ root: xmlNodePtr, into page: inout Page) {
        var titleTag: String?
        var heading: String?
        walk(root) { node in
            guard let name = name(node) else { return true }
            switch name {
            case "title": titleTag = titleTag ?? collapsed(plainText(node))
            case "h1": heading = heading ?? collapsed(plainText(node))
            case "meta":
                let key = (attribute(node, "property") ?? attribute(node, "name") ?? "").lowercased()
                let content = attribute(node, "content").map(collapsed)
                switch key {
                case "og:title": page.title = page.title ?? content
                case "author", "article:author": page.byline = page.byline ?? content
                case "article:published_time", "date", "pubdate": page.date = page.date ?? content
                default: break
                }
            case "time": page.date = page.date ?? attribute(node, "datetime") ?? collapsed(plainText(node))
            default:
                if page.byline == nil, let rel = attribute(node, "rel"), rel == "author" {
                    page.byline = collapsed(plainText(node))
                }
            }
            return true
        }
        page.title = [page.title, heading, titleTag].compactMap { $0 }.first { !$0.isEmpty }
    }

    /// The largest `<article>`, else the first `<main>`, else the body (or the root).
    static func contentRoot(_ root: xmlNodePtr) -> xmlNodePtr {
        var best: (node: xmlNodePtr, size: Int)?
        var main: xmlNodePtr?
        var body: xmlNodePtr?
        walk(root) { node in
            switch name(node) {
            case "article":
                let size = plainText(node).utf8.count
                if size > (best?.size ?? -1) { best = (node, size) }
            case "main": main = main ?? node
            case "body": body = body ?? node
            default: break
            }
            return true
        }
        return best?.node ?? main ?? body ?? root
    }

    /// Visits elements depth first without recursion (a page may nest thousands of levels);
    /// `visit` returns false to skip an element's children.
    static func walk(_ root: xmlNodePtr, _ visit: (xmlNodePtr) -> Bool) {
        var node: xmlNodePtr? = root
        while let current = node {
            var descend = false
            if current.pointee.type == XML_ELEMENT_NODE { descend = visit(current) }
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing, up != root {
                if let next = up.pointee.next { node = next; break }
                climbing = up.pointee.parent
            }
        }
    }

    /// All text under a node, without dropped elements.
    static func plainText(_ root: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        visitText(root, enter: { _ in }, leave: { _ in }) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The article text: blocks separated by blank lines, whitespace collapsed except in `<pre>`.
    static func text(of root: xmlNodePtr) -> String {
        var output: [UInt8] = []
        var pendingSpace = false
        var preDepth = 0
        var quoteDepth = 0
        func breakLine(blank: Bool) {
            pendingSpace = false
            while output.last == 0x20 { output.removeLast() }
            guard !output.isEmpty else { return }
            if output.last != 0x0A { output.append(0x0A) }
            if blank, output.count >= 2, output[output.count - 2] != 0x0A { output.append(0x0A) }
        }
        func append(_ bytes: [UInt8]) {
            for byte in bytes {
                if preDepth == 0, byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, let last = output.last, last != 0x0A, last != 0x20 { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        visitText(root, enter: { name in
            if paragraphElements.contains(name) { breakLine(blank: true) } else if lineElements.contains(name) { breakLine(blank: false) }
            if name == "pre" { preDepth += 1 }
            if name == "blockquote" { quoteDepth += 1 }
            if name == "p", quoteDepth > 0 { append(Array("“".utf8)) }
            if name == "li" { append(Array("- ".utf8)) }
        }, leave: { name in
            if name == "p", quoteDepth > 0 { append(Array("”".utf8)) }
            if name == "pre" { preDepth -= 1 }
            if name == "blockquote" { quoteDepth -= 1 }
            if paragraphElements.contains(name) { breakLine(blank: true) } else if lineElements.contains(name) { breakLine(blank: false) }
        }, text: append)
        while output.last == 0x0A || output.last == 0x20 { output.removeLast() }
        return output.isEmpty ? "" : String(decoding: output, as: UTF8.self) + "\n"
    }

    /// Text nodes in document order with element entries and exits, skipping dropped elements
    /// and comments, without recursion.
    static func visitText(_ root: xmlNodePtr, enter: (String) -> Void, leave: (String) -> Void, text: ([UInt8]) -> Void) {
        var node: xmlNodePtr? = root
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = name(current) ?? ""
                if !droppedElements.contains(tag) || current == root {
                    enter(tag)
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    text(Array(UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))))
                }
            default: break
            }
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            if descend { leave(name(current) ?? "") }
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing, up != root {
                if let next = up.pointee.next { node = next; break }
                climbing = up.pointee.parent
                if let parent = climbing { leave(name(parent) ?? "") }
            }
        }
    }

    static func name(_ node: xmlNodePtr) -> String? {
        node.pointee.name.map { String(cString: $0).lowercased() }
    }

    /// An attribute's value, read in place (no allocation to free).
    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let part = child {
                    if let content = part.pointee.content { value += String(cString: content) }
                    child = part.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// A feed field that may hold escaped HTML: its text when it has a tag, else itself.
    static func extractIfMarkup(_ text: String) -> String {
        guard text.range(of: #"<[A-Za-z!/]"#, options: .regularExpression) != nil else { return text }
        return extract(text).text.trimmingCharacters(in: .newlines)
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
