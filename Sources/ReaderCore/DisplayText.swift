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

/// The article's text sanitised and cut into clusters and source lines; width-independent, built
/// once per document. Layouts for each width are built from it.
public struct DisplayText: Sendable {
    public let clusters: [DisplayCluster]
    public let paragraphs: [SourceParagraph]
    public let scalarCount: Int

    public init(_ text: String) {
        var clusters: [DisplayCluster] = []
        var paragraphs: [SourceParagraph] = []
        var offset = 0
        var paragraphStart = 0
        var paragraphFirstCluster = 0
        clusters.reserveCapacity(text.utf8.count / 2)
        for character in text {
            let count = character.unicodeScalars.count
            let start = offset
            offset += count
            switch TextSanitizer.glyph(for: character) {
            case .newline:
                paragraphs.append(SourceParagraph(clusters: paragraphFirstCluster..<clusters.count,
                                                  start: paragraphStart, end: start))
                paragraphStart = offset
                paragraphFirstCluster = clusters.count
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
        paragraphs.append(SourceParagraph(clusters: paragraphFirstCluster..<clusters.count,
                                          start: paragraphStart, end: offset))
        self.clusters = clusters
        self.paragraphs = paragraphs
        scalarCount = offset
    }
}
