import Testing
@testable import ReaderCore

/// Whole-screen text snapshots: any change to layout, wrapping, panels or bars shows up here.
@Suite struct ScreenSnapshotTests {
    @Test func at80x24AfterFirstQuote() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.character("n")], &state)
        let expected = [
            " Leaders discuss Syria                                                          ",
            "Vladimir Putin spoke with Barack Obama on        │  Actors (4)                  ",
            "Monday, according to the Kremlin.                │ Josh Ernest PER 2q 2m White… ",
            "                                                 │ Vladimir Putin PER 1q 2m     ",
            "\"The main tasks have been accomplished,\" said    │ Barack Obama PER 0q 1m       ",
            "Putin about the авиагруппировки in Syria.        │ Kremlin ORG 0q 1m            ",
            "                                                 │                              ",
            "In Washington, Josh Ernest said that the United  │                              ",
            "States had not seen the withdrawal.              │                              ",
            "                                                 │  Statements (3)              ",
            "The talks covered many questions of regional     │▶Vladimir Putin — The main    ",
            "security and trade, and both sides agreed to     │  tasks have been…            ",
            "keep in contact over the coming weeks while      │ Josh Ernest — the United     ",
            "experts work on the details of the plan.         │  States had not seen the…    ",
            "                                                 │ Josh Ernest — We welcome any ",
            "The talks covered many questions of regional     │  reduction of violence in…   ",
            "security and trade, and both sides agreed to     │                              ",
            "keep in contact over the coming weeks while      │                              ",
            "experts work on the details of the plan.         │                              ",
            "                                                 │                              ",
            "The talks covered many questions of regional     │                              ",
            "security and trade, and both sides agreed to     │                              ",
            " Leaders discus…  line 1/51  41%  quote 1/3 — Vladimir Putin  10e 3q 4a ARTICLE ",
            " q quit  h help, legend  n/N quotes  / search  Tab panels  t theme              ",
        ]
        let lines = Reader.render(state).lines
        #expect(lines.count == expected.count)
        for (i, line) in lines.enumerated() where i < expected.count { #expect(line == expected[i], "row \(i)") }
    }

    @Test func at40x12AfterSecondQuote() {
        var state = Fixtures.state(width: 40, height: 12)
        Fixtures.press([.character("n"), .character("n")], &state)
        let expected = [
            " Leaders discuss Syria                  ",
            "Syria.                                  ",
            "                                        ",
            "In Washington, Josh Ernest said that the",
            "United States had not seen the          ",
            "withdrawal.                             ",
            "                                        ",
            "The talks covered many questions of     ",
            "regional security and trade, and both   ",
            "sides agreed to keep in contact over the",
            " line 6/62  22%  quote 2/3 — Josh Erne… ",
            " q quit  h help, legend  n/N quotes  / …",
        ]
        let lines = Reader.render(state).lines
        #expect(lines.count == expected.count)
        for (i, line) in lines.enumerated() where i < expected.count { #expect(line == expected[i], "row \(i)") }
    }
}
