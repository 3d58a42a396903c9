import Foundation

/// The charset a page or a feed declares in its first bytes (`<meta charset=…>`,
/// `<?xml … encoding="…"?>`): a hint used only when the letter statistics cannot decide
/// (bytes that are not UTF-8 yet hold too few non-ASCII letters to tell an encoding).
enum DeclaredCharset {
    static func find(in bytes: Data) -> TextEncoding? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        for pattern in [#"charset\s*=\s*["']?([a-z0-9_:.-]+)"#, #"<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_:.-]+)"#] {
            guard let match = head.range(of: pattern, options: .regularExpression) else { continue }
            let declaration = String(head[match])
            guard let value = declaration.split(whereSeparator: { "=\"' ".contains($0) }).last else { continue }
            if let encoding = TextEncoding(name: String(value)) { return encoding }
        }
        return nil
    }
}
