/// The help overlay: every binding of the keymap, grouped by context, scrollable.
public enum HelpOverlay {
    public struct Line: Hashable, Sendable {
        public var key: String
        public var text: String
        public var isHeader: Bool
        /// How the key column is drawn: help keys, or a legend sample in the role it explains.
        public var style = StyleSet(.helpKey)
    }

    /// The help's entries: the legend, then the key table (a header per context, a line per binding).
    public static func entries(_ keymap: Keymap = .standard) -> [Line] {
        var lines: [Line] = HelpLegend.lines
        for context in KeyContext.allCases {
            let bindings = keymap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(key: "", text: "", isHeader: false)) }
            lines.append(Line(key: "", text: context.title, isHeader: true))
            for b in bindings { lines.append(Line(key: b.label, text: b.description, isHeader: false)) }
        }
        return lines
    }

    static func box(_ state: ReaderState) -> Rect {
        let w = state.width, h = state.height
        let width = min(w, 84)
        return Rect(row: 1, column: (w - width) / 2, width: width, height: max(0, h - 3))
    }

    static func keyWidth(_ box: Rect) -> Int { min(16, max(6, box.width / 4)) }

    /// The entries as rows of the box: descriptions wrapped to the room beside the key column.
    static func rows(_ box: Rect, keymap: Keymap) -> [Line] {
        let room = max(1, box.width - 4 - keyWidth(box) - 1)
        var rows: [Line] = []
        for entry in entries(keymap) {
            if entry.isHeader || entry.text.isEmpty {
                rows.append(entry)
                continue
            }
            let text = DisplayText(entry.text)
            let ranges = TextWrapper.wrap(text.clusters, range: 0..<text.clusters.count, width: room)
            for (i, range) in ranges.enumerated() {
                let piece = range.map { text.clusters[$0].text }.joined()
                rows.append(Line(key: i == 0 ? entry.key : "", text: piece, isHeader: false, style: entry.style))
            }
        }
        return rows
    }

    static func maxScroll(_ state: ReaderState) -> Int {
        let box = box(state)
        return max(0, rows(box, keymap: state.keymap).count - max(1, box.height - 2))
    }

    static func draw(_ state: ReaderState, into screen: inout Screen) {
        let box = box(state)
        guard box.width >= 4, box.height >= 3 else { return }
        let border = StyleSet(.panelBorder)
        screen.fill(box, style: StyleSet(.panelText))
        let right = box.column + box.width - 1
        let bottom = box.row + box.height - 1
        for x in box.column...right {
            screen[box.row, x] = Cell("─", style: border)
            screen[bottom, x] = Cell("─", style: border)
        }
        for y in box.row...bottom {
            screen[y, box.column] = Cell("│", style: border)
            screen[y, right] = Cell("│", style: border)
        }
        screen[box.row, box.column] = Cell("┌", style: border)
        screen[box.row, right] = Cell("┐", style: border)
        screen[bottom, box.column] = Cell("└", style: border)
        screen[bottom, right] = Cell("┘", style: border)
        screen.put(" Legend and keys — j/k scroll, any other key closes ", row: box.row, column: box.column + 2, limit: box.width - 4, style: StyleSet(.panelTitle))
        let all = rows(box, keymap: state.keymap)
        let inner = box.height - 2
        let keyWidth = keyWidth(box)
        for i in 0..<inner {
            let index = state.helpScroll + i
            guard all.indices.contains(index) else { break }
            let line = all[index]
            let y = box.row + 1 + i
            let x = box.column + 2
            let room = box.width - 4
            if line.isHeader {
                screen.put(line.text, row: y, column: x, limit: room, style: StyleSet(.panelTitle))
            } else {
                screen.put(line.key, row: y, column: x, limit: min(keyWidth, room), style: line.style)
                if room > keyWidth + 1 {
                    screen.put(Truncate.toWidth(line.text, room - keyWidth - 1), row: y, column: x + keyWidth + 1,
                               limit: room - keyWidth - 1, style: StyleSet(.panelText))
                }
            }
        }
        if all.count > inner {
            screen.put(state.helpScroll + inner < all.count ? "↓ more" : "end", row: bottom, column: right - 8, limit: 7, style: border)
        }
    }
}
