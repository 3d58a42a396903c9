/// The legend at the top of help: each highlight drawn in its own style, with what it means.
public enum HelpLegend {
    public static let lines: [HelpOverlay.Line] = {
        func sample(_ text: String, _ role: StyleRole, _ meaning: String) -> HelpOverlay.Line {
            HelpOverlay.Line(key: text, text: meaning, isHeader: false, style: StyleSet([.text, role]))
        }
        return [
            HelpOverlay.Line(key: "", text: "Legend: what the highlights mean", isHeader: true),
            sample("Person", .entityPerson, "a person (PER in the actors panel)"),
            sample("Organisation", .entityOrganisation, "an organisation (ORG)"),
            sample("Place", .entityLocation, "a place (LOC)"),
            sample("Other", .entityOther, "another name: event, title, nationality (MISC)"),
            sample("“direct”", .quoteDirect, "a direct quote, in quotation marks"),
            sample("reported", .quoteIndirect, "reported speech: “said that …”, “according to …”"),
            sample("current", .quoteCurrent, "the current quote (n/N move it)"),
            sample("Speaker", .speaker, "who said the current quote"),
            sample("Speaker?", .speakerUncertain, "speaker (uncertain): more likely wrong than right, “?” in the statements"),
            sample("mention", .actorMention, "a mention of the actor chosen in the actors panel"),
            sample("inostranny", .foreign, "an untranslated fragment (left in its own language)"),
            sample("match", .searchMatch, "a search match"),
            HelpOverlay.Line(key: "3q 3m", text: "actors panel: 3 quotes attributed to the actor, 3 mentions in the text",
                             isHeader: false, style: StyleSet(.panelText)),
            HelpOverlay.Line(key: "4a", text: "actors panel: 4 other archived articles quote the actor (A: the archive)",
                             isHeader: false, style: StyleSet(.panelText)),
        ]
    }()
}
