import ReaderCore

/// 24-bit colour output: the escape sequences that bring the terminal from one `Screen` to the
/// next, written by the reader itself rather than by curses.
///
/// Why not curses: ncurses sends `#RRGGBB` only through a `-direct` terminfo entry (xterm-direct,
/// from the ncurses-term package, often missing), and a terminal that says COLORTERM=truecolor
/// usually runs as xterm-256color. Swapping TERM for xterm-direct would change the key and
/// capability strings curses reads, and mixing our own SGR into curses' output would leave its
/// idea of the current attributes wrong. So in this mode curses keeps the terminal modes, the
/// alternate screen (restored by endwin), input and resizes, but never draws a cell: its screen
/// stays blank, so it never overwrites ours. The same diff against the previous Screen decides
/// what changed; each frame ends with SGR 0 (what curses believes is set) and the cursor where
/// curses believes it is.
enum DirectColorFrame {
    /// The SGR sequence for a resolved style in `.direct` mode (colours: -1 the terminal's
    /// default, 0–7 the ANSI colours, 8 and above packed RGB), as `verbatim themes` previews it.
    static func sgr(_ style: ResolvedStyle) -> String {
        ThemePreview.sgr(style, mode: .direct)
    }

    /// What to write so that a terminal showing `previous` (nil: unknown, write every cell) shows
    /// `screen`: cursor moves, SGR changes and the cells' text, then SGR 0 and the cursor at
    /// (`cursorRow`, `cursorColumn`). `sgr` gives a cell style's sequence.
    static func bytes(_ screen: Screen, previous: Screen?, cursorRow: Int, cursorColumn: Int,
                      sgr: (StyleSet) -> String) -> String {
        var out = ""
        var cursor: (row: Int, column: Int)? = nil
        var current: String? = nil
        for row in 0..<screen.height {
            var column = 0
            while column < screen.width {
                let cell = screen[row, column]
                var changed = previous.map { $0[row, column] != cell } ?? true
                // A wide cluster is written again when the cell it covers changed.
                if !changed, cell.width == 2, column + 1 < screen.width, let previous,
                   previous[row, column + 1] != screen[row, column + 1] {
                    changed = true
                }
                guard changed, cell.width > 0 else {
                    column += 1
                    continue
                }
                if cursor == nil || cursor! != (row, column) { out += "\u{1B}[\(row + 1);\(column + 1)H" }
                let style = sgr(cell.style)
                if style != current {
                    out += style
                    current = style
                }
                // The same filter as the curses path: no control reaches the terminal.
                var text = String.UnicodeScalarView()
                for scalar in cell.grapheme.unicodeScalars where scalar.value >= 0x20 && scalar.value != 0x7F {
                    text.append(scalar)
                }
                out += text.isEmpty ? " " : String(text)
                column += max(1, cell.width)
                cursor = (row, column)
            }
        }
        if !out.isEmpty { out += "\u{1B}[0m\u{1B}[\(cursorRow + 1);\(cursorColumn + 1)H" }
        return out
    }
}
