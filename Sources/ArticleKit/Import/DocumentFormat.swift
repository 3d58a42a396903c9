import Foundation

/// The kind of document an article was read from.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case markdown
    case html
    case rss
    case atom
    case jsonFeed = "json-feed"

    /// The format of a decoded document: its content first (the markers a format cannot do
    /// without), its file name's extension second.
    public static func detect(text: String, name: String) -> DocumentFormat {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        let head = text.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            .prefix(2048)
        let opening = String(decoding: head, as: UTF8.self).lowercased()
        if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
            || (opening.hasPrefix("<") && (opening.contains("<body") || opening.contains("<head"))) {
            return .html
        }
        if opening.hasPrefix("<?xml") || opening.hasPrefix("<rss") || opening.hasPrefix("<feed") || opening.hasPrefix("<rdf") {
            if opening.contains("<rss") || opening.contains("<rdf:rdf") { return .rss }
            if opening.contains("<feed") { return .atom }
        }
        if opening.hasPrefix("{"), opening.contains("jsonfeed.org/version") { return .jsonFeed }
        if ["html", "htm", "xhtml"].contains(fileExtension) { return .html }
        if ["rss", "atom", "xml"].contains(fileExtension) { return opening.contains("<feed") ? .atom : .rss }
        if fileExtension == "json", opening.hasPrefix("{") { return .jsonFeed }
        if ["md", "markdown", "mdown", "mkd"].contains(fileExtension) { return .markdown }
        if fileExtension == "txt" || fileExtension == "text" { return .text }
        return looksLikeMarkdown(text) ? .markdown : .text
    }

    /// Two kinds of Markdown syntax among the first lines (a heading, emphasis, a link, a block
    /// quote, a fence, a list): a plain text rarely has two.
    static func looksLikeMarkdown(_ text: String) -> Bool {
        var kinds = Set<String>()
        for line in text.prefix(16_384).split(separator: "\n", omittingEmptySubsequences: true).prefix(200) {
            if line.range(of: #"^#{1,6} \S"#, options: .regularExpression) != nil { kinds.insert("heading") }
            if line.hasPrefix("> ") { kinds.insert("quote") }
            if line.hasPrefix("```") || line.hasPrefix("~~~") { kinds.insert("fence") }
            if line.range(of: #"^\s*([-*+]|\d+\.) \S"#, options: .regularExpression) != nil { kinds.insert("list") }
            if line.range(of: #"\*\*\S[^*]*\*\*|__\S[^_]*__"#, options: .regularExpression) != nil { kinds.insert("strong") }
            if line.range(of: #"\[[^\]]+\]\([^)\s]+\)"#, options: .regularExpression) != nil { kinds.insert("link") }
            if kinds.count >= 2 { return true }
        }
        return false
    }
}
