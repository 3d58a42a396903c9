import ArchiveKit
import Foundation
import ReaderCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Statements as a table for a terminal: date, speaker, then the statement wrapped to the width
/// with its article's title (and source, unless that is a file's path) after it. Every text from the archive is made one line and goes
/// through `OutputSanitizer`, as an article's text does, so a statement cannot move the cursor.
enum StatementTable {
    static let dateWidth = 10
    static let speakerWidth = 22

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    static func text(_ statements: [ArchivedStatement], width: Int) -> String {
        let textWidth = max(20, width - dateWidth - speakerWidth - 4)
        var out = pad("date", dateWidth) + "  " + pad("speaker", speakerWidth) + "  statement\n"
        for statement in statements {
            let date = String((statement.published ?? "undated").prefix(10))
            let speaker = clip(oneLine(statement.speaker ?? statement.speakerMention ?? "(unknown)"), speakerWidth)
            var body = "“" + oneLine(statement.text) + "” — " + oneLine(statement.title)
            // A feed's or a page's name says where it is from; a file's path only adds noise here.
            if let source = statement.source, !source.isEmpty, !source.hasPrefix("/"), !source.hasPrefix(".") {
                body += " (" + oneLine(source) + ")"
            }
            let lines = wrap(body, textWidth)
            for (index, line) in lines.enumerated() {
                let lead = index == 0 ? pad(date, dateWidth) + "  " + pad(speaker, speakerWidth)
                    : String(repeating: " ", count: dateWidth + 2 + speakerWidth)
                out += lead + "  " + line + "\n"
            }
        }
        return out
    }

    /// Line breaks and tabs become spaces, then controls become their pictures.
    static func oneLine(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return OutputSanitizer.sanitizeLine(flat)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// The text cut to `width` columns, with "…" when something was cut.
    static func clip(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Words filled into lines of at most `width` columns; a longer word is cut across lines.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ") {
            var word = String(word)
            var w = DisplayWidth.of(word)
            if used > 0, used + 1 + w > width {
                lines.append(line)
                (line, used) = ("", 0)
            }
            while w > width {
                var head = ""
                var headWidth = 0
                for character in word {
                    let cw = DisplayWidth.of(character)
                    if headWidth + cw > width { break }
                    head.append(character)
                    headWidth += cw
                }
                if head.isEmpty { break }
                if used > 0 { lines.append(line); (line, used) = ("", 0) }
                lines.append(head)
                word = String(word.dropFirst(head.count))
                w = DisplayWidth.of(word)
            }
            if word.isEmpty { continue }
            line += (used > 0 ? " " : "") + word
            used += (used > 0 ? 1 : 0) + w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
