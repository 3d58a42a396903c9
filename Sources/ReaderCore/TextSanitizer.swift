/// Makes text safe to show: control characters, escape sequences and bidi controls become visible
/// pictures (never reach the terminal), stray combining marks get a dotted-circle base, invisible
/// format characters are dropped. Line breaks and tabs are classified for the wrapper.
public enum TextSanitizer {
    /// What one grapheme cluster of the source becomes on screen.
    public enum Glyph: Equatable, Sendable {
        /// Shown as it is (or with a ◌ base for a lone combining mark), taking `width` columns.
        case text(String, width: Int)
        /// A breakable space.
        case space
        /// A tab, expanded to spaces by the wrapper.
        case tab
        /// A line break (LF, CR, CRLF, U+2028, U+2029).
        case newline
        /// A control character shown as a picture of single-column characters ("␛", "<RLO>").
        case control(String)
        /// Nothing to show (zero-width format characters such as U+200B or a BOM).
        case hidden
    }

    public static func glyph(for cluster: Character) -> Glyph {
        let scalars = cluster.unicodeScalars
        guard let first = scalars.first else { return .hidden }
        // Printable ASCII on its own, most of any text: shown as it is (skips the Unicode lookups).
        if first.value > 0x20 && first.value < 0x7F && scalars.count == 1 { return .text(String(cluster), width: 1) }
        switch first.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: return .newline
        case 0x09: return .tab
        case 0x20: return scalars.count == 1 ? .space : .text(" " , width: 1)
        default: break
        }
        if let picture = controlPicture(first) {
            if scalars.count == 1 { return .control(picture) }
            // A control never starts a longer cluster, but be safe: show the picture only.
            return .control(picture)
        }
        // Invisible format characters on their own (soft hyphen, zero-width space, word joiner, BOM).
        if scalars.count == 1, first.properties.generalCategory == .format { return .hidden }
        let width = DisplayWidth.of(cluster)
        if width == 0 {
            switch first.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                // A combining mark with no base (paragraph start, after a control): give it one.
                return .text("\u{25CC}" + String(cluster), width: 1)
            default:
                return .hidden
            }
        }
        // A cluster with a control hidden inside it (cannot happen with Unicode's break rules, but
        // a future Unicode version or odd input must still not smuggle one through).
        if scalars.dropFirst().contains(where: { controlPicture($0) != nil && $0.value != 0x200D }) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars.filter { controlPicture($0) == nil })
            let cleaned = String(view)
            return cleaned.isEmpty ? .hidden : .text(cleaned, width: max(1, DisplayWidth.of(cleaned)))
        }
        return .text(String(cluster), width: width)
    }

    /// The visible form of a control scalar, or nil when the scalar is not one.
    public static func controlPicture(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x00...0x1F:
            return String(Unicode.Scalar(0x2400 + v)!) // ␀ … ␟ (␛ for ESC)
        case 0x7F:
            return "\u{2421}" // ␡
        case 0x80...0x9F:
            let hex = String(v, radix: 16, uppercase: true)
            return "<" + hex + ">"
        case 0x061C: return "<ALM>"
        case 0x200E: return "<LRM>"
        case 0x200F: return "<RLM>"
        case 0x202A: return "<LRE>"
        case 0x202B: return "<RLE>"
        case 0x202C: return "<PDF>"
        case 0x202D: return "<LRO>"
        case 0x202E: return "<RLO>"
        case 0x2066: return "<LRI>"
        case 0x2067: return "<RLI>"
        case 0x2068: return "<FSI>"
        case 0x2069: return "<PDI>"
        default: return nil
        }
    }

    /// A short string (title, name, quote excerpt) as display cells on one line: line breaks and
    /// tabs become spaces, controls become pictures. Each element is one cell's grapheme and width.
    public static func cells(_ string: some StringProtocol) -> [(grapheme: String, width: Int, control: Bool)] {
        var result: [(grapheme: String, width: Int, control: Bool)] = []
        for character in string {
            switch glyph(for: character) {
            case .text(let text, let width): result.append((text, width, false))
            case .space, .tab, .newline: result.append((" ", 1, false))
            case .control(let picture):
                for c in picture { result.append((String(c), 1, true)) }
            case .hidden: break
            }
        }
        return result
    }

    /// A short string made safe and flattened to one line, as a String.
    public static func flatten(_ string: some StringProtocol) -> String {
        cells(string).map(\.grapheme).joined()
    }
}
