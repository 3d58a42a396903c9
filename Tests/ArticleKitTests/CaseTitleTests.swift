import Testing
@testable import ArticleKit

/// A court case's name in quotation marks ("по делу «Петров и другие против России»", "dans
/// l'affaire « Martin contre France »") is a title: no statement, and the name inside it no actor
/// that "the court" could name. Invented texts.
@Suite struct CaseTitleTests {
    @Test(arguments: [
        ("ru", "Судья ЕСПЧ Иван Лебедев в особом мнении по делу «Петров и другие против России» поддержал заявителей.\n\n"
            + "ЕСПЧ вынес решение по делу «Петров и другие против России» в ноябре.\n\nСуд признал, что власти нарушили сразу три статьи конвенции.",
         [("ЕСПЧ", EntityType.organisation), ("Иван Лебедев", .person), ("Петров", .organisation), ("России", .location)], "Петров"),
        ("fr", "Le juge Yves Morel, dans son opinion sur l'affaire « Martin et autres contre la France », a soutenu les requérants.\n\n"
            + "La CEDH a rendu son arrêt dans l'affaire « Martin et autres contre la France » en novembre.\n\nLa cour a estimé que les autorités avaient violé trois articles de la convention.",
         [("CEDH", EntityType.organisation), ("Yves Morel", .person), ("Martin", .organisation), ("France", .location)], "Martin"),
    ])
    func theCaseIsATitle(language: String, text: String, entities: [(String, EntityType)], party: String) {
        let analysis = StatementTestSupport.analyze(text, language: language, entities: entities)
        #expect(!analysis.quotes.contains { $0.text.contains("против") || $0.text.contains("contre") })
        #expect(!analysis.quotes.isEmpty && analysis.quotes.allSatisfy { $0.speaker != party })
    }
}
