import ArticleKit

/// One cluster of an article as it will be shown: sanitised text, width, and the scalar offsets
/// it came from (so that model spans can be applied to it).
public struct DisplayCluster: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case text, space, tab, control }
    /// The grapheme to draw (for `.control`, one or more single-column characters).
    public var text: String
    /// Columns taken (tabs: 1 here, the wrapper expands them to the next tab stop).
    public var width: Int
    public var kind: Kind
    /// Scalar offsets into the article text, end exclusive.
    public var start: Int
    public var end: Int

    public var isWhitespace: Bool { kind == .space || kind == .tab }
}

/// A source line of the article (text between line breaks): its clusters and scalar range.
public struct SourceParagraph: Hashable, Sendable {
    public var clusters: Range<Int>
    public var start: Int
    public var end: Int
}

/// A whole text sanitised and cut into clusters and source lines. The reader never builds this
/// for an article (it segments paragraphs on demand through `ArticleText`); it is for tests and
/// tools that want every cluster of a short text at once.
public struct DisplayText: Sendable {
    public let clusters: [DisplayCluster]
    public let paragraphs: [SourceParagraph]
    public let scalarCount: Int

    public init(_ text: String) {
        let article = ArticleText(text)
        var clusters: [DisplayCluster] = []
        var paragraphs: [SourceParagraph] = []
        for p in 0..<article.paragraphs.count {
            let first = clusters.count
            clusters += article.clusters(ofParagraph: p)
            let range = article.paragraphs.scalarRange(p)
            paragraphs.append(SourceParagraph(clusters: first..<clusters.count, start: range.lowerBound,
                                              end: range.upperBound))
        }
        self.clusters = clusters
        self.paragraphs = paragraphs
        scalarCount = article.scalarCount
    }

    /// The clusters of one paragraph's text (no line breaks inside), offsets starting at `offset`.
    static func clusters(of text: Substring, startingAt offset: Int) -> [DisplayCluster] {
        var clusters: [DisplayCluster] = []
        var offset = offset
        for character in text {
            let count = character.unicodeScalars.count
            let start = offset
            offset += count
            switch TextSanitizer.glyph(for: character) {
            case .newline:
                break // cannot happen inside a paragraph
            case .text(let shown, let width):
                clusters.append(DisplayCluster(text: shown, width: width, kind: .text, start: start, end: offset))
            case .space:
                clusters.append(DisplayCluster(text: " ", width: 1, kind: .space, start: start, end: offset))
            case .tab:
                clusters.append(DisplayCluster(text: " ", width: 1, kind: .tab, start: start, end: offset))
            case .control(let picture):
                clusters.append(DisplayCluster(text: picture, width: picture.count, kind: .control,
                                               start: start, end: offset))
            case .hidden:
                break
            }
        }
        return clusters
    }
}
