import Foundation
import Testing
@testable import ArticleKit

/// A document speaks for an author named before the statement, never for a name inside the
/// quotation ("«… Организации Объединенных Наций …», — говорится в заявлении": the UN is what the
/// statement talks about). Invented texts.
@Suite struct DocumentAuthorOutsideQuoteTests {
    @Test(arguments: [
        ("ru", "Министерство обороны Эстарии опубликовало заявление в субботу. «Победа стала итогом борьбы многих народов, объединившихся "
            + "в рамках декларации Организации Объединенных Наций», - говорится в заявлении.",
         [("Министерство обороны Эстарии", EntityType.organisation), ("Организации Объединенных Наций", .organisation)]),
        ("en", "The Defence Ministry of Estaria released a statement on Saturday.\n\n\"The victory crowned the struggle of many nations united "
            + "under the declaration of the United Nations,\" the statement said.",
         [("Defence Ministry of Estaria", .organisation), ("United Nations", .organisation)]),
    ])
    func theNameInsideTheQuotationIsNotTheAuthor(language: String, text: String, entities: [(String, EntityType)]) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first.map { $0.speaker != nil && !$0.speaker!.contains("Объединенных") && !$0.speaker!.contains("United") } == true,
                "\(String(describing: quotes.first?.speaker))")
    }
}
