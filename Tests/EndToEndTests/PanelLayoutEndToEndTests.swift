import Foundation
import TestSupport
import Testing

/// The side panels of the real reader at 120, 80 and 200 columns: actors' names whole when they
/// fit, otherwise cut after a whole word with "…" (never in the middle); a statement's quote
/// wrapped onto the rows under its speaker, as far as the panel's width allows.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct PanelLayoutEndToEndTests {
    static let quote = "The harbour of Vesterholm will reopen to every fishing boat before the winter storms, and the dredging of the northern channel starts next month,"

    static let article = """
        Harbour of Vesterholm to reopen before winter

        Ingrid Falkenrath, the minister for coastal affairs, met Teodor Brancusi-Halvorsen in Vesterholm on Tuesday.

        "\(quote)" Falkenrath said.

        "We have waited three years for this decision and the crews are ready to go back to sea," Brancusi-Halvorsen told reporters on the quay.

        Oskar Lind, the harbour master, said that the first boats would leave the eastern docks on the first Monday of November.

        """

    static let names = ["Ingrid Falkenrath", "Teodor Brancusi-Halvorsen", "Oskar Lind"]

    /// The two panels' rows as the screen shows them: three columns from 120 columns (actors left
    /// of the first border, statements right of the last), stacked on the right below that.
    /// (capture-pane drops trailing blanks: widths come from the screen's width and the borders.)
    static func panels(_ screen: String, width: Int) -> (actors: [String], statements: [String], actorsWidth: Int, statementsWidth: Int)? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = lines.dropFirst().dropLast(2).filter { $0.contains("│") }
        guard let first = body.first else { return nil }
        let borders = first.indices.filter { first[$0] == "│" }
        if borders.count >= 2 {
            let actors = body.map { String($0[..<$0.firstIndex(of: "│")!]) }
            let statements = body.map { String($0[$0.index(after: $0.lastIndex(of: "│")!)...]) }
            return (Array(actors.dropFirst()), Array(statements.dropFirst()), first.distance(from: first.startIndex, to: borders[0]),
                    width - first.distance(from: first.startIndex, to: borders[borders.count - 1]) - 1)
        }
        let right = body.map { String($0[$0.index(after: $0.lastIndex(of: "│")!)...]) }
        guard let header = right.firstIndex(where: { $0.contains("Statements (") }) else { return nil }
        let panel = width - first.distance(from: first.startIndex, to: borders[0]) - 1
        return (Array(right[1..<header]), Array(right[(header + 1)...]), panel, panel)
    }

    /// The name an actor row shows: what comes before its kind label or its counts.
    static func shownName(_ row: String) -> String {
        let text = row.dropFirst()
        let end = text.range(of: #" (PER|ORG|LOC|MISC|OTH) | \d+q \d+m"#, options: .regularExpression)?.lowerBound ?? text.endIndex
        return String(text[..<end])
    }

    /// What is wrong with the panels on this screen (nothing: they are as they should be).
    static func problems(_ screen: String, width: Int, minimumRows: Int) -> [String] {
        guard let panels = panels(screen, width: width) else { return ["no panels"] }
        var problems: [String] = []
        for name in names {
            guard let row = panels.actors.first(where: { $0.dropFirst().hasPrefix(String(name.prefix(4))) }) else {
                problems.append("no row for \(name)")
                continue
            }
            let shown = shownName(row)
            // Whole when the marker column, the name and counts of about " 1q 2m" fit.
            if 1 + name.count + 6 <= panels.actorsWidth {
                if shown != name { problems.append("\(name) shown as \"\(shown)\" in \(panels.actorsWidth) columns") }
            } else if !(shown.hasSuffix("…") && name.hasPrefix(shown.dropLast()) && name.dropFirst(shown.count - 1).first == " ") {
                problems.append("\(name) shortened as \"\(shown)\", not after a whole word")
            }
        }
        // The long quote's entry: its speaker row, then its indented rows.
        guard let start = panels.statements.firstIndex(where: { $0.contains("Ingrid Falkenrath — ") }) else {
            return problems + ["no statement of Ingrid Falkenrath"]
        }
        var rows = [panels.statements[start]]
        for row in panels.statements[(start + 1)...] {
            guard row.hasPrefix("  "), !row.allSatisfy({ $0 == " " }) else { break }
            rows.append(row)
        }
        var shown = rows.joined(separator: " ").components(separatedBy: "Ingrid Falkenrath — ")[1]
            .split(separator: " ").joined(separator: " ")
        if shown.hasSuffix("…") { shown.removeLast() }
        let oneRow = panels.statementsWidth - 1 - "Ingrid Falkenrath — ".count
        if rows.count < minimumRows { problems.append("the quote takes \(rows.count) rows: \(rows)") }
        if !quote.hasPrefix(shown) { problems.append("\"\(shown)\" is not the start of the quote") }
        if shown.count <= oneRow + panels.statementsWidth / 2 {
            problems.append("only \(shown.count) characters of the quote in \(panels.statementsWidth) columns")
        }
        return problems
    }

    @Test func namesAreWholeAndQuotesWrapAt120Then80Then200Columns() throws {
        let folder = ScratchFolder.url("panels")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("harbour.txt")
        try Data(Self.article.utf8).write(to: file)

        let command = [Executable.verbatim, "--no-archive", "--no-state", file.path].map(Executable.quoted).joined(separator: " ")
        let tmux = try TmuxSession(width: 120, height: 40, command: "sh -c \(Executable.quoted("\(command); echo EXIT=$?; sleep 600"))")
        defer { tmux.stop() }
        try tmux.waitFor("the analysed article") { $0.contains("3 quotes") }

        for (width, height, rows) in [(120, 40, 2), (80, 24, 2), (200, 50, 2)] {
            if width != 120 { try tmux.resize(width: width, height: height) }
            let screen = try? tmux.waitFor("the panels at \(width)×\(height)") { screen in
                screen.split(separator: "\n").allSatisfy { $0.count <= width } && Self.problems(screen, width: width, minimumRows: rows).isEmpty
            }
            let last = try tmux.capture()
            #expect(screen != nil, "at \(width)×\(height): \(Self.problems(last, width: width, minimumRows: rows))\n\(last)")
        }
        // At 120 columns "Ingrid Falkenrath" needs the whole panel: it is there, not "Ingrid…enrath".
        try tmux.resize(width: 120, height: 40)
        // (Waits for the whole condition: a screen caught mid-redraw has no panels yet.)
        let wide = try? tmux.waitFor("the panels at 120×40 again") { screen in
            Self.panels(screen, width: 120).map { panels in
                panels.actorsWidth < 40 && panels.actors.contains { Self.shownName($0) == "Ingrid Falkenrath" }
            } ?? false
        }
        let shown = try tmux.capture()
        #expect(wide != nil, "\(shown)")

        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }
}
