import Testing
@testable import ArticleKit

/// Edges of English names (issue 16): a company's "'s" when nothing follows for it to possess,
/// a union named after its kind noun, a regional adjective the lists lack before a full name.
/// Invented names and sentences.
@Suite struct EntityEnglishNameEdgeTests {
    func entities(_ text: String) -> [Entity] { EntityTestSupport.recognize(text, lang: "en") }

    @Test func apostropheSIsPartOfTheNameWhenNothingIsPossessed() {
        let found = entities("Quentell's will auction the painting in May, and the sale was announced at Quentell's.")
        #expect(found.filter { $0.text == "Quentell's" }.count == 2)
        // A possessive before a noun stays a possessive.
        let possessive = entities("Senator Maria Delgado's plan was rejected on Tuesday.")
        #expect(possessive.contains { $0.text == "Maria Delgado" })
    }

    @Test func unionAfterItsKindNoun() {
        let found = entities("The strike was called by the union DKWU and backed by the party Green Renewal.")
        #expect(found.contains { $0.text == "DKWU" && $0.type == .organisation })
        #expect(found.contains { $0.text == "Green Renewal" && $0.type == .organisation })
    }

    @Test func regionalAdjectiveBeforeAFullName() {
        let found = entities("The race was won by Tasmanian Paul Okoro, ahead of Kenyan-born Mary Wanjiru.")
        #expect(found.contains { $0.text == "Paul Okoro" && $0.type == .person })
        #expect(!found.contains { $0.text.hasPrefix("Tasmanian") && $0.type == .person })
    }
}
