/// Pairs quotation marks: «…», “…”, „…“, ‹…›, "…", ‘…’ and '…', nested, and a quote that runs
/// over several paragraphs with its opening mark repeated at each paragraph. Unclosed marks
/// are dropped at the paragraph end, so one stray mark never swallows the article.
struct QuoteMarkScanner {
    private struct Open { var token: Int; var mark: Unicode.Scalar }
    static let maximumDepth = 32

    func scan(_ tokens: [StatementToken], _ s: ScalarColumn) -> [QuotePair] {
        var pairs: [QuotePair] = []
        var stack: [Open] = []
        var skipRepeat = -1
        func close(at index: Int, matching predicate: (Unicode.Scalar) -> Bool) -> Bool {
            guard let position = stack.lastIndex(where: { predicate($0.mark) }) else { return false }
            let open = stack[position]
            stack.removeSubrange(position...)
            pairs.append(QuotePair(open: open.token, close: index,
                                   content: TextSpan(tokens[open.token].end, tokens[index].start), depth: position))
            return true
        }
        for index in tokens.indices {
            // Only marks and line breaks change the stack: the other tokens are passed over
            // without a copy (the depth bound below then applies at the next mark or break).
            guard tokens[index].kind == .quote || tokens[index].kind == .lineBreak else { continue }
            let token = tokens[index]
            // Nesting deeper than this is stray marks; the bound keeps every look-up short.
            if stack.count > Self.maximumDepth { stack.removeFirst() }
            if token.kind == .lineBreak {
                guard !stack.isEmpty else { continue }
                // A paragraph that ends inside a quote continues it only when the next paragraph
                // opens with the same mark; otherwise the unclosed marks were not quotes.
                let next = index + 1
                if next < tokens.count, tokens[next].kind == .quote, Self.opens(tokens[next].mark, stack.last!.mark) {
                    skipRepeat = next
                } else if token.blank {
                    stack.removeAll()
                }
                continue
            }
            guard token.kind == .quote, index != skipRepeat else { continue }
            let m = token.mark
            let before: Unicode.Scalar? = token.start > 0 ? s[token.start - 1] : nil
            let after: Unicode.Scalar? = token.end < s.count ? s[token.end] : nil
            let spaceBefore = before == nil || StatementDocument.isWhitespace(before!) || StatementDocument.isMark(before!, in: .openers)
            let wordAfter = after.map { StatementTokenizer.isWordScalar($0) } ?? false
            switch m {
            case "\u{AB}", "\u{2039}", "\u{201E}", "\u{201A}":
                stack.append(Open(token: index, mark: m))
            case "\u{BB}":
                _ = close(at: index) { $0 == "\u{AB}" }
            case "\u{203A}":
                _ = close(at: index) { $0 == "\u{2039}" }
            case "\u{201C}":
                // “ closes „ (German, Russian) and opens otherwise (English).
                if let top = stack.last, top.mark == "\u{201E}" {
                    _ = close(at: index) { $0 == "\u{201E}" }
                } else {
                    stack.append(Open(token: index, mark: m))
                }
            case "\u{201D}", "\u{201F}":
                if !close(at: index, matching: { $0 == "\u{201C}" || $0 == "\u{201E}" }), spaceBefore, wordAfter {
                    stack.append(Open(token: index, mark: "\u{201C}"))   // ”…” used both ways
                }
            case "\"":
                if !close(at: index, matching: { $0 == "\"" }) {
                    stack.append(Open(token: index, mark: m))
                }
            case "\u{2018}":
                if !close(at: index, matching: { $0 == "\u{201A}" }) { stack.append(Open(token: index, mark: m)) }
            case "\u{2019}":
                if before.map({ !StatementDocument.isWhitespace($0) }) ?? false {
                    _ = close(at: index) { $0 == "\u{2018}" || $0 == "\u{2019}" }
                } else if wordAfter {
                    stack.append(Open(token: index, mark: m))
                }
            case "'":
                if stack.contains(where: { $0.mark == "'" }), before.map({ !StatementDocument.isWhitespace($0) }) ?? false {
                    _ = close(at: index) { $0 == "'" }
                } else if spaceBefore || before.map({ Self.isOpeningContext($0) }) ?? true, wordAfter {
                    stack.append(Open(token: index, mark: m))
                }
            default:
                break
            }
        }
        pairs.sort { $0.open < $1.open }
        return pairs
    }

    private static func isOpeningContext(_ s: Unicode.Scalar) -> Bool {
        StatementDocument.isWhitespace(s) || s == "(" || s == "[" || s == "\u{AB}" || s == "\"" || s == "\u{201C}" || s == ":"
    }

    /// Whether `mark` is a repeated opening mark of a quote opened with `open`.
    static func opens(_ mark: Unicode.Scalar, _ open: Unicode.Scalar) -> Bool {
        if mark == open { return true }
        return (open == "\u{201E}" || open == "\u{201C}") && (mark == "\u{201E}" || mark == "\u{201C}")
    }
}
