@preconcurrency import CNcurses
import ReaderCore

/// Maps a cell's roles to curses attributes and a colour pair, allocating pairs on first use.
final class CursesPalette {
    private let theme: Theme
    private let mode: ColorMode
    private var pairs: [PairKey: Int16] = [:]
    private var cache: [StyleSet: (attr_t, Int16)] = [:]
    private var sequences: [StyleSet: String] = [:]

    private struct PairKey: Hashable {
        var foreground: Int
        var background: Int
    }

    init(theme: Theme, mode: ColorMode) {
        self.theme = theme
        self.mode = mode
    }

    func attributes(for style: StyleSet) -> (attr_t, Int16) {
        if let cached = cache[style] { return cached }
        let resolved = theme.resolve(style, mode: mode)
        var attributes = vb_a_normal()
        for attribute in resolved.attributes {
            switch attribute {
            case .bold: attributes |= vb_a_bold()
            case .dim: attributes |= vb_a_dim()
            case .underline: attributes |= vb_a_underline()
            case .reverse: attributes |= vb_a_reverse()
            case .italic: attributes |= vb_a_italic()
            case .standout: attributes |= vb_a_standout()
            }
        }
        let pair = mode == .monochrome ? 0 : pairNumber(PairKey(foreground: resolved.foreground, background: resolved.background))
        cache[style] = (attributes, pair)
        return (attributes, pair)
    }

    /// The SGR sequence for a style in `.direct` mode (see `DirectColorFrame`).
    func sgr(for style: StyleSet) -> String {
        if let cached = sequences[style] { return cached }
        let sequence = DirectColorFrame.sgr(theme.resolve(style, mode: mode))
        sequences[style] = sequence
        return sequence
    }

    private func pairNumber(_ key: PairKey) -> Int16 {
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = Int16(pairs.count + 1)
        // Out of pairs: fall back to the default colours rather than fail.
        guard Int32(next) < min(vb_color_pairs(), Int32(Int16.max)) else { return 0 }
        let colors = Int(vb_colors())
        let foreground = key.foreground < colors ? key.foreground : -1
        let background = key.background < colors ? key.background : -1
        init_extended_pair(Int32(next), Int32(foreground), Int32(background))
        pairs[key] = next
        return next
    }
}
