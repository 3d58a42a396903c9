/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < row + height && c >= column && c < column + width
    }
}

/// A pane that can have the keyboard focus.
public enum Pane: String, Hashable, Sendable, CaseIterable {
    case article, actors, statements
}

/// Where everything goes for a terminal size and the panels' visibility.
/// - 120 columns and more: actors on the left, article in the middle, statements on the right
///   (below that, three columns would leave the article under 60 columns); past the article's
///   measure the panels grow, up to `actorsMaximum` and `statementsMaximum`.
/// - 60 to 119 columns: the article, and the panels stacked in one column on the right.
/// - under 60 columns: the article alone; a focused panel covers it as a full-screen overlay.
/// - under 20×5: only a "terminal too small" message.
/// Row 0 is the title, row height-2 the status bar, row height-1 the message/prompt line.
public struct ScreenLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case tooSmall, wide, stacked, narrow }

    public static let minimumWidth = 20
    public static let minimumHeight = 5
    public static let wideWidth = 120
    public static let narrowWidth = 60

    public let width: Int
    public let height: Int
    public let mode: Mode
    public let article: Rect
    /// Panels, each including its header row.
    public let actors: Rect?
    public let statements: Rect?
    /// One-column separators between panes.
    public let separators: [Rect]
    /// True when a panel covers the article (narrow mode).
    public let overlay: Bool

    public var statusRow: Int { height - 2 }
    public var messageRow: Int { height - 1 }

    /// The article column's default measure: wider lines are hard to follow, so extra width goes
    /// to the panels.
    public static let defaultMeasure = 80
    /// The widest the panels grow on a wide screen: an actor row (name, kind, counts, role) and
    /// a wrapped statement are no easier to read wider.
    public static let actorsMaximum = 50
    public static let statementsMaximum = 100

    /// Panel widths asked for by the user's config (nil: chosen from the screen width).
    public struct PanelWidths: Hashable, Sendable {
        public var actors: Int?
        public var statements: Int?
        public init(actors: Int? = nil, statements: Int? = nil) {
            self.actors = actors
            self.statements = statements
        }
    }

    public init(width: Int, height: Int, showActors: Bool, showStatements: Bool, focus: Pane,
                measure: Int = ScreenLayout.defaultMeasure, panels: PanelWidths = PanelWidths()) {
        self.width = width
        self.height = height
        let body = Rect(row: 1, column: 0, width: width, height: height - 3)
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            mode = .tooSmall
            article = Rect(row: 0, column: 0, width: 0, height: 0)
            actors = nil
            statements = nil
            separators = []
            overlay = false
            return
        }
        if width >= Self.wideWidth {
            mode = .wide
            overlay = false
            // Beyond the measure the article keeps its width and the panels share the rest
            // (two fifths to the actors, three to the statements, whose lines are longer).
            // A width from the config, kept between 16 columns and a third of the screen.
            func asked(_ columns: Int?) -> Int? { columns.map { max(16, min($0, width / 3)) } }
            var actorsWidth = showActors ? asked(panels.actors) ?? min(32, max(22, width / 5)) : 0
            var statementsWidth = showStatements ? asked(panels.statements) ?? min(40, max(26, width / 4)) : 0
            let used = (showActors ? actorsWidth + 2 : 0) + (showStatements ? statementsWidth + 2 : 0)
            let extra = width - used - max(20, measure)
            var margin = 0
            if extra > 0, showActors || showStatements {
                let toActors = !showActors ? 0 : showStatements ? extra * 2 / 5 : extra
                actorsWidth += toActors
                if showStatements { statementsWidth += extra - toActors }
                // Past their maximum a panel only adds blank: the actors' surplus goes to the
                // statements, and what both leave becomes margins around the article's measure.
                let actorsCap = max(Self.actorsMaximum, asked(panels.actors) ?? 0)
                if actorsWidth > actorsCap {
                    if showStatements { statementsWidth += actorsWidth - actorsCap } else { margin += actorsWidth - actorsCap }
                    actorsWidth = actorsCap
                }
                let statementsCap = max(Self.statementsMaximum, asked(panels.statements) ?? 0)
                if statementsWidth > statementsCap {
                    margin += statementsWidth - statementsCap
                    statementsWidth = statementsCap
                }
            }
            var left = 0
            var right = width
            var separators: [Rect] = []
            if showActors {
                let w = actorsWidth
                actors = Rect(row: body.row, column: 0, width: w, height: body.height)
                separators.append(Rect(row: body.row, column: w, width: 1, height: body.height))
                left = w + 2 // separator, then a blank column before the text
            } else {
                actors = nil
            }
            if showStatements {
                let w = statementsWidth
                statements = Rect(row: body.row, column: width - w, width: w, height: body.height)
                separators.append(Rect(row: body.row, column: width - w - 1, width: 1, height: body.height))
                right = width - w - 2 // a blank column, then the separator
            } else {
                statements = nil
            }
            article = Rect(row: body.row, column: left + margin / 2, width: right - left - margin, height: body.height)
            self.separators = separators
        } else if width >= Self.narrowWidth {
            mode = .stacked
            overlay = false
            if showActors || showStatements {
                let w = max(min(34, max(22, width * 3 / 8)), width - 2 - max(20, measure))
                let column = width - w
                article = Rect(row: body.row, column: 0, width: column - 2, height: body.height)
                separators = [Rect(row: body.row, column: column - 1, width: 1, height: body.height)]
                if showActors && showStatements {
                    let top = max(1, body.height * 2 / 5)
                    actors = Rect(row: body.row, column: column, width: w, height: top)
                    statements = Rect(row: body.row + top, column: column, width: w, height: body.height - top)
                } else {
                    actors = showActors ? Rect(row: body.row, column: column, width: w, height: body.height) : nil
                    statements = showStatements ? Rect(row: body.row, column: column, width: w, height: body.height) : nil
                }
            } else {
                article = body
                separators = []
                actors = nil
                statements = nil
            }
        } else {
            mode = .narrow
            article = body
            separators = []
            actors = focus == .actors && showActors ? body : nil
            statements = focus == .statements && showStatements ? body : nil
            overlay = actors != nil || statements != nil
        }
    }

    /// The panel rectangle for a pane, if shown.
    public func rect(for pane: Pane) -> Rect? {
        switch pane {
        case .article: mode == .tooSmall ? nil : article
        case .actors: actors
        case .statements: statements
        }
    }

    /// Rows of a panel's list (below its header row).
    public func listRows(for pane: Pane) -> Int {
        guard let rect = rect(for: pane) else { return 0 }
        return pane == .article ? rect.height : max(0, rect.height - 1)
    }

    /// The pane under a screen position (panels drawn over the article win).
    public func pane(atRow row: Int, column: Int) -> Pane? {
        if let r = actors, r.contains(row: row, column: column) { return .actors }
        if let r = statements, r.contains(row: row, column: column) { return .statements }
        if !overlay, mode != .tooSmall, article.contains(row: row, column: column) { return .article }
        return nil
    }
}
