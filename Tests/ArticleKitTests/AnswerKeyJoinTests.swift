import Foundation
import Testing
@testable import ArticleKit

/// Answer keys for third-party articles keep offsets and labels only; the text is joined from
/// the file their `source` names when they are read, and checked like any other record.
@Suite struct AnswerKeyJoinTests {
    let texts = ["news/a.txt": "Anna Berg a dit : « Oui. »\n"]

    func load(_ source: String) -> String? { texts[source] }

    @Test func aKeyWithoutTextGetsTheTextItsSourceNames() throws {
        let key = #"{"id":"a","source":"news/a.txt","entities":[{"start":0,"end":9,"type":"PER"}],"quotes":[{"start":20,"end":24,"type":"direct","speaker":"Anna Berg","speaker_start":0,"speaker_end":9}]}"#
        let record = try #require(try JSONLines.decode(Data(key.utf8), textLoader: load).first)
        #expect(record.text == texts["news/a.txt"])
        #expect(!record.textIsAbsent)
        let scalars = Array(record.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[20..<24])) == "Oui.")
        // The joined text is not written back: a key stays a key only when it had no text,
        // but a record read with text keeps it.
        #expect(JSONLines.encode(record).contains("\"text\""))
    }

    @Test func aKeyIsCheckedAgainstTheJoinedText() {
        let key = #"{"id":"a","source":"news/a.txt","entities":[{"start":0,"end":99,"type":"PER"}]}"#
        #expect(throws: JSONLinesReader.Problem.self) { try JSONLines.decode(Data(key.utf8), textLoader: load) }
    }

    @Test func aKeyWhoseSourceIsMissingOrUnreadableIsAProblemNotAnEmptyArticle() {
        let missing = #"{"id":"b","source":"news/b.txt","entities":[]}"#
        #expect(throws: JSONLinesReader.Problem.self) { try JSONLines.decode(Data(missing.utf8), textLoader: load) }
        let noLoader = #"{"id":"a","source":"news/a.txt","entities":[]}"#
        #expect(throws: JSONLinesReader.Problem.self) { try JSONLines.decode(Data(noLoader.utf8)) }
    }

    @Test func aRecordWithNeitherTextNorSourceStillFails() {
        let bare = #"{"id":"c","entities":[]}"#
        #expect(throws: JSONLinesReader.Problem.self) { try JSONLines.decode(Data(bare.utf8), textLoader: load) }
    }
}
