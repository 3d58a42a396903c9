import Foundation
@testable import ReaderCore
import Testing

/// French typography in the wrapper, on texts written for these tests: « » : ; ! ? % never start
/// a line, « never ends one, with ordinary or narrow no-break spaces; numbers with a thin space stay whole.
struct FrenchLineBreakingTests {
    static let ordinarySpaces = """
        Le porte-parole a déclaré : « Nous ne commenterons pas ces informations ; il n'y a rien à ajouter ! » \
        Puis il a demandé : « Pourquoi maintenant ? » La participation a atteint 52 % selon le ministère, \
        contre 47 % en 2018 ; « c'est historique », a-t-il ajouté.
        """
    /// The same with U+202F (narrow no-break space) and U+00A0, as careful French typesetting writes it.
    static let noBreakSpaces = """
        Le porte-parole a déclaré\u{00A0}: «\u{202F}Nous ne commenterons pas ces informations\u{202F}; il n'y a rien \
        à ajouter\u{202F}!\u{202F}» Puis il a demandé\u{00A0}: «\u{202F}Pourquoi maintenant\u{202F}?\u{202F}» \
        La participation a atteint 52\u{202F}% selon le ministère.
        """
    static let numbers = "Le budget prévoit 12\u{2009}500\u{2009}000 euros et 10\u{202F}000 postes pour 2026, soit 3\u{2009}% de plus."

    static func lines(_ text: String, width: Int) -> [String] {
        let display = DisplayText(text)
        return TextWrapper.wrap(display.clusters, range: 0..<display.clusters.count, width: width)
            .map { range in range.map { display.clusters[$0].text }.joined() }
    }

    @Test(arguments: [Self.ordinarySpaces, Self.noBreakSpaces])
    func punctuationNeverStartsALineAndQuotesNeverOpenAtTheEnd(text: String) {
        // From 16 columns: narrower than "informations ;" (14) a line must be cut inside a unit.
        for width in 16...70 {
            let lines = Self.lines(text, width: width)
            for (n, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if n > 0, let first = trimmed.unicodeScalars.first {
                    #expect(!"»:;!?%".unicodeScalars.contains(first), "width \(width): line \(n) starts with \(first): \(line)")
                }
                if let last = trimmed.unicodeScalars.last {
                    #expect(last != "«", "width \(width): line \(n) ends with «: \(line)")
                }
            }
            // Nothing lost: the words are all there, in order.
            let words = text.split { $0 == " " || $0 == "\u{202F}" || $0 == "\u{00A0}" }.joined()
            #expect(lines.joined().split { $0 == " " || $0 == "\u{202F}" || $0 == "\u{00A0}" }.joined() == words)
        }
    }

    @Test func aQuotedWordStaysWithItsGuillemets() {
        let lines = Self.lines("il a dit « non » hier", width: 14)
        #expect(lines.contains { $0.contains("« non »") })
    }

    @Test func numbersWithThinSpacesAreNeverSplit() {
        for width in 12...40 {
            let lines = Self.lines(Self.numbers, width: width)
            #expect(lines.contains { $0.contains("12\u{2009}500\u{2009}000") }, "width \(width): \(lines)")
            #expect(lines.contains { $0.contains("10\u{202F}000") }, "width \(width)")
            #expect(lines.contains { $0.contains("3\u{2009}%") }, "width \(width)")
        }
    }

    @Test func englishTextWrapsAsBefore() {
        let lines = Self.lines("The minister said (in a statement) that talks would resume.", width: 20)
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) } == ["The minister said", "(in a statement)", "that talks would", "resume."])
    }
}
