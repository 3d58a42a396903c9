import ArticleKit
@testable import ReaderCore

/// Hand-built articles and analyses (independent of ArticleKit's pipeline).
enum Fixtures {
    static let filler = "The talks covered many questions of regional security and trade, and both sides agreed to keep in contact over the coming weeks while experts work on the details of the plan."

    static let paragraphs: [String] = [
        "Vladimir Putin spoke with Barack Obama on Monday, according to the Kremlin.",
        "\"The main tasks have been accomplished,\" said Putin about the авиагруппировки in Syria.",
        "In Washington, Josh Ernest said that the United States had not seen the withdrawal.",
    ] + Array(repeating: filler, count: 8) + [
        "\"We welcome any reduction of violence in Syria,\" Ernest added, and the État was mentioned.",
    ]

    static let text = paragraphs.joined(separator: "\n\n")

    /// Scalar span of the n-th occurrence of `needle` in `text`.
    static func span(_ needle: String, _ occurrence: Int = 0, in text: String = text) -> TextSpan {
        let hay = Array(text.unicodeScalars)
        let nee = Array(needle.unicodeScalars)
        var seen = 0
        var i = 0
        while i + nee.count <= hay.count {
            if Array(hay[i..<(i + nee.count)]) == nee {
                if seen == occurrence { return TextSpan(i, i + nee.count) }
                seen += 1
            }
            i += 1
        }
        fatalError("not found: \(needle)")
    }

    static let article = Article(id: "fixture", title: "Leaders discuss Syria", text: text)

    static var analysis: Analysis {
        let q0 = "The main tasks have been accomplished,"
        let q1 = "the United States had not seen the withdrawal"
        let q2 = "We welcome any reduction of violence in Syria,"
        let entities = [
            Entity(span: span("Vladimir Putin"), type: .person, text: "Vladimir Putin"),
            Entity(span: span("Barack Obama"), type: .person, text: "Barack Obama"),
            Entity(span: span("Kremlin"), type: .organisation, text: "Kremlin"),
            Entity(span: span("Putin", 1), type: .person, text: "Putin"),
            Entity(span: span("Syria", 0), type: .location, text: "Syria"),
            Entity(span: span("Washington"), type: .location, text: "Washington"),
            Entity(span: span("Josh Ernest"), type: .person, text: "Josh Ernest"),
            Entity(span: span("United States"), type: .location, text: "United States"),
            Entity(span: span("Syria", 1), type: .location, text: "Syria"),
            Entity(span: span("Ernest", 1), type: .person, text: "Ernest"),
        ]
        let quotes = [
            Quote(span: span(q0), kind: .direct, text: q0, cue: "said", speakerMention: span("Putin", 1),
                  speakerMentionText: "Putin", actor: 0, speaker: "Vladimir Putin", confidence: 0.9),
            Quote(span: span(q1), kind: .indirect, text: q1, cue: "said", speakerMention: span("Josh Ernest"),
                  speakerMentionText: "Josh Ernest", actor: 1, speaker: "Josh Ernest", confidence: 0.8),
            Quote(span: span(q2), kind: .direct, text: q2, cue: "added", speakerMention: span("Ernest", 1),
                  speakerMentionText: "Ernest", actor: 1, speaker: "Josh Ernest", confidence: 0.8),
        ]
        let actors = [
            Actor(name: "Vladimir Putin", type: .person, aliases: ["Putin"], role: "president of Russia",
                  mentions: [span("Vladimir Putin"), span("Putin", 1)], quotes: [0]),
            Actor(name: "Josh Ernest", type: .person, aliases: ["Ernest"], role: "White House spokesman",
                  mentions: [span("Josh Ernest"), span("Ernest", 1)], quotes: [1, 2]),
            Actor(name: "Barack Obama", type: .person, mentions: [span("Barack Obama")]),
            Actor(name: "Kremlin", type: .organisation, mentions: [span("Kremlin")]),
        ]
        let foreign = [ForeignFragment(span: span("авиагруппировки"), text: "авиагруппировки", script: "Cyrillic", lang: "ru")]
        return Analysis(text: ScalarText(text), language: "en", entities: entities, quotes: quotes,
                        actors: actors, foreignFragments: foreign)
    }

    static func state(width: Int, height: Int, analysed: Bool = true) -> ReaderState {
        ReaderState(documents: [Document(article: article, analysis: analysed ? analysis : nil)], width: width, height: height)
    }

    /// Applies keys through the standard keymap.
    static func press(_ keys: [KeyEvent], _ state: inout ReaderState) {
        for key in keys {
            if let action = state.keymap.action(for: key, in: state) { Reader.reduce(&state, action) }
        }
    }

    static func type(_ string: String, _ state: inout ReaderState) {
        press(string.map { KeyEvent.character($0) }, &state)
    }

    /// Screen positions (row, column) where `needle` starts, searching row texts.
    static func find(_ needle: String, in screen: Screen) -> (row: Int, column: Int)? {
        for row in 0..<screen.height {
            // Map text index to column: walk cells.
            var columns: [Int] = []
            var text = ""
            for column in 0..<screen.width {
                let g = screen[row, column].grapheme
                if g.isEmpty { continue }
                for _ in g { columns.append(column) }
                text += g
            }
            let chars = Array(text)
            let n = Array(needle)
            guard n.count <= chars.count else { continue }
            for i in 0...(chars.count - n.count) where Array(chars[i..<(i + n.count)]) == n {
                return (row, columns[i])
            }
        }
        return nil
    }
}
