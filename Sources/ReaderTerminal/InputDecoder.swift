import CNcurses
import ReaderCore

/// Turns what `wget_wch` returns into `KeyEvent`s.
public enum InputDecoder {
    /// `isKeyCode` is true when wget_wch returned KEY_CODE_YES (a function key), false for a character.
    public static func decode(_ value: UInt32, isKeyCode: Bool) -> KeyEvent? {
        if isKeyCode { return decodeKeyCode(Int32(bitPattern: value)) }
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(0x60 + value)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20 else { return nil }
            return .character(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        default:
            for n in 1...12 where code == vb_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
}
