import Foundation
import ArticleKit

/// Raw bytes through the importer (BOM, line endings, binary detection, UTF-8 repair, title).
@_cdecl("LLVMFuzzerTestOneInput")
public func importerFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    do {
        let article = try ArticleImporter().article(from: data, name: "fuzz/input.txt")
        FuzzCheck.require(!article.text.unicodeScalars.contains("\r"), "a CR survived the import")
        FuzzCheck.require(article.id == "input", "id \(article.id)")
        // Valid UTF-8 without BOM or CR is kept byte for byte.
        if !data.contains(0x0D), !data.starts(with: [0xEF, 0xBB, 0xBF]), String(data: data, encoding: .utf8) != nil {
            FuzzCheck.require(Data(article.text.utf8) == data, "valid UTF-8 changed on import")
        }
    } catch let error as ImportError {
        FuzzCheck.require(error == .binary("fuzz/input.txt"), "unexpected \(error)")
    } catch {
        FuzzCheck.require(false, "unexpected error \(error)")
    }
    return 0
}
