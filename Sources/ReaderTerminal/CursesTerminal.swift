@preconcurrency import CNcurses
#if canImport(Glibc)
import Glibc
#endif
import ReaderCore

/// The only place that talks to ncurses: opens and restores the terminal, draws `Screen`s
/// (writing only the cells that changed), and reads keys, mouse events and resizes.
public final class CursesTerminal {
    public struct OpenError: Error, CustomStringConvertible {
        public var description: String
    }

    public enum Wait { case input, timeout, hangup }

    private var screenPointer: OpaquePointer?
    private let inputFile: UnsafeMutablePointer<FILE>
    private let ownsInputFile: Bool
    private var previous: Screen?
    private var palette: CursesPalette
    private(set) public var colorMode: ColorMode
    private var isOpen = false

    /// A terminal other than the process's own, for tests: a terminfo name and the streams to use.
    public struct Device {
        public var terminalType: String
        public var output: UnsafeMutablePointer<FILE>
        public var input: UnsafeMutablePointer<FILE>

        public init(terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>) {
            self.terminalType = terminalType
            self.output = output
            self.input = input
        }
    }

    private let output: UnsafeMutablePointer<FILE>

    /// Opens the terminal on stdout (or on `device`). Keys come from stdin when it is a terminal,
    /// else from /dev/tty, so an article can be piped in. `environment` (NO_COLOR, COLORTERM)
    /// defaults to the process's.
    public init(theme: Theme, noColor: Bool, forceColor: Bool = false, mouse: Bool, device: Device? = nil,
                environment: [String: String]? = nil) throws {
        setlocale(LC_ALL, "")
        output = device?.output ?? stdout
        if let device {
            inputFile = device.input
            ownsInputFile = false
        } else if isatty(STDIN_FILENO) != 0 {
            inputFile = stdin
            ownsInputFile = false
        } else if let tty = fopen("/dev/tty", "r") {
            inputFile = tty
            ownsInputFile = true
        } else {
            throw OpenError(description: "no terminal to read keys from (stdin is not a terminal and /dev/tty cannot be opened)")
        }
        guard let screen = newterm(device?.terminalType, output, inputFile) else {
            if ownsInputFile { fclose(inputFile) }
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw OpenError(description: "cannot drive this terminal: TERM=\(term) is unknown to terminfo")
        }
        screenPointer = screen
        set_term(screen)
        guard vb_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            if ownsInputFile { fclose(inputFile) }
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw OpenError(description: "this terminal (TERM=\(term)) cannot move the cursor")
        }
        isOpen = true
        cbreak() // keeps Ctrl-C and Ctrl-Z as signals, which SignalWatcher turns into requests
        noecho()
        nonl()
        keypad(vb_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        if mouse {
            mousemask(vb_all_mouse_events(), nil)
            mouseinterval(0)
        }
        var colors: Int32 = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = vb_colors()
        }
        let environment = environment ?? Self.colorEnvironment()
        // In `.direct` mode the cells are written with SGR 38;2 / 48;2 (DirectColorFrame), on
        // any terminfo entry.
        colorMode = ColorMode.choose(noColorFlag: noColor, colorFlag: forceColor, environment: environment,
                                     terminalColors: Int(colors))
        palette = CursesPalette(theme: theme, mode: colorMode)
    }

    deinit { close() }

    /// The process's NO_COLOR and COLORTERM.
    static func colorEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["NO_COLOR", "COLORTERM"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// Puts text on the terminal's clipboard with OSC 52 (the sequence carries only base64).
    public func copyToClipboard(_ text: String) {
        guard isOpen else { return }
        let sequence = ClipboardSupport.sequence(text)
        fputs(sequence, output)
        fflush(output)
    }

    /// Switches to another theme and repaints every cell with it.
    public func setTheme(_ theme: Theme) {
        palette = CursesPalette(theme: theme, mode: colorMode)
        invalidate()
    }

    /// Leaves the alternate screen and restores the terminal modes; safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        if let screenPointer { delscreen(screenPointer) }
        screenPointer = nil
        if ownsInputFile { fclose(inputFile) }
        fflush(output)
    }

    /// Gives the terminal back to the shell (Ctrl-Z) and takes it again on `fg`.
    public func suspend() {
        guard isOpen else { return }
        endwin()
        fflush(output)
        SignalWatcher.stopProcess()
        // Continued: curses restores its modes on the next refresh; repaint every cell.
        refresh()
        invalidate()
    }

    /// After a stop we did not ask for (`kill -STOP`, then CONT): take the terminal back with
    /// curses' modes and repaint every cell.
    public func resume() {
        guard isOpen else { return }
        endwin()
        refresh()
        invalidate()
    }

    public var size: (width: Int, height: Int) {
        (Int(max(0, vb_cols())), Int(max(0, vb_lines())))
    }

    /// Draws a screen, writing only cells that differ from the last one drawn.
    public func draw(_ screen: Screen) {
        let full = previous == nil || previous!.width != screen.width || previous!.height != screen.height
        if colorMode == .direct {
            drawDirect(screen, full: full)
            return
        }
        if full { erase() }
        var chars: [wchar_t] = []
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let cell = screen[row, column]
                if !full, previous![row, column] == cell { continue }
                // A continuation cell is covered by the wide cluster to its left: redraw that one.
                if cell.width == 0 { continue }
                chars.removeAll(keepingCapacity: true)
                for scalar in cell.grapheme.unicodeScalars where scalar.value >= 0x20 && scalar.value != 0x7F {
                    chars.append(wchar_t(bitPattern: scalar.value))
                }
                if chars.isEmpty { chars.append(0x20) }
                let (attributes, pair) = palette.attributes(for: cell.style)
                _ = chars.withUnsafeBufferPointer {
                    vb_put_cluster(Int32(row), Int32(column), $0.baseAddress, Int32($0.count), attributes, pair)
                }
            }
        }
        previous = screen
        refresh()
    }

    /// 24-bit colour: the changed cells written with our own sequences; curses' screen stays blank.
    private func drawDirect(_ screen: Screen, full: Bool) {
        if full {
            // Lets curses finish what it has to say (the first screen's clear, a resize) first.
            erase()
            refresh()
        }
        let bytes = DirectColorFrame.bytes(screen, previous: full ? nil : previous, cursorRow: Int(vb_cursor_row()),
                                           cursorColumn: Int(vb_cursor_column()), sgr: palette.sgr(for:))
        previous = screen
        guard !bytes.isEmpty else { return }
        fputs(bytes, output)
        fflush(output)
    }

    /// The characters curses holds at a row, for tests: what a user would see there.
    public func contents(row: Int) -> String {
        if colorMode == .direct, let previous, row < previous.height {
            // Curses holds nothing in 24-bit mode: the last screen drawn is what is shown.
            return (0..<previous.width).map { previous[row, $0] }.filter { $0.width > 0 }.map(\.grapheme).joined()
        }
        var buffer = [wchar_t](repeating: 0, count: Int(vb_cols()) + 1)
        let count = mvinnwstr(Int32(row), 0, &buffer, Int32(buffer.count - 1))
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(buffer.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    /// Forgets what is on screen so the next draw repaints everything (after a resize or resume).
    public func invalidate() {
        previous = nil
    }

    /// Waits until input is readable, a signal arrives, or the timeout passes.
    public func wait(milliseconds: Int32) -> Wait {
        var descriptor = pollfd(fd: fileno(inputFile), events: Int16(POLLIN), revents: 0)
        let result = poll(&descriptor, 1, milliseconds)
        if result <= 0 { return .timeout }
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, descriptor.revents & Int16(POLLIN) == 0 {
            return .hangup
        }
        return .input
    }

    /// Everything that can be read without blocking. `nil` when input has ended.
    public func readAvailable(expectingInput: Bool) -> [Event]? {
        nodelay(vb_stdscr(), true)
        var events: [Event] = []
        var sawSomething = false
        while true {
            var value: wint_t = 0
            let status = wget_wch(vb_stdscr(), &value)
            if status == ERR { break }
            sawSomething = true
            if status == KEY_CODE_YES {
                if Int32(value) == KEY_RESIZE {
                    invalidate()
                    events.append(.resize)
                    continue
                }
                if Int32(value) == KEY_MOUSE {
                    if let mouse = readMouse() { events.append(.key(.mouse(mouse))) }
                    continue
                }
                if let key = InputDecoder.decode(UInt32(value), isKeyCode: true) { events.append(.key(key)) }
            } else if let key = InputDecoder.decode(UInt32(value), isKeyCode: false) {
                events.append(.key(key))
            }
        }
        // poll() said readable but curses read nothing: the input is at end of file.
        if expectingInput && !sawSomething { return nil }
        return events
    }

    private func readMouse() -> MouseEvent? {
        var y: Int32 = 0, x: Int32 = 0
        var state: mmask_t = 0
        guard vb_get_mouse(&y, &x, &state) == OK else { return nil }
        let kind: MouseEvent.Kind
        if state & vb_button4_pressed() != 0 {
            kind = .wheelUp
        } else if vb_button5_pressed() != 0, state & vb_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & vb_button1_any() != 0 {
            kind = .click
        } else {
            return nil
        }
        return MouseEvent(kind: kind, row: Int(y), column: Int(x))
    }
}

extension CursesTerminal {
    /// What the terminal delivers: a key for the keymap, or a change of size.
    public enum Event: Hashable {
        case key(KeyEvent)
        case resize
    }
}
