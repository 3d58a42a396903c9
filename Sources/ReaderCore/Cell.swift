/// One screen cell: a grapheme cluster already filtered for display, its width, and its roles.
/// A wide cluster occupies its cell and a continuation cell (empty grapheme, width 0) to its right.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var width: Int
    public var style: StyleSet

    public init(_ grapheme: String = " ", width: Int = 1, style: StyleSet = StyleSet(.text)) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public static func continuation(style: StyleSet) -> Cell { Cell("", width: 0, style: style) }
}
