/// Paragraphs are runs of text separated by blank lines (lines holding only whitespace).
/// Spans are trimmed of surrounding whitespace; a text of only whitespace has none.
public struct ParagraphSplitter: Sendable {
    public init() {}

    public func split(_ v: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int? = nil   // first non-space of the current paragraph
        var lastNonSpace = 0    // end of the last non-space scalar seen
        var newlines = 0        // newlines since the last non-space scalar
        for i in v.indices {
            let c = v[i]
            if (c > 0x20 && c < 0x7F) || (c >= 0xA1 && c < 0x1680) { // fast path: visible Latin, Greek, Cyrillic…
                if let s = start, newlines >= 2 { result.append(s..<lastNonSpace); start = nil }
                if start == nil { start = i }
                newlines = 0
                lastNonSpace = i + 1
                continue
            }
            if c == 10 { newlines += 1; continue }
            if CharClass.isSpace(c) { continue }
            if let s = start, newlines >= 2 {
                result.append(s..<lastNonSpace)
                start = nil
            }
            if start == nil { start = i }
            newlines = 0
            lastNonSpace = i + 1
        }
        if let s = start { result.append(s..<lastNonSpace) }
        return result
    }
}
