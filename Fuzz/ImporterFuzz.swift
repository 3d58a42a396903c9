import Foundation
import ArticleKit

/// Raw bytes through the importer (BOM, line endings, binary detection, UTF-8 repair, legacy
/// encodings, Markdown, HTML and feeds, title).
@_cdecl("LLVMFuzzerTestOneInput")
public func importerFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    do {
        let article = try ArticleImporter().article(from: data, name: "fuzz/input.txt")
        FuzzCheck.require(!article.text.unicodeScalars.contains("\r"), "a CR survived the import")
        FuzzCheck.require(article.id == "input" || article.id.hasPrefix("input#"), "id \(article.id)")
        // Valid UTF-8 plain text without BOM or CR is kept byte for byte (pages, notes and feeds
        // are rendered, so their text differs from their bytes).
        if article.format == .text, !data.contains(0x0D), !data.starts(with: [0xEF, 0xBB, 0xBF]),
           String(data: data, encoding: .utf8) != nil {
            FuzzCheck.require(Data(article.text.utf8) == data, "valid UTF-8 changed on import")
        }
    } catch let error as ImportError {
        FuzzCheck.require(error == .binary("fuzz/input.txt") || error == .emptyFeed("fuzz/input.txt"), "unexpected \(error)")
    } catch {
        FuzzCheck.require(false, "unexpected error \(error)")
    }
    return 0
}
