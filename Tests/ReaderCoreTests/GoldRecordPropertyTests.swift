import Foundation
import Testing
import PropertyBased
import ArticleKit

/// `parse`'s output format over generated articles: each record is one line of valid JSON that
/// reads back as the same record.
@Suite struct GoldRecordPropertyTests {
    @Test func encodedRecordIsOneLineOfJSONThatDecodesBack() async throws {
        await propertyCheck(count: 200, input: ArticleTextGen.texts(), ArticleTextGen.texts(pieces: 0...4)) { text, id in
            let article = Article(id: id, title: "t", source: id.isEmpty ? nil : id, text: text)
            let record = GoldRecord(article: article, analysis: ArticleAnalyzer().analyze(article))
            let line = JSONLines.encode(record)
            #expect(!line.unicodeScalars.contains("\n") && !line.unicodeScalars.contains("\r"))
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
            #expect(record.validationProblems().isEmpty)
            // As JSON: the reader of files also refuses binary texts, which the generator makes.
            let decoded = [try JSONDecoder().decode(GoldRecord.self, from: Data(line.utf8))]
            #expect(decoded == [record])
            // Byte for byte: a record that decodes equal but reads differently would change files.
            #expect(Array(decoded.first?.text.unicodeScalars ?? "".unicodeScalars) == Array(text.unicodeScalars))
        }
    }
}
