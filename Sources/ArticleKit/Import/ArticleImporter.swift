import Foundation

/// Opens articles from files, folders and standard input.
public struct ArticleImporter: Sendable {
    /// Articles larger than this are refused: the reader is for news, not for logs.
    public var byteLimit: Int
    /// `--encoding`: read every input in this encoding instead of detecting it.
    public var encoding: TextEncoding?

    public static let articleExtensions: Set<String> = ["txt", "md", "text", "markdown", "html", "htm", "rss", "atom", "xml", "json"]

    public init(byteLimit: Int = 64 * 1_048_576, encoding: TextEncoding? = nil) {
        self.byteLimit = byteLimit
        self.encoding = encoding
    }

    /// A file becomes one article; a folder becomes its .txt/.md files in name order.
    public func load(path: String) throws -> [Article] {
        let file = try InputFile(path: path)
        if file.kind == .folder {
            return try articlePaths(inFolder: path).flatMap { try load(path: $0) }
        }
        return try articles(from: try file.read(limit: byteLimit), name: path)
    }

    /// The article files a path stands for, in reading order: itself, or a folder's .txt/.md
    /// files by name (so a caller can load a large folder one article at a time).
    public func articlePaths(of path: String) throws -> [String] {
        try InputFile(path: path).kind == .folder ? articlePaths(inFolder: path) : [path]
    }

    private func articlePaths(inFolder path: String) throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw ImportError.unreadable(path, reason: "permission denied")
        }
        let paths = names.sorted()
            .filter { Self.articleExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { (path as NSString).appendingPathComponent($0) }
        if paths.isEmpty { throw ImportError.emptyFolder(path) }
        return paths
    }

    /// Reads all of standard input (up to the limit): its first article.
    public func loadStandardInput() throws -> Article {
        try loadStandardInputArticles()[0]
    }

    /// Reads all of standard input (up to the limit): every article in it (a feed has several).
    public func loadStandardInputArticles() throws -> [Article] {
        let data: Data
        do {
            data = try FileHandle.standardInput.read(upToCount: byteLimit + 1) ?? Data()
        } catch {
            throw ImportError.unreadable("stdin", reason: "read error")
        }
        return try articles(from: data, name: "stdin")
    }

    /// The first article in the bytes (a feed's first item).
    public func article(from data: Data, name: String) throws -> Article {
        try articles(from: data, name: name)[0]
    }

    /// The articles in the bytes: one for a text, a Markdown note or a page, one per item for a
    /// feed. Never empty: a feed without an item is an error.
    public func articles(from data: Data, name: String) throws -> [Article] {
        if data.count > byteLimit { throw ImportError.tooLarge(name, bytes: nil, limit: byteLimit) }
        guard var decoded = TextDecoder.decode(data, encoding: encoding) else { throw ImportError.binary(name) }
        if encoding == nil, decoded.encoding == .utf8, Self.containsReplacementCharacter(decoded.text),
           let declared = DeclaredCharset.find(in: data), declared.isSingleByte,
           let redecoded = TextDecoder.decode(data, encoding: declared) {
            decoded = redecoded
        }
        let text = decoded.text
        let base = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        // Markup can spell a CR (`&#13;`, "\r" in JSON): line ends are unified after rendering too.
        func unified(_ articles: [Article]) -> [Article] {
            articles.map {
                var article = $0
                article.text = TextDecoder.unifiedLineEnds(article.text)
                return article
            }
        }
        switch DocumentFormat.detect(text: text, name: name) {
        case .markdown: return unified([MarkdownImporter.article(from: decoded, id: base, source: name)])
        case .html: return unified([HTMLImporter.article(from: decoded, id: base, source: name)])
        case .rss, .atom:
            let items = FeedImporter.articles(from: decoded, id: base, source: name)
            if items.isEmpty { throw ImportError.emptyFeed(name) }
            return unified(items)
        case .jsonFeed:
            if let items = JSONFeedImporter.articles(from: decoded, id: base, source: name) {
                if items.isEmpty { throw ImportError.emptyFeed(name) }
                return unified(items)
            }
        case .text: break
        }
        return [Article(id: base, title: Self.title(of: text, fallback: base), source: name, text: text,
                        format: .text, encoding: decoded.encoding)]
    }

    /// Whether the text holds U+FFFD, looked for as its UTF-8 bytes (EF BF BD, which valid UTF-8
    /// holds for nothing else) rather than by decoding every scalar.
    static func containsReplacementCharacter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard var p = utf8.baseAddress else { return false }
            let end = p + utf8.count
            while p < end, let hit = memchr(p, 0xEF, end - p) {
                let q = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if end - q >= 3, q[1] == 0xBF, q[2] == 0xBD { return true }
                p = q + 1
            }
            return false
        }
    }

    /// The first line when it reads as a headline (short, no final full stop), else the file's name.
    public static func title(of text: String, fallback: String) -> String {
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if !firstLine.isEmpty, firstLine.count <= 100, !firstLine.hasSuffix("."), !firstLine.hasSuffix(":") {
            return firstLine
        }
        return fallback
    }
}
