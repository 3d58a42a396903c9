import Foundation
import Testing
@testable import ArticleKit

@Suite struct TextDecoderTests {
    @Test func lineEndsBecomeLineFeeds() {
        #expect(TextDecoder.decode(Data("a\r\nb\rc\n\r\nd\r".utf8)) == "a\nb\nc\n\nd\n")
        #expect(TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("x\r\ny".utf8))) == "x\ny")
    }

    /// Found by the importer fuzzer: a CR before a combining mark (U+0369) survived, because
    /// String's replacingOccurrences does not match "\r" there; the reader would then count
    /// a line the analysis does not.
    @Test func crBeforeACombiningMarkIsALineEnd() throws {
        let fuzzed: [UInt8] = [0x0D, 0x0D, 0x0D, 0x0D, 0x0D, 0x43, 0x6C, 0x6F, 0x73, 0x65, 0x64, 0x52, 0x61, 0x6E, 0x0D, 0x0D,
                               0x0D, 0x0D, 0x0D, 0x0D, 0xCD, 0xA9, 0x0D, 0x0D, 0x0D, 0xFB]
        let article = try ArticleImporter().article(from: Data(fuzzed), name: "crash.txt")
        #expect(!article.text.unicodeScalars.contains("\r"))
        #expect(article.text.unicodeScalars.map(\.value)
                == [10, 10, 10, 10, 10] + "ClosedRan".unicodeScalars.map(\.value) + [10, 10, 10, 10, 10, 10, 0x369, 10, 10, 10, 0xFFFD])
        #expect(TextDecoder.decode(Data("a\r\u{301}b\r\n\u{301}".utf8)) == "a\n\u{301}b\n\u{301}")
    }

    @Test func invalidBytesBecomeReplacementCharactersAndNothingElseChanges() {
        #expect(TextDecoder.decode(Data([0x61, 0xC3, 0x0D, 0x62])) == "a\u{FFFD}\nb")
        #expect(TextDecoder.decode(Data([0x00, 0x61])) == nil)
    }
}
