import Testing
import ReaderCore

/// The gate for text printed outside the reader: nothing a terminal would act on gets through.
@Suite struct OutputSanitizerTests {
    /// Scalars a terminal interprets: C0 (but newline and tab), DEL, C1, bidi controls.
    func isControl(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        let v = scalar.value
        if keepingLineBreaks, v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    @Test func everyControlScalarBecomesVisible() {
        var all = String.UnicodeScalarView()
        for v in UInt32(0)...0x2100 { if let s = Unicode.Scalar(v) { all.append(s) } }
        let text = String(all)
        let safe = OutputSanitizer.sanitize(text)
        #expect(!safe.unicodeScalars.contains { isControl($0, keepingLineBreaks: true) })
        #expect(safe.contains("\n") && safe.contains("\t"))
        let line = OutputSanitizer.sanitizeLine(text)
        #expect(!line.unicodeScalars.contains { isControl($0, keepingLineBreaks: false) })
        #expect(!line.contains("\n"))
    }

    @Test func escapeSequencesAreShownNotSent() {
        let osc = "a\u{1B}]0;PWNED\u{07}\u{1B}]52;c;cm0gLXJmIH4K\u{07}\u{1B}[?1049h b"
        #expect(OutputSanitizer.sanitize(osc) == "a␛]0;PWNED␇␛]52;c;cm0gLXJmIH4K␇␛[?1049h b")
        #expect(OutputSanitizer.sanitize("x\u{9B}31m y\u{9D}0;t\u{9C}") == "x<9B>31m y<9D>0;t<9C>")
        #expect(OutputSanitizer.sanitize("\u{202E}evil\u{2066}") == "<RLO>evil<LRI>")
        #expect(OutputSanitizer.sanitize("tab\there\r\n") == "tab\there␍\n")
        #expect(OutputSanitizer.sanitizeLine("two\nlines") == "two␊lines")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "« Nous ne céderons pas », a déclaré Мария Петрова — 東京 👍🏽 e\u{301}\n"
        #expect(OutputSanitizer.sanitize(text) == text)
        #expect(OutputSanitizer.isSafe(text))
        #expect(!OutputSanitizer.isSafe("\u{1B}[2J"))
    }
}
