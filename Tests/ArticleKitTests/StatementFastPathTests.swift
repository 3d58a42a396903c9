import Testing
@testable import ArticleKit

/// The statements layer's fast paths must agree with the plain definitions they replace.
@Suite struct StatementFastPathTests {
    @Test func spanStringsCopiedFromTheOriginalMatchEncodedOnes() {
        // ASCII runs of every length around two- to four-byte scalars, so that spans start and
        // end on every side of an offset-index entry; spans past the text are clamped.
        let text = mixedScriptText(6, filler: "ab c")
        let t = ScalarText(text)
        let n = t.count
        #expect(t.string == text)
        for lo in -1...(n + 1) {
            for hi in (lo - 1)...(n + 2) {
                let span = TextSpan(lo, hi)
                #expect(t[span] == ScalarString.make(t.scalars, span))
            }
        }
        #expect(ScalarText(scalars: t.scalars)[TextSpan(3, 40)] == t[TextSpan(3, 40)])
        #expect(ScalarText("")[TextSpan(0, 0)] == "")
    }

    @Test func fastLowercasingMatchesStringLowercased() {
        // Every scalar of the fast set alone and in a word, and words that leave it (Greek final
        // sigma, a combining mark, the dotted İ, ß).
        for v in UInt32(0x20)...0x4FF {
            let s = String(Character(Unicode.Scalar(v)!))
            #expect(ActorGrouper.lowercased(s) == s.lowercased())
            #expect(ActorGrouper.lowercased("Ab" + s + "É") == ("Ab" + s + "É").lowercased())
        }
        for s in ["", "Jean-Marc AYRAULT", "Мария Алёхина", "ΟΔΥΣΣΕΥΣ", "Be\u{301}ATRICE", "İSTANBUL", "STRAßE", "Ёж ЁЖ"] {
            #expect(ActorGrouper.lowercased(s) == s.lowercased())
        }
    }
}
