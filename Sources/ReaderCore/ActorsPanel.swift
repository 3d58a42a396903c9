/// The actors panel: every actor with kind, statement and mention counts (and, from the archive,
/// the other articles that quote it), sorted by statements then mentions, its role in dim text;
/// the filtered actor marked with ●.
enum ActorsPanel {
    static func draw(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .actors
        guard let analysis = PanelHeader.begin("Actors", focused: focused, analysis: state.analysis, in: rect,
                                               into: &screen) else { return }
        let order = state.actorsInOrder
        let elsewhere = state.elsewhere[state.currentDocument]
        let legend = "Actors (\(order.count))  q quotes, m mentions"
        PanelHeader.draw(DisplayWidth.of(legend) + 2 <= rect.width ? legend : "Actors (\(order.count))", focused: focused, in: rect, into: &screen)
        if order.isEmpty {
            screen.put("no actors found", row: rect.row + 1, column: rect.column + 2, limit: rect.width - 2, style: StyleSet([.panelText, .panelDim]))
            return
        }
        for i in 0..<max(0, rect.height - 1) {
            let index = state.actorTop + i
            guard order.indices.contains(index) else { break }
            let actorIndex = order[index]
            let actor = analysis.actors[actorIndex]
            let row = rect.row + 1 + i
            let style = PanelHeader.rowStyle(cursor: index == state.actorCursor, focused: focused)
            screen.fill(row: row, column: rect.column, count: rect.width, style: style)
            var dim = style
            dim.insert(.panelDim)
            var x = rect.column
            let end = rect.column + rect.width
            x += screen.put(state.actorFilter == actorIndex ? "●" : " ", row: row, column: x, limit: end - x, style: style)
            var counts = " \(state.statementCount(ofActor: actorIndex))q \(state.mentions(ofActor: actorIndex).count)m"
            if let others = elsewhere?[actorIndex], others > 0 { counts += " \(others)a" }
            let name = TextSanitizer.flatten(actor.name)
            // The name comes first: the kind label gives way before a name is shortened, and a
            // name that must be shortened loses its last words, never its middle.
            var kind = " " + EntityKindLabel.short(actor.type)
            let room = end - x - DisplayWidth.of(counts)
            if DisplayWidth.of(name) + DisplayWidth.of(kind) > room { kind = "" }
            let nameRoom = max(4, room - DisplayWidth.of(kind))
            x += screen.put(WordTruncate.toWidth(name, nameRoom), row: row, column: x, limit: min(nameRoom, end - x), style: style)
            x += screen.put(kind, row: row, column: x, limit: end - x, style: dim)
            x += screen.put(counts, row: row, column: x, limit: end - x, style: style)
            if let role = actor.role, !role.isEmpty, let shown = RoleLabel.fitting(role, end - x - 1) {
                screen.put(" " + shown, row: row, column: x, limit: end - x, style: dim)
            }
        }
    }
}
