import Foundation
import Testing
@testable import ArticleKit

/// Legacy encodings of news archives: detected from the decoded letters, converted, or forced.
@Suite struct EncodingDetectionTests {
    static let russian = """
        Министр заявил журналистам, что переговоры продолжатся в среду.
        «Мы не отступим», — сказал Иван Петров, глава делегации.
        """
    /// KOI8-R has no guillemets and no em dash: archives in it use straight quotes.
    static let russianKOI8 = russian.replacingOccurrences(of: "«", with: "\"")
        .replacingOccurrences(of: "»", with: "\"").replacingOccurrences(of: "—", with: "-")
    static let french = """
        Le ministre a déclaré aux journalistes que les négociations reprendraient mercredi.
        « Nous ne céderons pas », a affirmé Élodie Martin, à la tête de la délégation.
        """

    /// Bytes of `text` in a single-byte encoding (the inverse of the decoding table).
    static func encode(_ text: String, _ encoding: TextEncoding) -> Data {
        let table = SingleByteTable.table(for: encoding)!
        var inverse: [Unicode.Scalar: UInt8] = [:]
        for (byte, scalar) in table.scalars.enumerated() where inverse[scalar] == nil { inverse[scalar] = UInt8(byte) }
        return Data(text.unicodeScalars.map { inverse[$0] ?? 0x3F })
    }

    @Test func tablesMatchTheKnownBytesOfAWord() {
        // "Привет" as the two Russian encodings write it.
        #expect(SingleByteTable.windows1251.decode([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]) == "Привет")
        #expect(SingleByteTable.koi8R.decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]) == "Привет")
        #expect(SingleByteTable.windows1252.decode([0x93, 0xE9, 0x94, 0x80]) == "“é”€")
        #expect(SingleByteTable.latin1.decode([0xE9, 0x85]) == "é\u{85}")
    }

    @Test(arguments: [TextEncoding.windows1251, .koi8R])
    func russianIsDetectedAndConverted(_ encoding: TextEncoding) throws {
        let text = encoding == .koi8R ? Self.russianKOI8 : Self.russian
        let decoded = try #require(TextDecoder.decode(Self.encode(text, encoding), encoding: nil))
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == text)
    }

    @Test func frenchInWindows1252IsDetected() throws {
        let decoded = try #require(TextDecoder.decode(Self.encode(Self.french, .windows1252), encoding: nil))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == Self.french)
    }

    @Test func utf8AndUtf16WithBOMStayUnicode() throws {
        #expect(TextDecoder.decode(Data(Self.russian.utf8), encoding: nil) == DecodedText(text: Self.russian, encoding: .utf8))
        #expect(TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array(Self.french.utf8)), encoding: nil)?.text == Self.french)
        let units = Array("\u{FEFF}\(Self.russian)\r\nfin".utf16)
        let little = Data(units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = Data(units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(TextDecoder.decode(little, encoding: nil) == DecodedText(text: Self.russian + "\nfin", encoding: .utf16LE))
        #expect(TextDecoder.decode(big, encoding: nil) == DecodedText(text: Self.russian + "\nfin", encoding: .utf16BE))
    }

    /// A UTF-8 text with one stray byte keeps its text: one U+FFFD, not a legacy misreading.
    @Test func mostlyUtf8StaysUtf8() throws {
        var bytes = Array(Self.french.utf8)
        bytes.insert(0xE9, at: 10)
        let decoded = try #require(TextDecoder.decode(Data(bytes), encoding: nil))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
    }

    @Test func forcedEncodingWins() throws {
        let koi8 = Self.encode(Self.russianKOI8, .koi8R)
        #expect(TextDecoder.decode(koi8, encoding: .koi8R)?.text == Self.russianKOI8)
        #expect(TextDecoder.decode(koi8, encoding: .windows1251)?.text != Self.russianKOI8)
        #expect(TextEncoding(name: "CP1251") == .windows1251)
        #expect(TextEncoding(name: "KOI8-R") == .koi8R)
        #expect(TextEncoding(name: "latin1") == .latin1)
        #expect(TextEncoding(name: "ebcdic") == nil)
    }

    @Test func importerReportsTheEncodingAndOffsetsIndexTheDecodedText() throws {
        let data = Self.encode("Заголовок\r\n\r\n" + Self.russian, .windows1251)
        let article = try ArticleImporter().article(from: data, name: "old.txt")
        #expect(article.encoding == .windows1251)
        #expect(article.format == .text)
        #expect(article.title == "Заголовок")
        #expect(article.text == "Заголовок\n\n" + Self.russian)
        let record = GoldRecord(article: article, analysis: ArticleAnalyzer().analyze(article))
        #expect(record.encoding == "windows-1251")
        #expect(record.format == "text")
        let scalars = Array(record.text.unicodeScalars)
        for entity in record.entities ?? [] {
            #expect(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text)
        }
    }

    @Test func binaryInALegacyEncodingIsStillRefused() {
        #expect(TextDecoder.decode(Data([0xCF, 0x00, 0xF0, 0x00]), encoding: .windows1251) == nil)
    }
}
