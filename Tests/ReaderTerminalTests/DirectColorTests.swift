import Foundation
import TestSupport
import ReaderCore
@testable import ReaderTerminal
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 24-bit colour: when it is chosen, the sequences written for it, and what other terminals get.
@Suite(.serialized) struct DirectColorTests {
    @Test func theModeFollowsColortermAndTheTerminal() {
        func mode(_ environment: [String: String], colors: Int, noColor: Bool = false, color: Bool = false) -> ColorMode {
            ColorMode.choose(noColorFlag: noColor, colorFlag: color, environment: environment, terminalColors: colors)
        }
        // xterm-256color with COLORTERM: every #RRGGBB exactly.
        #expect(mode(["COLORTERM": "truecolor"], colors: 256) == .direct)
        #expect(mode(["COLORTERM": "24bit"], colors: 256) == .direct)
        #expect(mode(["COLORTERM": "TrueColor"], colors: 256) == .direct)
        #expect(mode(["COLORTERM": "yes"], colors: 256) == .extended)
        #expect(mode([:], colors: 256) == .extended)
        // A direct-colour terminfo entry (xterm-direct) is 24-bit whatever COLORTERM says.
        #expect(mode([:], colors: 1 << 24) == .direct)
        // Fewer colours: the nearest of those, COLORTERM or not.
        #expect(mode(["COLORTERM": "truecolor"], colors: 16) == .sixteen)
        #expect(mode(["COLORTERM": "truecolor"], colors: 8) == .eight)
        // NO_COLOR (set and non-empty) and --no-color win; --color overrides NO_COLOR.
        #expect(mode(["COLORTERM": "truecolor", "NO_COLOR": "1"], colors: 256) == .monochrome)
        #expect(mode(["COLORTERM": "truecolor", "NO_COLOR": ""], colors: 256) == .direct)
        #expect(mode(["COLORTERM": "truecolor", "NO_COLOR": "1"], colors: 256, color: true) == .direct)
        #expect(mode(["COLORTERM": "truecolor"], colors: 256, noColor: true) == .monochrome)
    }

    @Test func eachModeGetsTheColourOrTheNearestItHas() {
        let teal = TerminalColor.rgb(RGB(0x12, 0x34, 0x56))
        #expect(Theme.number(teal, mode: .direct) == 0x123456)
        #expect(Theme.number(teal, mode: .extended) == XtermPalette.nearest(to: RGB(0x12, 0x34, 0x56), among: 256))
        #expect(Theme.number(teal, mode: .extended) == 237) // #3a3a3a by the redmean distance
        #expect(Theme.number(teal, mode: .sixteen) == XtermPalette.nearest(to: RGB(0x12, 0x34, 0x56), among: 16))
        #expect((0..<16).contains(Theme.number(teal, mode: .sixteen)))
        #expect(Theme.number(.rgb(RGB(250, 10, 10)), mode: .sixteen) == 9)
        #expect(Theme.number(.rgb(RGB(250, 10, 10)), mode: .eight) == 9) // folded to 1 + bold by resolve
        let theme = Theme(name: "t", roles: [.text: RoleStyle(foreground: .rgb(RGB(250, 10, 10)))])
        let eight = theme.resolve(StyleSet(.text), mode: .eight)
        #expect(eight.foreground == 1 && eight.attributes.contains(.bold))
        #expect(Theme.number(.indexed(24), mode: .direct) == 0x005f87)
    }

    @Test func sgrSequences() {
        #expect(DirectColorFrame.sgr(ResolvedStyle(foreground: 0x123456, background: -1, attributes: [.bold]))
                == "\u{1B}[0;1;38;2;18;52;86m")
        #expect(DirectColorFrame.sgr(ResolvedStyle(foreground: 3, background: 0xFFFFFF, attributes: []))
                == "\u{1B}[0;33;48;2;255;255;255m")
        #expect(DirectColorFrame.sgr(ResolvedStyle(foreground: -1, background: -1, attributes: [.reverse, .standout, .underline]))
                == "\u{1B}[0;4;7m")
        #expect(DirectColorFrame.sgr(ResolvedStyle(foreground: -1, background: 4, attributes: [.dim, .italic]))
                == "\u{1B}[0;2;3;44m")
    }

    static func screen(_ rows: [String], width: Int = 8, style: StyleSet = StyleSet(.text)) -> Screen {
        var screen = Screen(width: width, height: rows.count)
        for (row, text) in rows.enumerated() {
            var column = 0
            for character in text {
                let w = DisplayWidth.of(character)
                screen[row, column] = Cell(String(character), width: w, style: style)
                if w == 2 { screen[row, column + 1] = .continuation(style: style) }
                column += w
            }
        }
        return screen
    }

    @Test func framesWriteEveryCellFirstThenOnlyWhatChanged() {
        let sgr: (StyleSet) -> String = { $0.contains(.searchMatch) ? "<M>" : "<T>" }
        let first = Self.screen(["ab", "世x"], width: 3)
        let full = DirectColorFrame.bytes(first, previous: nil, cursorRow: 0, cursorColumn: 0, sgr: sgr)
        #expect(full == "\u{1B}[1;1H<T>ab \u{1B}[2;1H世x\u{1B}[0m\u{1B}[1;1H")
        var next = first
        next[0, 1] = Cell("z", width: 1, style: StyleSet([.text, .searchMatch]))
        let diff = DirectColorFrame.bytes(next, previous: first, cursorRow: 5, cursorColumn: 2, sgr: sgr)
        #expect(diff == "\u{1B}[1;2H<M>z\u{1B}[0m\u{1B}[6;3H")
        #expect(DirectColorFrame.bytes(next, previous: next, cursorRow: 0, cursorColumn: 0, sgr: sgr).isEmpty)
        // A control that slipped into a cell is never written.
        var hostile = first
        hostile[0, 0] = Cell("\u{1B}", width: 1, style: StyleSet(.text))
        let bytes = DirectColorFrame.bytes(hostile, previous: first, cursorRow: 0, cursorColumn: 0, sgr: sgr)
        #expect(bytes == "\u{1B}[1;1H<T> \u{1B}[0m\u{1B}[1;1H")
    }

    /// Curses on a file with TERM=xterm-256color: COLORTERM=truecolor gets the theme's exact RGB
    /// through our sequences; without it, curses' 256-colour ones.
    @Test func xterm256colorWithColortermWritesRGB() throws {
        setenv("LINES", "4", 1)
        setenv("COLUMNS", "20", 1)
        defer { unsetenv("LINES"); unsetenv("COLUMNS") }
        let theme = Theme(name: "t", roles: [.text: RoleStyle(foreground: .rgb(RGB(0x12, 0x34, 0x56)), attributes: [.bold])])
        func output(_ environment: [String: String]) throws -> (String, String, ColorMode) {
            let path = ScratchFolder.url("direct").path
            defer { unlink(path) }
            guard let out = fopen(path, "w"), let input = fopen("/dev/null", "r") else { throw CancellationError() }
            let terminal = try CursesTerminal(theme: theme, noColor: false, mouse: false,
                                              device: .init(terminalType: "xterm-256color", output: out, input: input),
                                              environment: environment)
            terminal.draw(Self.screen(["Genève", "ok"], width: 20))
            var next = Self.screen(["Genève", "ok"], width: 20)
            next[1, 0] = Cell("O", width: 1, style: StyleSet(.text))
            terminal.draw(next)
            let row = terminal.contents(row: 1)
            let mode = terminal.colorMode
            terminal.close()
            fclose(out)
            fclose(input)
            return (try String(contentsOfFile: path, encoding: .utf8), row, mode)
        }
        let (direct, row, mode) = try output(["COLORTERM": "truecolor"])
        #expect(mode == .direct)
        #expect(direct.contains("\u{1B}[0;1;38;2;18;52;86mGenève"))
        #expect(direct.contains("\u{1B}[2;1H\u{1B}[0;1;38;2;18;52;86mO\u{1B}[0m"), "the second frame writes the changed cell only")
        #expect(row.hasPrefix("Ok"))
        let (indexed, _, indexedMode) = try output([:])
        #expect(indexedMode == .extended)
        #expect(!indexed.contains("38;2;"))
        #expect(indexed.contains("38;5;237m"), "#123456 is 237 on 256 colours")
    }
}
