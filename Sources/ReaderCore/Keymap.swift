/// Gives keys their meaning. One table drives both the handling and the help overlay.
public struct Keymap: Sendable {
    public static let standard = Keymap()

    public func action(for event: KeyEvent, in state: ReaderState) -> Action? {
        switch event {
        case .character("q"): .quit
        case .character("j"), .down: .scrollLines(1)
        case .character("k"), .up: .scrollLines(-1)
        case .character(" "), .pageDown: .scrollPages(1)
        case .character("b"), .pageUp: .scrollPages(-1)
        case .control("d"): .scrollHalfPages(1)
        case .control("u"): .scrollHalfPages(-1)
        case .character("g"), .home: .scrollToTop
        case .character("G"), .end: .scrollToBottom
        default: nil
        }
    }
}
