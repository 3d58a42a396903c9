import CMark

/// Markdown to article text with libcmark (CommonMark's reference parser): headings, emphasis,
/// lists and links become their text, code is kept verbatim, raw HTML is dropped, and each
/// block-quote paragraph is set in quotation marks so the quote finder sees it as a quotation.
public enum MarkdownImporter {
    public static func article(from decoded: DecodedText, id: String, source: String?) -> Article {
        let (text, heading) = render(decoded.text)
        return Article(id: id, title: heading ?? ArticleImporter.title(of: text, fallback: id), source: source,
                       text: text, format: .markdown, encoding: decoded.encoding)
    }

    /// The text and the first heading, when the document starts with one.
    public static func render(_ markdown: String) -> (text: String, heading: String?) {
        var output = Output()
        var utf8 = Array(markdown.utf8)
        guard let document = utf8.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
            } } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }) else { return ("", nil) }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return ("", nil) }
        defer { cmark_iter_free(iterator) }
        var lists: [(ordered: Bool, next: Int)] = []
        var quoteDepth = 0
        var heading: String?
        var headingStart: Int?
        var sawBlock = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                output.append(literal(node))
            case CMARK_NODE_SOFTBREAK:
                output.append(" ")
            case CMARK_NODE_LINEBREAK:
                output.append("\n")
            case CMARK_NODE_CODE_BLOCK:
                output.endBlock()
                output.append(literal(node))
                output.endBlock()
                sawBlock = true
            case CMARK_NODE_HEADING:
                if entering {
                    output.endBlock()
                    if !sawBlock { headingStart = output.bytes.count }
                } else {
                    if let start = headingStart, heading == nil {
                        heading = String(decoding: output.bytes[start...], as: UTF8.self)
                    }
                    headingStart = nil
                    output.endBlock()
                }
                sawBlock = true
            case CMARK_NODE_PARAGRAPH:
                sawBlock = true
                let inTightItem = !lists.isEmpty && cmark_node_get_list_tight(cmark_node_parent(cmark_node_parent(node))) != 0
                if entering {
                    if !inTightItem || cmark_node_previous(node) != nil { output.startBlock(tight: inTightItem) }
                    if quoteDepth > 0 { output.append("“") }
                } else {
                    if quoteDepth > 0 { output.append("”") }
                    output.endLine()
                    if !inTightItem { output.endBlock() }
                }
            case CMARK_NODE_BLOCK_QUOTE:
                quoteDepth += entering ? 1 : -1
                output.endBlock()
            case CMARK_NODE_LIST:
                if entering {
                    lists.append((cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, Int(cmark_node_get_list_start(node))))
                    output.endBlock()
                } else {
                    lists.removeLast()
                    output.endBlock()
                }
            case CMARK_NODE_ITEM:
                if entering, !lists.isEmpty {
                    output.endLine()
                    output.append(String(repeating: "  ", count: lists.count - 1))
                    if lists[lists.count - 1].ordered {
                        output.append("\(lists[lists.count - 1].next). ")
                        lists[lists.count - 1].next += 1
                    } else {
                        output.append("- ")
                    }
                }
            case CMARK_NODE_THEMATIC_BREAK:
                output.endBlock()
            default:
                // Emphasis, strong, links and images: their children carry the text; raw HTML is dropped.
                break
            }
        }
        return (output.text, heading)
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The text being built, with blank lines between blocks and never more than one.
    private struct Output {
        var bytes: [UInt8] = []

        mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

        mutating func endLine() {
            if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        }

        mutating func endBlock() {
            guard !bytes.isEmpty else { return }
            endLine()
            if bytes.count < 2 || bytes[bytes.count - 2] != 0x0A { bytes.append(0x0A) }
        }

        mutating func startBlock(tight: Bool) {
            if tight { endLine() } else { endBlock() }
        }

        var text: String {
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x0A { end -= 1 }
            return end == 0 ? "" : String(decoding: bytes[..<end], as: UTF8.self) + "\n"
        }
    }
}
