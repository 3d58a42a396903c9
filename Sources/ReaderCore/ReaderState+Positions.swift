import ArticleKit

/// Reading positions, as scalar offsets of each document's first visible line: what a reader
/// session saves on exit and restores on the next start.
extension ReaderState {
    /// The offset of the first visible line of every document (0 for one never scrolled).
    public var readingOffsets: [Int] {
        documents.indices.map { $0 == currentDocument ? anchorOffset : savedAnchors[$0] ?? 0 }
    }

    /// Puts each document back at a saved offset (by document index); offsets past a text's
    /// end are clamped by the layout.
    public mutating func restore(offsets: [Int: Int]) {
        for (index, offset) in offsets where documents.indices.contains(index) && offset > 0 {
            savedAnchors[index] = offset
        }
        if let offset = offsets[currentDocument], offset > 0 {
            anchorOffset = min(offset, document?.article.text.unicodeScalars.count ?? 0)
            Reader.reanchor(&self)
            Reader.settleArticle(&self)
            anchorOffset = Reader.topOffset(&self)
        }
    }
}
