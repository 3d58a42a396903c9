/// Clipped drawing into a Screen: nothing is ever written outside the grid or a given width, and
/// a wide cluster that does not fit whole is left out (a space is drawn instead).
extension Screen {
    /// Writes `string` (sanitised) at row/column, at most `limit` columns. Returns columns written.
    @discardableResult
    public mutating func put(_ string: some StringProtocol, row: Int, column: Int, limit: Int? = nil,
                             style: StyleSet) -> Int {
        guard row >= 0, row < height, column >= 0 else { return 0 }
        let end = min(width, column + (limit ?? width))
        var x = column
        for cell in TextSanitizer.cells(string) {
            guard x + cell.width <= end else {
                if x < end, cell.width == 2 { self[row, x] = Cell(" ", width: 1, style: style); x += 1 }
                break
            }
            var cellStyle = style
            if cell.control { cellStyle.insert(.controlPicture) }
            self[row, x] = Cell(cell.grapheme, width: cell.width, style: cellStyle)
            if cell.width == 2 { self[row, x + 1] = .continuation(style: cellStyle) }
            x += cell.width
        }
        return x - column
    }

    /// Fills `count` cells of a row with blanks in a style.
    public mutating func fill(row: Int, column: Int, count: Int, style: StyleSet) {
        guard row >= 0, row < height else { return }
        let start = max(0, column)
        let end = min(width, column + count)
        guard start < end else { return }
        for x in start..<end { self[row, x] = Cell(" ", width: 1, style: style) }
    }

    /// Fills a rectangle with blanks in a style.
    public mutating func fill(_ rect: Rect, style: StyleSet) {
        for r in rect.row..<(rect.row + rect.height) { fill(row: r, column: rect.column, count: rect.width, style: style) }
    }
}

/// A string cut to a display width, with "…" when it had to be cut.
enum Truncate {
    static func toWidth(_ string: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        let flat = TextSanitizer.flatten(string)
        if DisplayWidth.of(flat) <= width { return flat }
        var out = ""
        var used = 0
        for c in flat {
            let w = DisplayWidth.of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// `text` with its whitespace runs made single spaces (as `split` then `joined(separator: " ")`
    /// make it), but only as far as it takes to be wider than `width` once flattened: `toWidth(_,
    /// width)` keeps the same of it as of the whole, and a long quote costs what its row shows.
    static func collapsedPrefix(_ text: some StringProtocol, widerThan width: Int) -> String {
        var out = ""
        var used = 0
        var space = false
        for c in text {
            if c.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                used += 1
                space = false
            }
            out.append(c)
            switch TextSanitizer.glyph(for: c) {
            case .text(_, let width): used += width
            case .space, .tab, .newline: used += 1
            case .control(let picture): used += picture.count
            case .hidden: break
            }
            if used > width { break }
        }
        return out
    }
}
