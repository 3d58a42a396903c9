/// A key or mouse event as the terminal reports it, before the keymap gives it a meaning.
public enum KeyEvent: Hashable, Sendable {
    case character(Character)
    /// Ctrl + a letter, given as the lowercase letter ("d" for Ctrl-D).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case mouse(MouseEvent)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}
