/// Per-document data that does not change while reading: the sanitised text, and its layouts by
/// pane width (a handful kept, so resizing back and forth does not re-wrap).
public struct DocumentCache: Sendable {
    public let document: Int
    public let text: DisplayText
    private var layouts: [Int: ArticleLayout] = [:]
    private var recentWidths: [Int] = []
    static let keptWidths = 4

    public init(document: Int, text: String) {
        self.document = document
        self.text = DisplayText(text)
    }

    /// The layout for `width`, wrapping only if no cached layout has that width.
    public mutating func layout(width: Int) -> ArticleLayout {
        let width = max(1, width)
        if let cached = layouts[width] { return cached }
        let layout = ArticleLayout(text: text, width: width)
        layouts[width] = layout
        recentWidths.append(width)
        if recentWidths.count > Self.keptWidths {
            layouts[recentWidths.removeFirst()] = nil
        }
        return layout
    }

    /// A cached layout, or a fresh one (not stored) when this width was never laid out.
    public func layoutWithoutCaching(width: Int) -> ArticleLayout {
        layouts[max(1, width)] ?? ArticleLayout(text: text, width: max(1, width))
    }
}
