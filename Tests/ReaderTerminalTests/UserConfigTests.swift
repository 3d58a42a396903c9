import ArticleKit
import Foundation
import TestSupport
import ReaderCore
@testable import ReaderTerminal
import Testing

struct UserConfigTests {
    @Test func settingsAndKeysAreReadWithTheirOrigin() throws {
        let config = try UserConfigLoader.parse("""
            theme = "light"
            mouse = false
            entities = "person"
            measure = 90

            [keys]
            next_quote = ["n", "J"]
            """, file: "/home/u/.config/verbatim/config.toml")
        #expect(config.theme == "light")
        #expect(!config.mouse)
        #expect(config.entities == [.person])
        #expect(config.origin(of: "theme") == "config.toml, line 1")
        #expect(config.measure == 90)
        #expect(config.origin(of: "keys.next_quote") == "config.toml, line 7")
        #expect(config.origin(of: "actors") == "default")
        let keymap = try config.keymap()
        let state = ReaderState(documents: [], width: 80, height: 24)
        #expect(keymap.action(for: .character("J"), in: state) == .nextQuote)
    }

    @Test(arguments: [
        ("theme = \"light\"\ncolour = 3\n", 2, "unknown key \"colour\""),
        ("mouse = \"yes\"\n", 1, "mouse must be true or false"),
        ("\nmeasure = 500\n", 2, "measure must be"),
        ("actors_width = 3\n", 1, "actors_width must be"),
        ("entities = \"people\"\n", 1, "entities must be"),
        ("\n[keys]\nnext_quote = [\"J\"]\nscroll_down = [\"J\"]\n", 4, "key \"J\" is bound twice"),
        ("[keys]\nwarp = [\"w\"]\n", 2, "unknown action \"warp\""),
        ("[keys]\nquit = [\"Hyper-Q\"]\n", 2, "unknown key \"Hyper-Q\""),
        ("theme = \"light\nmouse = true\n", 1, "not valid TOML"),
    ])
    func mistakesNameTheFileTheLineAndWhatIsWrong(text: String, line: Int, message: String) {
        #expect {
            _ = try UserConfigLoader.parse(text, file: "/cfg/config.toml")
        } throws: { error in
            let problem = error as? UserConfigLoader.Problem
            return problem?.file == "/cfg/config.toml" && problem?.line == line && "\(error)".contains(message)
                && "\(error)".contains("/cfg/config.toml, line \(line): ")
        }
    }

    @Test func aBrokenFileGivesTheDefaultsAndOneProblem() throws {
        let folder = ScratchFolder.url("config")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("config.toml")
        try "theme = \"light\"\n[keys]\nquit = [\"q\", \"q2\"]\n".write(to: file, atomically: true, encoding: .utf8)
        let (config, problem) = UserConfigLoader.load(file)
        #expect(config.theme == "default")
        #expect(problem?.line == 3)
        // No file at all is not a mistake.
        let (_, none) = UserConfigLoader.load(folder.appendingPathComponent("absent.toml"))
        #expect(none == nil)
    }

    @Test func entityKindsAsAnySet() throws {
        func kinds(_ value: String) throws -> Set<EntityType> { try UserConfigLoader.parse("entities = \(value)\n", file: "c").entities }
        #expect(try kinds("[]").isEmpty)
        #expect(try kinds("\"none\"").isEmpty)
        #expect(try kinds("\"all\"") == Set(EntityType.allCases))
        #expect(try kinds("[\"person\"]") == [.person])
        #expect(try kinds("[\"PER\", \"ORG\"]") == [.person, .organisation])
        #expect(try kinds("[\"person\", \"location\"]") == [.person, .location])
        #expect(try kinds("[\"loc\", \"misc\", \"LOC\"]") == [.location, .miscellaneous])
        #expect(try kinds("[\"person\", \"organisation\", \"location\", \"other\"]") == Set(EntityType.allCases))
        for bad in ["[\"PER\", \"people\"]", "[\"none\"]", "[\"PER\", 3]", "3"] {
            #expect(throws: UserConfigLoader.Problem.self, "\(bad)") { try kinds(bad) }
        }
        // --print shows the set as config.toml takes it, with its origin.
        let config = try UserConfigLoader.parse("entities = [\"ORG\", \"PER\"]\n", file: "/c/config.toml")
        let text = ConfigPrinter.text(config, file: "/c/config.toml", problem: nil)
        #expect(text.contains("entities = [\"person\", \"organisation\"]"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("entities = [") && $0.hasSuffix("# config.toml, line 1") })
        #expect(ConfigPrinter.text(UserConfig(), file: "f", problem: nil).contains("entities = \"all\""))
    }

    @Test func pathsFollowXDG() {
        #expect(ConfigPaths(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).configFile.path == "/x/verbatim/config.toml")
        #expect(ConfigPaths(environment: ["HOME": "/h"]).themesDirectory.path == "/h/.config/verbatim/themes")
        // A relative XDG_CONFIG_HOME is invalid (XDG spec) and ignored.
        #expect(ConfigPaths(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]).configFile.path == "/h/.config/verbatim/config.toml")
    }

    @Test func printedConfigShowsValuesAndOrigins() throws {
        let config = try UserConfigLoader.parse("theme = \"mono\"\n[keys]\nquit = [\"x\"]\n", file: "/c/config.toml")
        let text = ConfigPrinter.text(config, file: "/c/config.toml", problem: nil)
        #expect(text.contains("theme = \"mono\""))
        #expect(text.contains("# config.toml, line 1"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("quit = [\"x\"]") && $0.hasSuffix("# config.toml, line 3") })
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("mouse = true") && $0.hasSuffix("# default") })
    }

    @Test func userThemesAreFoundByName() throws {
        let folder = ScratchFolder.url("themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = \"sepia\"\n[roles.title]\nfg = \"#5f0000\"\n".write(to: folder.appendingPathComponent("sepia.toml"), atomically: true, encoding: .utf8)
        let theme = try ThemeLoader.load("sepia", userThemes: folder)
        #expect(theme.roles[.title]?.foreground == .rgb(RGB(0x5f, 0, 0)))
    }
}
