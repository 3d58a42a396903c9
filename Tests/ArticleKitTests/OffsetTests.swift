import Testing
@testable import ArticleKit

/// Property-style checks: on any input, every span is in bounds, slices the original text, and the
/// pipeline neither crashes nor hangs.
@Suite struct OffsetTests {
    static func junk(count: Int, seed: UInt64) -> String {
        var rng = seed
        var view = String.UnicodeScalarView()
        let pools: [ClosedRange<UInt32>] = [0x0...0x7F, 0x80...0x24F, 0x300...0x36F, 0x400...0x4FF, 0x2000...0x206F,
                                            0x1F300...0x1F64F, 0xE000...0xE0FF, 0xFE00...0xFE0F, 0x10000...0x10FFF]
        for _ in 0..<count {
            rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
            let pool = pools[Int(rng % UInt64(pools.count))]
            let v = pool.lowerBound + UInt32((rng >> 8) % UInt64(pool.count))
            if let s = Unicode.Scalar(v) { view.append(s) }
        }
        return String(view)
    }

    static let sample = "Le président de la Finlande Mikko Laine a parlé avec M. Tamm, selon le Parlement. « Nous partons », a-t-il dit.\n\n"

    static let inputs: [String] = [
        "", " ", "   \n\n \t ", "\n", "a", ".", "«", "M.", "l'", "'s",
        "Première ligne.\r\nDeuxième ligne.\r\n\r\nParagraphe deux, Paris.",
        "\u{0}\u{1}\u{7}\u{1B}[31mrouge\u{1B}[0m \u{7F} \u{202E}inversé\u{202C} Fin.",
        "👩‍👩‍👧 Paris 🇫🇷 — «Москва» 😀.",
        "Cafe\u{301} de Franc\u{327}ois Hollande, e\u{301}lu. \u{301}\u{301} début.",
        "http:// www. @ a@b .@. ... …… ——— --- '''' \"\"\"",
        String(repeating: "a", count: 5000),
        String(repeating: "Aa-", count: 2000),
        String(repeating: "M. ", count: 2000),
        String(repeating: "U.S.", count: 1000),
        junk(count: 3000, seed: 42),
        junk(count: 3000, seed: 7),
        String(repeating: sample, count: 1000), // ~110 kB
    ]

    func check(_ text: String) {
        let scalars = ScalarText(text)
        var analysis = TextAnalyzer().analyze(scalars, languageHint: nil)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        let n = scalars.count
        func inBounds(_ s: TextSpan) -> Bool { s.start >= 0 && s.start <= s.end && s.end <= n }
        var last = 0
        for t in analysis.tokens {
            #expect(inBounds(t.span) && !t.span.isEmpty)
            #expect(t.span.start >= last, "tokens overlap or go backwards")
            last = t.span.end
            #expect(!scalars[t.span.start].properties.isWhitespace)
        }
        for s in analysis.sentences {
            #expect(inBounds(s.span))
            #expect(s.tokens.lowerBound >= 0 && s.tokens.upperBound <= analysis.tokens.count && !s.tokens.isEmpty)
            #expect(s.span.start == analysis.tokens[s.tokens.lowerBound].span.start)
            #expect(s.span.end == analysis.tokens[s.tokens.upperBound - 1].span.end)
            #expect(analysis.paragraphs.indices.contains(s.paragraph))
        }
        for p in analysis.paragraphs { #expect(inBounds(p.span) && !p.span.isEmpty) }
        for e in analysis.entities {
            #expect(inBounds(e.span) && !e.span.isEmpty)
            #expect(scalars[e.span] == e.text)
        }
        for f in analysis.foreignFragments {
            #expect(inBounds(f.span) && !f.span.isEmpty)
            #expect(scalars[f.span] == f.text)
        }
    }

    @Test(arguments: inputs.indices)
    func spansSliceTheOriginal(_ index: Int) {
        check(Self.inputs[index])
    }

    @Test func entityTextsMatchOnTheSample() {
        let text = String(repeating: Self.sample, count: 3)
        var analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: nil)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        #expect(!analysis.entities.isEmpty)
        #expect(analysis.entities.allSatisfy { Array(text.unicodeScalars)[$0.span.start..<$0.span.end].map(String.init).joined() == $0.text })
    }
}
