import CNcurses
import ReaderCore
@testable import ReaderTerminal
import Testing

struct InputDecoderTests {
    @Test func charactersIncludingNonASCIIAreKeys() {
        #expect(InputDecoder.decode(UInt32(UInt8(ascii: "j")), isKeyCode: false) == .character("j"))
        #expect(InputDecoder.decode(0xE9, isKeyCode: false) == .character("é"))
        #expect(InputDecoder.decode(0x0436, isKeyCode: false) == .character("ж"))
    }

    @Test func controlKeysAreNamedByTheirLetter() {
        #expect(InputDecoder.decode(0x04, isKeyCode: false) == .control("d"))
        #expect(InputDecoder.decode(0x15, isKeyCode: false) == .control("u"))
        #expect(InputDecoder.decode(0x0D, isKeyCode: false) == .enter)
        #expect(InputDecoder.decode(0x0A, isKeyCode: false) == .enter)
        #expect(InputDecoder.decode(0x09, isKeyCode: false) == .tab)
        #expect(InputDecoder.decode(0x1B, isKeyCode: false) == .escape)
        #expect(InputDecoder.decode(0x7F, isKeyCode: false) == .backspace)
    }

    @Test func functionKeysMapToNamedKeys() {
        func code(_ value: Int32) -> UInt32 { UInt32(bitPattern: value) }
        #expect(InputDecoder.decode(code(KEY_NPAGE), isKeyCode: true) == .pageDown)
        #expect(InputDecoder.decode(code(KEY_PPAGE), isKeyCode: true) == .pageUp)
        #expect(InputDecoder.decode(code(KEY_HOME), isKeyCode: true) == .home)
        #expect(InputDecoder.decode(code(KEY_END), isKeyCode: true) == .end)
        #expect(InputDecoder.decode(code(KEY_BTAB), isKeyCode: true) == .backTab)
        #expect(InputDecoder.decode(code(KEY_UP), isKeyCode: true) == .up)
        #expect(InputDecoder.decode(code(vb_key_f(1)), isKeyCode: true) == .function(1))
        #expect(InputDecoder.decode(code(vb_key_f(12)), isKeyCode: true) == .function(12))
    }
}
