import ArticleKit
@testable import ReaderCore
import Testing

struct KeymapRemappingTests {
    @Test func remappedKeysDriveTheReaderAndTheHelp() throws {
        let keymap = try Keymap.standard.remapped([("next_quote", ["n", "J"]), ("quit", ["x"])])
        var state = Fixtures.state(width: 100, height: 30)
        state.keymap = keymap
        Fixtures.press([.character("J")], &state)
        #expect(state.currentQuote == 0)
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 1)
        // "]" was next_quote's own key: the remapping replaced it.
        #expect(keymap.action(for: .character("]"), in: state) == nil)
        #expect(keymap.action(for: .character("q"), in: state) == nil)
        #expect(keymap.action(for: .character("x"), in: state) == .quit)
        // The help is the same table: it shows the new keys.
        let help = HelpOverlay.entries(keymap)
        #expect(help.contains { $0.key == "n J" && $0.text.hasPrefix("next quote") })
        #expect(help.contains { $0.key == "x" && $0.text == "quit" })
    }

    @Test func aKeyTakenFromAnotherActionLeavesIt() throws {
        let keymap = try Keymap.standard.remapped([("next_theme", ["j"])])
        let state = Fixtures.state(width: 100, height: 30)
        // j was "scroll down" in the article: a global binding would never be reached, so j leaves it.
        #expect(keymap.action(for: .character("j"), in: state) == .cycleTheme)
        #expect(keymap.action(for: .down, in: state) == .scrollLines(1))
        #expect(HelpOverlay.entries(keymap).contains { $0.key == "↓" && $0.text == "scroll down a line" })
    }

    @Test(arguments: [
        ([("next_quote", ["J"]), ("scroll_down", ["J"])], "bound twice"),
        ([("jump_around", ["J"])], "unknown action"),
        ([("quit", ["Hyper-Q"])], "unknown key"),
    ])
    func mistakesAreNamed(overrides: [(String, [String])], message: String) {
        #expect {
            _ = try Keymap.standard.remapped(overrides.map { (action: $0.0, keys: $0.1) })
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func keyNamesRoundTrip() {
        for event: KeyEvent in [.character("J"), .character(" "), .control("n"), .pageDown, .home, .function(5), .tab, .backTab, .escape, .enter] {
            #expect(KeyName.parse(KeyName.configName(event)) == event, "\(event)")
        }
        #expect(KeyName.parse("C-d") == .control("d"))
        #expect(KeyName.parse("Down") == .down)
    }

    @Test func themeKeyCyclesTheList() {
        var state = Fixtures.state(width: 100, height: 30)
        Reader.setThemes(&state, names: ["default", "light", "mono"], current: "light")
        Fixtures.press([.character("t")], &state)
        #expect(state.themeNames[state.themeIndex] == "mono")
        #expect(state.message == "theme: mono (t for the next)")
        Fixtures.press([.character("t")], &state)
        #expect(state.themeNames[state.themeIndex] == "default")
    }
}
