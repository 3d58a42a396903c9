/// Groups a paragraph's tokens into sentences. A sentence ends at . ! ? … (plus any closing
/// quotes or brackets right after) when the next token can start a sentence: a capital, a digit,
/// an opening quote or a dialogue dash. Abbreviations and initials ("M.", "V. Poutine", "U.S.")
/// keep their period inside the word token (see `Tokenizer`), so they never reach this test,
/// except those listed as possibly sentence-final ("etc.", "г.").
public struct SentenceSplitter: Sendable {
    public var abbreviations: AbbreviationList
    let classes = CharClass.table

    public init(abbreviations: AbbreviationList = .shared) {
        self.abbreviations = abbreviations
    }

    /// Token index ranges of the sentences of `tokens[range]`.
    public func split(_ v: [UInt32], tokens: [Token], in range: Range<Int>) -> [Range<Int>] {
        // Each token is read here, several times near sentence ends: through a raw buffer,
        // without a bounds check each time (`range` is checked once).
        precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count)
        return tokens.withUnsafeBufferPointer { split(v, tokens: $0, in: range) }
    }

    private func split(_ v: [UInt32], tokens: UnsafeBufferPointer<Token>, in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var t = range.lowerBound
        while t < range.upperBound {
            let token = tokens[t]
            var end = false
            if isTerminal(v, token) {
                end = true
            } else if token.kind == .word, token.span.length >= 2, v[token.span.end - 1] == 0x2E,
                      abbreviations.kind(of: v, token.span.start..<(token.span.end - 1)) == .sentenceFinal {
                end = true
            }
            if end {
                var u = t + 1
                // Closing quotes and brackets belong to the sentence they close.
                // (« » ” › close across a space, as French typesets them; straight quotes must touch.)
                while u < range.upperBound, isCloser(v, tokens[u]),
                      tokens[u].span.start == tokens[u - 1].span.end || isTypographicCloser(v[tokens[u].span.start]) { u += 1 }
                while u < range.upperBound, isTerminal(v, tokens[u]) { u += 1 }
                if u >= range.upperBound || canStart(v, tokens[u]) {
                    result.append(start..<u)
                    start = u
                }
                t = u
                continue
            }
            t += 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    private func isTerminal(_ v: [UInt32], _ token: Token) -> Bool {
        switch token.kind {
        case .ellipsis: return true
        case .punctuation:
            let c = v[token.span.start]
            return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049
        default: return false
        }
    }

    private func isCloser(_ v: [UInt32], _ token: Token) -> Bool {
        let c = v[token.span.start]
        switch c {
        case 0x22, 0x27, 0xBB, 0x201D, 0x2019, 0x203A, 0x201C: return true
        case 0x29, 0x5D, 0x7D: return true
        default: return false
        }
    }

    private func isTypographicCloser(_ c: UInt32) -> Bool {
        c == 0xBB || c == 0x201D || c == 0x203A
    }

    private func canStart(_ v: [UInt32], _ token: Token) -> Bool {
        let c = v[token.span.start]
        switch token.kind {
        case .quote, .dash, .number: return true
        case .punctuation: return c == 0x28 || c == 0x5B || c == 0xBF || c == 0xA1
        case .word:
            let cls = classes.of(c)
            return cls & CharClass.upper != 0 || cls & CharClass.lower == 0 // caseless scripts too
        default: return true
        }
    }
}
