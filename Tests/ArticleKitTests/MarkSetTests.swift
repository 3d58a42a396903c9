import Testing
@testable import ArticleKit

/// The mark sets the finders use are constants written as masks: each must hold exactly the
/// marks of the literal it stands for.
struct MarkSetTests {
    static let sets: [(MarkSet, MarkSet)] = [
        (.apostrophe, "'"),
        (.apostrophes, "'\u{2019}"),
        (.openParenthesis, "("),
        (.openers, "([{—–-/"),
        (.closeParenthesis, ")"),
        (.comma, ","),
        (.commaColon, ",:"),
        (.commaColonSemicolon, ",:;"),
        (.clauseEnds, ",;.!?"),
        (.sentenceEnds, ".!?"),
        (.statementEnds, ".!?;:"),
        (.sentencePunctuation, ".!?;\u{2026}"),
        (.sentenceEndRun, ".!?\u{2026})"),
        (.period, "."),
        (.trailing, ".,;:\u{2026}"),
        (.colon, ":"),
        (.colonSemicolon, ":;"),
    ]

    @Test func constantsMatchTheirLiterals() {
        for (constant, literal) in Self.sets {
            for v in UInt32(0)..<0x2100 {
                guard let scalar = Unicode.Scalar(v) else { continue }
                #expect(constant.contains(scalar) == literal.contains(scalar), "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func literalHoldsItsMarks() {
        let set: MarkSet = ".!?;\u{2026}"
        for mark in ".!?;\u{2026}".unicodeScalars { #expect(set.contains(mark)) }
        #expect(!set.contains(","))
        #expect(!set.contains("\u{2019}"))
    }
}
