import ArticleKit
import Testing
@testable import ReaderCore

/// Roles in the actors panel are cut between words, or left out when their first word does not fit.
@Suite struct ActorsPanelRoleTests {
    @Test func roleIsCutAtAWordOrLeftOut() {
        #expect(RoleLabel.fitting("White House spokesman", 40) == "White House spokesman")
        #expect(RoleLabel.fitting("White House spokesman", 14) == "White House…")
        #expect(RoleLabel.fitting("représentant du Kremlin", 8) == nil)
        #expect(RoleLabel.fitting("représentant du Kremlin", 14) == "représentant…")
        #expect(RoleLabel.fitting("chef\u{1B}[31m du parti", 40)?.unicodeScalars.contains { $0.value == 0x1B } == false)
    }

    @Test func panelRowsNeverEndInAHalfWordOfARole() {
        var rows = 0
        for width in 100...200 {
            let state = Fixtures.state(width: width, height: 30)
            for line in Reader.render(state).lines where line.contains("Ernest PER") || line.contains("Josh Ernest 2q") {
                guard let counts = line.range(of: "2q 2m") else { continue }
                rows += 1
                let cell = line[counts.upperBound...].prefix { $0 != "│" }   // this panel's part of the row
                let words = cell.replacingOccurrences(of: "…", with: "").split(separator: " ").map(String.init)
                #expect(words.allSatisfy { ["White", "House", "spokesman"].contains($0) }, "width \(width): \(line)")
            }
        }
        #expect(rows > 50, "the panel shows Josh Ernest's row")
    }
}
