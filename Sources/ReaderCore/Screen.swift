/// A grid of cells: what the terminal should show. Rendering produces one, ReaderTerminal draws it.
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// The visible text of a row (continuation cells contribute nothing).
    public func text(row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        return cells[(row * width)..<((row + 1) * width)].map(\.grapheme).joined()
    }

    /// Every row's text, joined by newlines, for assertions and plain dumps.
    public var lines: [String] { (0..<height).map { text(row: $0) } }
}
