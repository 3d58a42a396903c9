import Testing
import PropertyBased
import ReaderCore

/// Invariants of the terminal-output gate over generated text: no control byte gets through.
@Suite struct OutputSanitizerPropertyTests {
    /// C0 but newline and tab, DEL, C1, and the bidi embeddings, overrides and isolates.
    static func isForbidden(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        let v = scalar.value
        if keepingLineBreaks, v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }

    @Test func sanitizeKeepsOnlyNewlinesAndTabs() async {
        await propertyCheck(count: 400, input: ArticleTextGen.texts()) { text in
            let out = OutputSanitizer.sanitize(text)
            #expect(!out.unicodeScalars.contains { Self.isForbidden($0, keepingLineBreaks: true) })
            #expect(OutputSanitizer.isSafe(out))
            // Line structure is kept: the same newlines, in the same places between the lines' text.
            #expect(out.unicodeScalars.filter { $0 == "\n" }.count == text.unicodeScalars.filter { $0 == "\n" }.count)
            #expect(OutputSanitizer.sanitize(out) == out)
        }
    }

    @Test func sanitizeLineKeepsNoControlAtAll() async {
        await propertyCheck(count: 400, input: ArticleTextGen.texts()) { text in
            let out = OutputSanitizer.sanitizeLine(text)
            #expect(!out.unicodeScalars.contains { Self.isForbidden($0, keepingLineBreaks: false) })
            #expect(OutputSanitizer.isSafe(out, keepingLineBreaks: false))
        }
    }

    @Test func textWithoutControlsIsUnchanged() async {
        await propertyCheck(count: 400, input: ArticleTextGen.texts()) { text in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text.unicodeScalars.filter { !Self.isForbidden($0, keepingLineBreaks: true) })
            let clean = String(view)
            // The other controls the gate knows (ALM, LRM, RLM) are pictures too; text free of
            // all of them passes through untouched.
            guard OutputSanitizer.isSafe(clean) else { return }
            #expect(OutputSanitizer.sanitize(clean) == clean)
        }
    }
}
