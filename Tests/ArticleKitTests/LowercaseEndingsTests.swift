import Testing
@testable import ArticleKit

/// `LowercaseEndings` packs the endings into integers: it must answer as comparing the
/// lowercased scalars one by one does.
struct LowercaseEndingsTests {
    /// The scalar-by-scalar comparison the packed endings replace.
    static func reference(_ scalars: [Unicode.Scalar], _ start: Int, _ length: Int, _ endings: [String]) -> Bool? {
        guard start >= 0, length >= 0, start + length <= scalars.count else { return nil }
        for k in start..<(start + length) where ActorGrouper.lowercasedFast(scalars[k].value) == nil { return nil }
        return endings.contains { ending in
            let suffix = ending.unicodeScalars.map(\.value)
            guard suffix.count <= length else { return false }
            let offset = start + length - suffix.count
            for k in 0..<suffix.count where ActorGrouper.lowercasedFast(scalars[offset + k].value) != suffix[k] { return false }
            return true
        }
    }

    @Test func matchesTheScalarComparison() {
        let words = ["Лавров", "ЛАВРОВА", "Алёхиной", "Алёхину", "Бельская", "Шойгу", "Медведев", "Ов", "в", "",
                     "Орловой", "Марию", "Матиасом", "Smith", "Ströbele", "Жуков-Ов", "Łukasz", "ЁВ", "Соловьёв", "日本"]
        let sets = [ActorGrouper.masculineEndings, ActorGrouper.feminineEndings, ActorGrouper.obliqueEndings]
        for endings in sets {
            let packed = LowercaseEndings(endings)
            for word in words {
                let scalars = Array(("x " + word + " y").unicodeScalars)
                let length = word.unicodeScalars.count
                for (start, count) in [(2, length), (2, max(0, length - 1)), (0, length + 4), (3, length + 5)] {
                    #expect(packed.match(scalars, start, count) == Self.reference(scalars, start, count, endings), "\(word) \(start) \(count)")
                }
            }
        }
    }
}
