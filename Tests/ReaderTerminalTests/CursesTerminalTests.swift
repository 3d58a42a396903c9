import ReaderCore
@testable import ReaderTerminal
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Curses itself, on /dev/null streams with a known terminal type: what it holds after a draw.
/// XCTest runs these one after another; curses is global state.
final class CursesTerminalTests: XCTestCase {
    override func tearDown() {
        // The size is given through the environment; later tests and the programs they start must not inherit it.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        super.tearDown()
    }

    private func openTerminal() throws -> (CursesTerminal, UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>) {
        setenv("LINES", "6", 1)
        setenv("COLUMNS", "30", 1)
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw XCTSkip("/dev/null cannot be opened")
        }
        let terminal = try CursesTerminal(theme: try ThemeLoader.load("default"), noColor: false, mouse: false,
                                          device: .init(terminalType: "xterm-256color", output: output, input: input))
        return (terminal, output, input)
    }

    private func screen(_ rows: [String], width: Int = 30, height: Int = 6) -> Screen {
        var screen = Screen(width: width, height: height)
        for (row, text) in rows.enumerated() {
            var column = 0
            for character in text {
                let width = DisplayWidth.of(character)
                screen[row, column] = Cell(String(character), width: width, style: StyleSet([.text, .entityPerson]))
                if width == 2 { screen[row, column + 1] = .continuation(style: StyleSet(.text)) }
                column += width
            }
        }
        return screen
    }

    func testDrawsMixedScriptsWideCharactersAndCombiningMarks() throws {
        let (terminal, output, input) = try openTerminal()
        defer { terminal.close(); fclose(output); fclose(input) }
        XCTAssertEqual(terminal.size.width, 30)
        XCTAssertEqual(terminal.size.height, 6)
        terminal.draw(screen(["Привет Poutine", "世界 ok", "e\u{301}té"]))
        XCTAssertTrue(terminal.contents(row: 0).hasPrefix("Привет Poutine"))
        XCTAssertTrue(terminal.contents(row: 1).hasPrefix("世界 ok"), terminal.contents(row: 1))
        XCTAssertTrue(terminal.contents(row: 2).precomposedStringWithCanonicalMapping.hasPrefix("été"), terminal.contents(row: 2))
    }

    func testRedrawReplacesChangedCellsAndKeepsTheRest() throws {
        let (terminal, output, input) = try openTerminal()
        defer { terminal.close(); fclose(output); fclose(input) }
        terminal.draw(screen(["première ligne", "deuxième ligne"]))
        terminal.draw(screen(["première ligne", "autre"]))
        XCTAssertTrue(terminal.contents(row: 0).hasPrefix("première ligne"))
        XCTAssertEqual(terminal.contents(row: 1).trimmingCharacters(in: .whitespaces), "autre")
    }

    func testControlCharactersThatSlipIntoACellAreNeverWritten() throws {
        let (terminal, output, input) = try openTerminal()
        defer { terminal.close(); fclose(output); fclose(input) }
        var screen = Screen(width: 30, height: 6)
        screen[0, 0] = Cell("\u{1B}", width: 1)
        screen[0, 1] = Cell("x", width: 1)
        terminal.draw(screen)
        XCTAssertFalse(terminal.contents(row: 0).contains("\u{1B}"))
        XCTAssertTrue(terminal.contents(row: 0).hasPrefix(" x"))
    }
}
