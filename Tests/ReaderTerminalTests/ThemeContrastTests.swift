import ReaderCore
@testable import ReaderTerminal
import Testing

/// The light and high-contrast themes are checked from their own colours: each role's text
/// colour (its own, else the text role's) against its background (its own, else the theme's,
/// else the background it is designed for).
struct ThemeContrastTests {
    @Test(arguments: [("light", 4.5), ("high-contrast", 7.0)])
    func everyRoleMeetsTheContrastFloor(name: String, floor: Double) throws {
        let theme = try ThemeLoader.load(name)
        let textForeground = theme.roles[.text]?.foreground?.rgb
        #expect(textForeground != nil, "\(name) must name its text colour to be checked")
        let canvas = (theme.background ?? theme.canvas)?.rgb
        #expect(canvas != nil, "\(name) must name the background it is designed for")
        for role in StyleRole.allCases {
            let style = try #require(theme.roles[role], "\(name) lacks \(role.name)")
            guard let foreground = style.foreground?.rgb ?? textForeground,
                  let background = style.background?.rgb ?? canvas else { continue }
            let ratio = foreground.contrast(with: background)
            #expect(ratio >= floor, "\(name): \(role.name) has contrast \(ratio), below \(floor)")
        }
    }

    /// The guessed speaker is read mostly in the statements panel, so it keeps AA on the panel's
    /// cursor rows too (it paints its colour over theirs), not only on the canvas.
    @Test func lightUncertainSpeakerKeepsAAOnThePanelRows() throws {
        let theme = try ThemeLoader.load("light")
        let foreground = try #require(theme.roles[.speakerUncertain]?.foreground?.rgb)
        for row in [StyleRole.selection, .selectionInactive] {
            let background = try #require(theme.roles[row]?.background?.rgb)
            #expect(foreground.contrast(with: background) >= 4.5, "speaker_uncertain on \(row.name)")
        }
    }

    @Test func contrastFormulaMatchesWCAGReferenceValues() {
        #expect(abs(RGB(0, 0, 0).contrast(with: RGB(255, 255, 255)) - 21) < 0.01)
        #expect(RGB(119, 119, 119).contrast(with: RGB(255, 255, 255)) > 4.47)
        #expect(RGB(119, 119, 119).contrast(with: RGB(255, 255, 255)) < 4.49)
    }

    @Test func lightThemeKeepsTheTerminalBackground() throws {
        let theme = try ThemeLoader.load("light")
        #expect(theme.background == nil)
        #expect(theme.resolve(StyleSet(.text), mode: .extended).background == -1)
        let contrast = try ThemeLoader.load("high-contrast")
        #expect(contrast.resolve(StyleSet(.text), mode: .extended).background == 16)
    }
}

struct ColorMappingTests {
    @Test func monoThemeMarksHighlightsOnAColourTerminalToo() throws {
        let mono = try ThemeLoader.load("mono")
        for role in ThemeTests.highlightRoles {
            #expect(!mono.resolve(StyleSet([.text, role]), mode: .extended).attributes.isEmpty, "\(role.name)")
        }
    }

    @Test func coloursParseByNameIndexAndHex() {
        #expect(TerminalColor(name: "cyan") == .indexed(6))
        #expect(TerminalColor(name: "bright-red") == .indexed(9))
        #expect(TerminalColor(name: "200") == .indexed(200))
        #expect(TerminalColor(name: "#005F87") == .rgb(RGB(0, 95, 135)))
        #expect(TerminalColor(name: "256") == nil)
        #expect(TerminalColor(name: "#12345") == nil)
        #expect(TerminalColor(name: "mauve") == nil)
    }

    @Test func indexAndHexWorkInThemeFiles() throws {
        let theme = try ThemeLoader.parse("[roles.title]\nfg = 208\nbg = \"#ff0000\"\n", label: "t")
        #expect(theme.roles[.title]?.foreground == .indexed(208))
        #expect(theme.roles[.title]?.background == .rgb(RGB(255, 0, 0)))
    }

    @Test func exactPaletteColoursMapToThemselvesOn256() {
        #expect(Theme.number(.rgb(RGB(0, 95, 135)), mode: .extended) == 24)
        #expect(Theme.number(.rgb(RGB(28, 28, 28)), mode: .extended) == 234)
        // Nearest, not exact: a near-orange goes to the orange of the cube.
        #expect(Theme.number(.rgb(RGB(250, 130, 10)), mode: .extended) == 208)
    }

    @Test func coloursMapToTheNearestOfSixteenAndEight() {
        #expect(Theme.number(.rgb(RGB(250, 10, 10)), mode: .sixteen) == 9)
        #expect(Theme.number(.rgb(RGB(200, 0, 0)), mode: .sixteen) == 1)
        #expect(Theme.number(.indexed(196), mode: .sixteen) == 9)
        #expect(Theme.number(.rgb(RGB(10, 10, 20)), mode: .eight) == 0)
        // On 8 colours the bright result folds to its base colour and turns bold.
        let theme = Theme(name: "t", roles: [.title: RoleStyle(foreground: .rgb(RGB(255, 20, 20)))])
        let resolved = theme.resolve(StyleSet(.title), mode: .eight)
        #expect(resolved.foreground == 1)
        #expect(resolved.attributes.contains(.bold))
    }

    @Test func directColourKeepsTheRGB() {
        #expect(Theme.number(.rgb(RGB(0x12, 0x34, 0x56)), mode: .direct) == 0x123456)
        #expect(Theme.number(.indexed(3), mode: .direct) == 3)
        #expect(Theme.number(.indexed(24), mode: .direct) == 0x005f87)
        #expect(Theme.number(.terminalDefault, mode: .direct) == -1)
    }

    @Test func the256OverrideWinsOnRichTerminalsOnly() {
        let theme = Theme(name: "t", roles: [.title: RoleStyle(foreground: .indexed(6), foreground256: 45)])
        #expect(theme.resolve(StyleSet(.title), mode: .extended).foreground == 45)
        #expect(theme.resolve(StyleSet(.title), mode: .sixteen).foreground == 6)
    }
}
