/// Paragraphs are runs of text separated by blank lines (lines holding only whitespace).
/// Spans are trimmed of surrounding whitespace; a text of only whitespace has none.
public struct ParagraphSplitter: Sendable {
    public init() {}

    public func split(_ v: [UInt32]) -> [Range<Int>] {
        // Every scalar is read here: through a raw buffer, without a bounds check each time.
        v.withUnsafeBufferPointer { split($0) }
    }

    private func split(_ v: UnsafeBufferPointer<UInt32>) -> [Range<Int>] {
        // Line by line: the search for the next newline is one predictable test per scalar; only
        // the ends of each line are checked for whitespace. (Testing every scalar for whitespace
        // mispredicted at each space between words.)
        let classes = CharClass.table
        @inline(__always) func isVisible(_ c: UInt32) -> Bool {
            (c > 0x20 && c < 0x7F) || (c >= 0xA1 && c < 0x1680) || (c != 10 && !classes.isSpace(c))
        }
        var result: [Range<Int>] = []
        var start: Int? = nil   // first non-space of the current paragraph
        var end = 0             // end of its last non-space scalar
        var blankLine = false   // a blank line since the paragraph's last non-space
        var i = 0
        let n = v.count
        while i < n {
            var lineEnd = i
            while lineEnd < n, v[lineEnd] != 10 { lineEnd += 1 }
            var first = i
            while first < lineEnd, !isVisible(v[first]) { first += 1 }
            if first < lineEnd {
                var last = lineEnd
                while !isVisible(v[last - 1]) { last -= 1 }
                if let s = start, blankLine { result.append(s..<end); start = nil }
                if start == nil { start = first }
                end = last
                blankLine = false
            } else if lineEnd < n, i > 0, v[i - 1] == 10 {
                blankLine = true // a whole line between two newlines holds no text
            }
            i = lineEnd + 1
        }
        if let s = start { result.append(s..<end) }
        return result
    }
}
