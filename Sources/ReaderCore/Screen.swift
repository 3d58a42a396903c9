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

    /// Writing over half of a wide cell blanks its other half: an overlay (help, a panel) drawn
    /// across a wide cluster would otherwise leave a wide cell without its continuation, or a
    /// continuation without its cell, and the terminal would shift the rest of the row.
    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set {
            let index = row * width + column
            let old = cells[index]
            if old.width == 0, newValue.width != 0, column > 0, cells[index - 1].width == 2 {
                cells[index - 1] = Cell(" ", width: 1, style: cells[index - 1].style)
            }
            if old.width == 2, column + 1 < width, cells[index + 1].width == 0 {
                cells[index + 1] = Cell(" ", width: 1, style: cells[index + 1].style)
            }
            cells[index] = newValue
        }
    }

    /// The visible text of a row (continuation cells contribute nothing).
    public func text(row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        return cells[(row * width)..<((row + 1) * width)].map(\.grapheme).joined()
    }

    /// Every row's text, joined by newlines, for assertions and plain dumps.
    public var lines: [String] { (0..<height).map { text(row: $0) } }
}
