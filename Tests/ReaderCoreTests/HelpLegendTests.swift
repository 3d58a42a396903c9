@testable import ReaderCore
import Testing

struct HelpLegendTests {
    /// The legend names every highlight a reader meets, each drawn in the role it explains.
    @Test func legendShowsEachHighlightInItsOwnRole() {
        let legend = HelpLegend.lines
        let roles: [StyleRole] = [.entityPerson, .entityOrganisation, .entityLocation, .entityOther, .quoteDirect,
                                  .quoteIndirect, .quoteCurrent, .speaker, .speakerUncertain, .actorMention, .foreign, .searchMatch]
        for role in roles {
            #expect(legend.contains { $0.style.contains(role) && !$0.text.isEmpty }, "\(role.name) is not in the legend")
        }
        #expect(legend.contains { $0.key == "3q 3m" && $0.text.contains("quotes") && $0.text.contains("mentions") })
        #expect(legend.contains { $0.text.contains("according to") })
        #expect(legend.contains { $0.text.contains("untranslated") })
    }

    @Test func helpScreenDrawsTheLegendInTheThemeRoles() throws {
        var state = Fixtures.state(width: 100, height: 40)
        Fixtures.press([.character("h")], &state)
        let screen = Reader.render(state)
        let person = try #require(Fixtures.find("Person", in: screen))
        #expect(screen[person.row, person.column].style.contains(.entityPerson))
        let direct = try #require(Fixtures.find("“direct”", in: screen))
        #expect(screen[direct.row, direct.column].style.contains(.quoteDirect))
        let foreign = try #require(Fixtures.find("inostranny", in: screen))
        #expect(screen[foreign.row, foreign.column].style.contains(.foreign))
        #expect(screen.lines.contains { $0.contains("Legend and keys") })
    }

    @Test func statusHintNamesTheHelpKeyEvenWhenRemapped() throws {
        var state = Fixtures.state(width: 100, height: 30)
        #expect(Reader.render(state).lines.last?.contains("h help, legend") == true)
        state.keymap = try Keymap.standard.remapped([("help", ["?"])])
        #expect(Reader.render(state).lines.last?.contains("? help, legend") == true)
    }
}
