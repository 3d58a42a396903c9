import ReaderCore
@testable import ReaderTerminal
import Testing
import Themes

struct ThemeTests {
    /// Roles that mark something in the article; each must stay visible without colour.
    static let highlightRoles: [StyleRole] = [
        .entityPerson, .entityOrganisation, .entityLocation, .entityOther, .quoteDirect, .quoteIndirect,
        .quoteCurrent, .speaker, .speakerUncertain, .actorMention, .foreign, .searchMatch, .searchCurrent, .selection, .controlPicture,
    ]

    @Test(arguments: ThemeCatalog.names)
    func bundledThemeLoadsAndNamesEveryRole(name: String) throws {
        let theme = try ThemeLoader.load(name)
        // Every role, so a role added to StyleRole fails here until each theme styles it.
        let missing = StyleRole.allCases.filter { theme.roles[$0] == nil }
        #expect(missing.isEmpty, "theme \(name) lacks \(missing.map(\.name))")
    }

    @Test(arguments: ThemeCatalog.names)
    func everyHighlightIsVisibleInMonochrome(name: String) throws {
        let theme = try ThemeLoader.load(name)
        for role in Self.highlightRoles {
            let resolved = theme.resolve(StyleSet([.text, role]), mode: .monochrome)
            #expect(!resolved.attributes.isEmpty, "\(role.name) is invisible without colour in \(name)")
            #expect(resolved.foreground == -1 && resolved.background == -1)
        }
    }

    @Test func quotesAndEntitiesStayDistinguishableInMonochrome() throws {
        let theme = try ThemeLoader.load("default")
        let entityLooks = Set([StyleRole.entityPerson, .entityOrganisation, .entityLocation, .entityOther]
            .map { theme.resolve(StyleSet([.text, $0]), mode: .monochrome).attributes })
        let quoteLooks = Set([StyleRole.quoteDirect, .quoteIndirect]
            .map { theme.resolve(StyleSet([.text, $0]), mode: .monochrome).attributes })
        #expect(entityLooks.isDisjoint(with: quoteLooks))
        let direct = theme.resolve(StyleSet([.text, .quoteDirect]), mode: .monochrome)
        let indirect = theme.resolve(StyleSet([.text, .quoteIndirect]), mode: .monochrome)
        #expect(direct != indirect)
        // An entity inside a quote keeps the marks of both.
        let both = theme.resolve(StyleSet([.text, .quoteDirect, .entityPerson]), mode: .monochrome)
        #expect(both.attributes.isSuperset(of: direct.attributes))
        #expect(both.attributes.contains(.bold))
    }

    /// A guessed speaker must not pass for a sure one, with colours or without.
    @Test(arguments: ThemeCatalog.names)
    func uncertainSpeakerLooksUnlikeTheSpeaker(name: String) throws {
        let theme = try ThemeLoader.load(name)
        for mode in [ColorMode.monochrome, .eight, .extended] {
            let sure = theme.resolve(StyleSet([.text, .speaker]), mode: mode)
            let guessed = theme.resolve(StyleSet([.text, .speakerUncertain]), mode: mode)
            #expect(sure != guessed, "\(name): speaker and speaker_uncertain look the same in \(mode)")
        }
        // Nor like reported speech, which sits next to it in the text.
        let indirect = theme.resolve(StyleSet([.text, .quoteIndirect]), mode: .monochrome)
        #expect(theme.resolve(StyleSet([.text, .speakerUncertain]), mode: .monochrome) != indirect)
    }

    @Test func laterRolesPaintOverEarlierOnesAndAttributesAddUp() throws {
        let theme = try ThemeLoader.parse("""
            [roles.text]
            fg = "white"
            [roles.quote_direct]
            bg = "blue"
            attrs = ["underline"]
            [roles.entity_person]
            fg = "cyan"
            fg256 = 45
            attrs = ["bold"]
            """, label: "test")
        let eight = theme.resolve(StyleSet([.text, .entityPerson, .quoteDirect]), mode: .eight)
        #expect(eight.foreground == 6)
        #expect(eight.background == 4)
        #expect(eight.attributes == [.bold, .underline])
        let extended = theme.resolve(StyleSet([.text, .entityPerson]), mode: .extended)
        #expect(extended.foreground == 45)
    }

    @Test func brightColoursFoldOnEightColourTerminals() throws {
        let theme = try ThemeLoader.parse("[roles.title]\nfg = \"bright-red\"\n", label: "test")
        let resolved = theme.resolve(StyleSet(.title), mode: .eight)
        #expect(resolved.foreground == 1)
        #expect(resolved.attributes.contains(.bold))
    }

    @Test(arguments: [
        ("[roles.no_such_role]\nfg = \"red\"\n", "no_such_role"),
        ("[roles.title]\nfg = \"mauve\"\n", "mauve"),
        ("[roles.title]\nattrs = [\"blink\"]\n", "blink"),
        ("[roles.title]\nfg256 = 300\n", "300"),
        ("[roles.title\nfg = ", "TOML"),
    ])
    func badThemesAreRejectedWithTheReason(toml: String, mentioned: String) {
        #expect {
            try ThemeLoader.parse(toml, label: "bad.toml")
        } throws: { error in
            let text = "\(error)"
            return text.contains(mentioned) && text.contains("bad.toml")
        }
    }

    @Test func unknownThemeNameIsAnError() {
        #expect(throws: ThemeLoader.ThemeError.self) { try ThemeLoader.load("no-such-theme-anywhere") }
    }
}

struct ColorModeTests {
    @Test func noColorWinsOverAColourTerminal() {
        #expect(ColorMode.choose(noColorFlag: false, environment: ["NO_COLOR": "1"], terminalColors: 256) == .monochrome)
        #expect(ColorMode.choose(noColorFlag: true, environment: [:], terminalColors: 256) == .monochrome)
        // no-color.org: an empty NO_COLOR does not count.
        #expect(ColorMode.choose(noColorFlag: false, environment: ["NO_COLOR": ""], terminalColors: 256) == .extended)
    }

    @Test func terminalColourCountChoosesTheMode() {
        #expect(ColorMode.choose(noColorFlag: false, environment: [:], terminalColors: 0) == .monochrome)
        #expect(ColorMode.choose(noColorFlag: false, environment: [:], terminalColors: 8) == .eight)
        #expect(ColorMode.choose(noColorFlag: false, environment: [:], terminalColors: 16) == .sixteen)
        #expect(ColorMode.choose(noColorFlag: false, environment: [:], terminalColors: 256) == .extended)
    }

    @Test func colortermAsksForTwentyFourBits() {
        #expect(ColorMode.choose(noColorFlag: false, environment: ["COLORTERM": "truecolor"], terminalColors: 256) == .direct)
        #expect(ColorMode.choose(noColorFlag: false, environment: ["COLORTERM": "24bit"], terminalColors: 256) == .direct)
        #expect(ColorMode.choose(noColorFlag: false, environment: ["COLORTERM": "yes"], terminalColors: 256) == .extended)
    }

    @Test func colorFlagOverridesNoColorButNotNoColorFlag() {
        #expect(ColorMode.choose(noColorFlag: false, colorFlag: true, environment: ["NO_COLOR": "1"], terminalColors: 256) == .extended)
        #expect(ColorMode.choose(noColorFlag: true, colorFlag: true, environment: [:], terminalColors: 256) == .monochrome)
    }
}

struct ThemeErrorTests {
    @Test(arguments: [
        ("name = \"x\"\n[roles.title]\nfg = \"red\"\nfgg = \"blue\"\n", "line 4", "fgg"),
        ("[roles.text]\n\n[roles.title]\nfg = \"mauve\"\n", "line 4", "mauve"),
        ("[roles.nope]\nfg = \"red\"\n", "line 1", "nope"),
        ("colour = 3\n", "line 1", "colour"),
        ("[roles.title]\nfg = \n", "line 2", "TOML"),
    ])
    func mistakesNameTheFileLineAndWhat(toml: String, line: String, what: String) {
        #expect {
            try ThemeLoader.parse(toml, label: "mine.toml")
        } throws: { error in
            let text = "\(error)"
            return text.contains("mine.toml") && text.contains(line) && text.contains(what)
        }
    }
}
